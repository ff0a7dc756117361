// The whole matrix of issue 4, point 7: every reason alone and combined x every tone x every
// language x each toggle on and off x invitations with and without company, role and contact.
// Each draft is checked from its labelled parts AND from the final text with independent
// per-language markers (compose-markers.ts).
import { describe, expect, it } from 'vitest';
import { composeDecline, composeParts } from '../../src/core/compose';
import { checkTone } from '../../src/core/tone';
import { LANGS, REASON_IDS, TONES, type DeclineAnswers, type InvitationContext, type Lang, type ReasonId, type Tone } from '../../src/core/types';
import { MARKERS, htmlToText, likeliestLang, sentences } from './compose-markers';

const REASON_SETS: ReasonId[][] = [[], ...REASON_IDS.map((r) => [r])];
for (let i = 0; i < REASON_IDS.length; i++)
  for (let j = i + 1; j < REASON_IDS.length; j++) REASON_SETS.push([REASON_IDS[i]!, REASON_IDS[j]!]);
REASON_SETS.push(REASON_IDS.filter((r) => r !== 'other'), [...REASON_IDS]);

// A company with every character HTML cares about, so escaping is checked in every draft.
const COMPANY = 'Nordlicht & "Partner" <Labs>';
const ROLE = 'Senior Data Engineer (m/w/d)';
const FIRST = 'Ines';
const FULL = 'Ines Okafor-Lindqvist';

function invitations(): { label: string; inv: InvitationContext }[] {
  const out: { label: string; inv: InvitationContext }[] = [];
  for (const company of [true, false])
    for (const role of [true, false])
      for (const contact of [true, false])
        out.push({
          label: `company=${company} role=${role} contact=${contact}`,
          inv: {
            company: company ? COMPANY : null,
            role: role ? ROLE : null,
            contactFirstName: contact ? FIRST : null,
            contactName: contact ? FULL : null,
            subject: company && role ? `Interview: ${ROLE}` : null,
          },
        });
  return out;
}

const TOGGLES: Pick<DeclineAnswers, 'mentionReason' | 'keepDoorOpen' | 'offerReferral'>[] = [];
for (const mentionReason of [true, false])
  for (const keepDoorOpen of [true, false])
    for (const offerReferral of [true, false]) TOGGLES.push({ mentionReason, keepDoorOpen, offerReferral });

