// Composer speed: median and p95 per decline over a spread of languages, tones, reasons and
// invitation shapes, against a plain string concatenation of the same paragraphs in the same
// process. Also: the first (cold) compose, the tone check alone, and composeParts alone.
import { composeDecline, composeParts } from '../../src/core/compose';
import { checkTone } from '../../src/core/tone';
import { LANGS, REASON_IDS, TONES, type DeclineAnswers, type InvitationContext } from '../../src/core/types';

const t0 = performance.now();
composeDecline({ invitation: { company: 'Acme', role: 'Analyst', contactFirstName: 'Ana', messageId: 'cold' } });
const coldMs = performance.now() - t0;

interface Input {
  invitation: InvitationContext;
  answers: Partial<DeclineAnswers>;
  settings: { fullName: string; contactInfo: string };
}
const inputs: Input[] = [];
let n = 0;
for (const lang of LANGS)
  for (const tone of TONES)
    for (let r = 0; r < REASON_IDS.length; r++)
      for (const named of [true, false]) {
        n++;
        inputs.push({
          invitation: {
            company: named ? 'Nordwind Logistik GmbH' : null,
            role: n % 3 ? 'Senior Data Engineer (m/w/d)' : null,
            contactFirstName: named ? 'Julia' : null,
            contactName: named ? 'Julia Becker' : null,
            subject: n % 2 ? 'Interview invitation' : null,
            messageId: `<bench-${n}@mail>`,
          },
          answers: {
            lang,
            tone,
            reasons: REASON_IDS.slice(0, r + 1),
            customReason: 'I have just accepted another offer',
            mentionReason: n % 4 !== 0,
            keepDoorOpen: true,
            offerReferral: n % 2 === 0,
            specificArea: n % 3 === 0 ? 'your work on open data tools' : '',
          },
          settings: { fullName: 'Sam Carter', contactInfo: 'sam@example.com\n+49 30 1234 5678' },
        });
      }

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}
function timeEach<T>(items: T[], fn: (x: T) => unknown, rounds: number): number[] {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const x of items) {
      const s = performance.now();
      fn(x);
      times.push(performance.now() - s);
    }
  return times.sort((a, b) => a - b);
}

// Baseline: the same paragraphs, already written, joined into text and naive HTML.
const paragraphs = inputs.map((i) => composeDecline(i).text.split('\n\n'));
const concat = (ps: string[]) => {
  const text = ps.join('\n\n');
  return { text, html: `<p>${ps.join('</p><p>')}</p>` };
};
const texts = inputs.map((i) => ({ text: composeDecline(i).text, lang: i.answers.lang ?? 'en' }));

timeEach(inputs, composeDecline, 5); // warm up the JIT
timeEach(paragraphs, concat, 5);
const ours = timeEach(inputs, composeDecline, 30);
const parts = timeEach(inputs, composeParts, 30);
const tone = timeEach(texts, (t) => checkTone(t.text, t.lang), 30);
const base = timeEach(paragraphs, concat, 30);

const fmt = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
const med = percentile(ours, 0.5);
console.log(`composeDecline: ${inputs.length} inputs x 30 rounds (${LANGS.length} languages, ${TONES.length} tones)`);
console.log(`  median ${fmt(med)}   p95 ${fmt(percentile(ours, 0.95))}   (target: median < 1 ms)`);
console.log(`  first compose (cold, templates not yet rendered): ${coldMs.toFixed(2)} ms`);
console.log(`  of which composeParts median ${fmt(percentile(parts, 0.5))}, checkTone median ${fmt(percentile(tone, 0.5))}`);
console.log(`baseline (join the same paragraphs): median ${fmt(percentile(base, 0.5))}`);
console.log(`ratio composeDecline / baseline: ${(med / Math.max(percentile(base, 0.5), 1e-6)).toFixed(0)}x`);
if (med >= 1) {
  console.error('composeDecline median is over 1 ms');
  process.exit(1);
}
