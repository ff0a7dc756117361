// `npm run eval -- [file.jsonl ...] [--half odd|even] [--json]`
// Scores the detector and extractor on labelled JSON Lines (default: dev, extra and every fresh batch).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectInvitation } from '../src/core/detect/index';
import { type CorpusRow, evaluate, type Report, type Scores } from '../src/core/detect/evaluation';
import { extractInvitation } from '../src/core/extract/index';
import type { EmailInput } from '../src/core/types';

type Row = CorpusRow & EmailInput;

const args = process.argv.slice(2);
const json = args.includes('--json');
const halfIdx = args.indexOf('--half');
const half = halfIdx >= 0 ? args[halfIdx + 1] : null;
const files = args.filter((a, i) => !a.startsWith('--') && !(halfIdx >= 0 && i === halfIdx + 1));
const CORPUS = 'test/fixtures/corpus';
// Natural order: dev, extra, then fresh-1, fresh-2, ..., fresh-10 (not fresh-1, fresh-10, fresh-2).
const byBatch = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
const inputs = files.length
  ? files
  : [
      `${CORPUS}/dev.jsonl`,
      `${CORPUS}/extra.jsonl`,
      ...readdirSync(CORPUS)
        .filter((f) => /^fresh-\d+\.jsonl$/.test(f))
        .sort(byBatch)
        .map((f) => `${CORPUS}/${f}`),
    ];

const rows: Row[] = [];
for (const file of inputs) {
  let text: string;
  try {
    text = readFileSync(resolve(file), 'utf8');
  } catch (e) {
    console.error(`cannot read ${file}: ${(e as Error).message}`);
    process.exit(2);
  }
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    try {
      rows.push(JSON.parse(line) as Row);
    } catch {
      console.error(`${file}:${i + 1}: not valid JSON, skipped`);
    }
  }
}
const selected = rows.filter((r) => {
  if (!half) return true;
  const n = Number.parseInt(r.id.replace(/\D/g, ''), 10);
  return half === 'odd' ? n % 2 === 1 : n % 2 === 0;
});

const report: Report = evaluate(selected, (row) => {
  const d = detectInvitation(row);
  const x = extractInvitation(row);
  return { invite: d.invite, company: x.company, role: x.role, contactFirstName: x.contactFirstName };
});

if (json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const line = (label: string, s: Scores) =>
    `${label.padEnd(24)} n=${String(s.n).padStart(3)}  P=${pct(s.precision).padStart(6)}  R=${pct(s.recall).padStart(6)}  F1=${pct(s.f1).padStart(6)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn} tn ${s.tn})`;
  console.log(`${selected.length} emails from ${inputs.join(', ')}${half ? ` (${half} ids)` : ''}\n`);
  console.log(line('overall', report.overall));
  console.log(line('non-English', report.nonEnglish));
  console.log('\nby language');
  for (const [k, s] of Object.entries(report.byLang)) console.log(line(`  ${k}`, s));
  console.log('\nby kind');
  for (const [k, s] of Object.entries(report.byKind)) console.log(line(`  ${k}`, s));
  console.log('\nfields (true invitations; company and role lenient, first name exact)');
  for (const [k, f] of Object.entries(report.fields)) {
    console.log(`  ${k.padEnd(18)} ${pct(f.accuracy).padStart(6)}  (${f.correct}/${f.total})`);
  }
  console.log(`\nfalse positives: ${report.falsePositives.join(' ') || '-'}`);
  console.log(`false negatives: ${report.falseNegatives.join(' ') || '-'}`);
  for (const [k, f] of Object.entries(report.fields)) {
    if (!f.wrong.length) continue;
    console.log(`\nwrong ${k}:`);
    for (const w of f.wrong) console.log(`  ${w.id}  expected ${JSON.stringify(w.expected)}  got ${JSON.stringify(w.got)}`);
  }
}