const SIGNATURE = { fullName: 'Sam Carter', contactInfo: '+49 30 1234 5678\nsam.carter@example.com' };
const ALLOWED_TAGS = /<\/?p>|<br>/g;
const LEFTOVERS = /[[\]{}]|\bundefined\b|\bnull\b|\bNaN\b|\[object/;
const GENDERED_TITLE =
  /(?<!\p{L})(Mr|Mrs|Ms|Miss|Herr|Frau|Madame|Monsieur|Mademoiselle|Señor|Señora|Sr|Sra|Senhor|Senhora|Estimad[oa] (?!equipo)|Prezad[oa] (?!equipe)|Querid[oa]|Lieber?(?! ?s)|Cher|Chère)(?!\p{L})/u;

function wordsBeforeSignature(text: string): number {
  const paragraphs = text.split('\n\n');
  const signoffLine = paragraphs[paragraphs.length - 1]!.split('\n')[0]!;
  return [...paragraphs.slice(0, -1), signoffLine].join(' ').split(/\s+/u).filter(Boolean).length;
}

interface Case {
  lang: Lang;
  tone: Tone;
  reasons: ReasonId[];
  toggles: (typeof TOGGLES)[number];
  area: boolean;
  inv: InvitationContext;
  label: string;
  n: number;
}

/** Returns what is wrong with one draft (empty: all good). */
function problems(c: Case): string[] {
  const m = MARKERS[c.lang];
  const answers: Partial<DeclineAnswers> = {
    reasons: c.reasons,
    customReason: m.custom,
    specificArea: c.area ? m.area : '',
    tone: c.tone,
    lang: c.lang,
    ...c.toggles,
  };
  const invitation = { ...c.inv, messageId: `msg-${c.n}` };
  const input = { invitation, answers, settings: SIGNATURE };
  const draft = composeDecline(input);
  const parts = composeParts(input);
  const out: string[] = [];
  const bad = (what: string) => out.push(what);
  const { text, html } = draft;

  // Structure, from the labelled parts.
  const expected = ['greeting', 'thanks', 'decline'];
  if (c.toggles.mentionReason) expected.push('reason');
  if (c.area) expected.push('compliment');
  if (c.toggles.keepDoorOpen) expected.push('door');
  if (c.toggles.offerReferral) expected.push('referral');
  expected.push('closing', 'signoff', 'name', 'contact', 'contact');
  const got = parts.parts.map((p) => p.slot);
  if (got.join() !== expected.join()) bad(`slots ${got.join()} != ${expected.join()}`);

  // From the final text, with independent markers.
  const thanksAt = text.search(m.thanks);
  const declineAt = text.search(m.decline);
  if (thanksAt < 0) bad('no thanks');
  if (declineAt < 0) bad('no decline');
  if (thanksAt >= 0 && declineAt >= 0 && thanksAt > declineAt) bad('decline comes before thanks');
  const declines = text.split('\n\n').flatMap(sentences).filter((s) => m.decline.test(s)).length;
  if (declines !== 1) bad(`${declines} decline statements`);

  const shownReasons: (ReasonId | 'generic')[] = c.reasons.length ? c.reasons : ['generic'];
  // A brief draft that must shrink may shorten the user's own words, never drop them.
  const shrunk = c.tone === 'brief';
  for (const r of Object.keys(m.reason) as (ReasonId | 'generic')[]) {
    const want = c.toggles.mentionReason && shownReasons.includes(r);
    const marker = r === 'other' && shrunk ? m.customStart : m.reason[r];
    if (marker.test(text) !== want) bad(`reason ${r} ${want ? 'missing' : 'present'}`);
  }
  const reasonSentences = parts.parts.filter((p) => p.slot === 'reason').map((p) => sentences(p.text).length);
  if (c.toggles.mentionReason && reasonSentences.join() !== '1') bad(`reason is ${reasonSentences} sentences`);
  if (m.door.test(text) !== c.toggles.keepDoorOpen) bad(`door-open ${c.toggles.keepDoorOpen ? 'missing' : 'present'}`);
  if (m.referral.test(text) !== c.toggles.offerReferral) bad(`referral ${c.toggles.offerReferral ? 'missing' : 'present'}`);
  const areaWords = m.area.split(' ').slice(1, shrunk ? 3 : undefined).join(' ');
  if (text.includes(areaWords) !== c.area) bad('compliment does not follow specificArea');

  // Greeting: by name (first for warm/brief, full for formal), else the team; never a title.
  const greeting = text.split('\n')[0]!;
  if (c.inv.contactFirstName) {
    const name = c.tone === 'formal' ? FULL : FIRST;
    if (!greeting.includes(name)) bad(`greeting "${greeting}" lacks ${name}`);
    if (c.tone !== 'formal' && greeting.includes(FULL)) bad(`greeting "${greeting}" uses the full name`);
  } else if (greeting.includes(FIRST)) bad('greeting names someone unknown');
  if (GENDERED_TITLE.test(text)) bad(`gendered title in "${text.match(GENDERED_TITLE)?.[0]}"`);
  if (m.informal.test(text)) bad(`informal address "${text.match(m.informal)?.[0]}"`);

  // Placeholders, escaping, length, tone, language, subject.
  if (LEFTOVERS.test(text) || LEFTOVERS.test(html)) bad('placeholder or leftover in output');
  if (/<|>|"/.test(html.replace(ALLOWED_TAGS, ''))) bad('unescaped markup in html');
  if (htmlToText(html) !== text) bad('html does not carry the text');
  if (c.inv.company && !html.includes('Nordlicht &amp; &quot;Partner&quot; &lt;Labs&gt;') && text.includes('Nordlicht'))
    bad('company not escaped in html');
  if (/\(m\/w\/d\)/.test(text)) bad('gender qualifier of the job ad left in the role');
  if (c.tone === 'brief' && wordsBeforeSignature(text) >= 80) bad(`brief has ${wordsBeforeSignature(text)} words`);
  if (draft.findings.length) bad(`findings: ${draft.findings.map((f) => f.rule).join()}`);
  const plain = checkTone(text, c.lang, { allow: c.inv.company ? [COMPANY] : [] });
  if (plain.length) bad(`tone check without allow-list: ${plain.map((f) => `${f.rule}:${text.slice(f.start, f.end)}`).join()}`);
  if (likeliestLang(text) !== c.lang) bad(`reads as ${likeliestLang(text)}`);
  if (draft.lang !== c.lang) bad(`lang ${draft.lang}`);
  const wantSubject = c.inv.subject ? `Re: ${c.inv.subject}` : m.newSubject;
  if (draft.subject !== wantSubject) bad(`subject "${draft.subject}"`);
  if (!text.endsWith('Sam Carter\n+49 30 1234 5678\nsam.carter@example.com')) bad('signature lines');
  return out;
}

describe('composeDecline over the whole matrix', () => {
  let total = 0;
  for (const lang of LANGS)
    for (const tone of TONES)
      it(`${lang} ${tone}: every reason set x toggles x compliment x invitation shape`, () => {
        const failures: string[] = [];
        let n = 0;
        for (const reasons of REASON_SETS)
          for (const toggles of TOGGLES)
            for (const area of [true, false])
              for (const { label, inv } of invitations()) {
                n++;
                const p = problems({ lang, tone, reasons, toggles, area, inv, label, n });
                if (p.length && failures.length < 15)
                  failures.push(`[${reasons.join('+') || 'none'} ${JSON.stringify(toggles)} area=${area} ${label}] ${p.join('; ')}`);
              }
        total += n;
        expect(n).toBe(REASON_SETS.length * TOGGLES.length * 2 * 8);
        expect(failures).toEqual([]);
      });
  it('covered every combination', () => {
    expect(total).toBe(LANGS.length * TONES.length * REASON_SETS.length * TOGGLES.length * 2 * 8);
  });
});
