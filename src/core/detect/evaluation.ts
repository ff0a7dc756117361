// Scores detector + extractor output against labelled corpus rows (rules in test/fixtures/corpus/README.md).
// Used by `npm run eval` and by the unit test that guards the corpus scores. Not shipped in bundles.

export interface CorpusRow {
  id: string;
  lang: string;
  kind: string;
  invite: boolean;
  expect: { company: string | null; role: string | null; contact_first_name: string | null };
}

export interface Prediction {
  invite: boolean;
  company: string | null;
  role: string | null;
  contactFirstName: string | null;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Scores extends Counts {
  n: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface FieldScore {
  correct: number;
  total: number;
  accuracy: number;
  wrong: { id: string; expected: string | null; got: string | null }[];
}

export interface Report {
  overall: Scores;
  byLang: Record<string, Scores>;
  byKind: Record<string, Scores>;
  nonEnglish: Scores;
  fields: { company: FieldScore; role: FieldScore; contactFirstName: FieldScore };
  falsePositives: string[];
  falseNegatives: string[];
}

/** The corpus README's normalisation: NFC, casefold, trim, collapse whitespace, dashes to "-". */
export function normalise(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  return s.normalize('NFC').toLowerCase().replace(/[\u2013\u2014]/g, '-').replace(/\s+/g, ' ').trim();
}

/** Null matches null; otherwise equal, or (lenient) one contains the other. */
export function fieldMatches(expected: string | null, got: string | null, lenient: boolean): boolean {
  const e = normalise(expected);
  const g = normalise(got);
  if (e === null || e === '') return g === null || g === '';
  if (g === null || g === '') return false;
  if (e === g) return true;
  return lenient && (e.includes(g) || g.includes(e));
}

function scores(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, n: c.tp + c.fp + c.fn + c.tn, precision, recall, f1 };
}

function add(map: Map<string, Counts>, key: string, row: CorpusRow, pred: Prediction): void {
  let c = map.get(key);
  if (!c) {
    c = { tp: 0, fp: 0, fn: 0, tn: 0 };
    map.set(key, c);
  }
  if (row.invite && pred.invite) c.tp++;
  else if (!row.invite && pred.invite) c.fp++;
  else if (row.invite && !pred.invite) c.fn++;
  else c.tn++;
}

function field(): FieldScore {
  return { correct: 0, total: 0, accuracy: 0, wrong: [] };
}

export function evaluate<R extends CorpusRow>(rows: R[], predict: (row: R) => Prediction): Report {
  const all = new Map<string, Counts>();
  const byLang = new Map<string, Counts>();
  const byKind = new Map<string, Counts>();
  const fields = { company: field(), role: field(), contactFirstName: field() };
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  for (const row of rows) {
    const pred = predict(row);
    add(all, 'all', row, pred);
    add(byLang, row.lang, row, pred);
    add(byKind, row.kind, row, pred);
    if (row.lang !== 'en') add(all, 'non-en', row, pred);
    if (!row.invite && pred.invite) falsePositives.push(row.id);
    if (row.invite && !pred.invite) falseNegatives.push(row.id);
    // Fields are scored on true invitations only, whatever the detector said.
    if (!row.invite) continue;
    const checks: [keyof typeof fields, string | null, string | null, boolean][] = [
      ['company', row.expect.company, pred.company, true],
      ['role', row.expect.role, pred.role, true],
      ['contactFirstName', row.expect.contact_first_name, pred.contactFirstName, false],
    ];
    for (const [name, expected, got, lenient] of checks) {
      const f = fields[name];
      f.total++;
      if (fieldMatches(expected, got, lenient)) f.correct++;
      else f.wrong.push({ id: row.id, expected, got });
    }
  }
  for (const f of Object.values(fields)) f.accuracy = f.total ? f.correct / f.total : 1;
  const toRecord = (m: Map<string, Counts>) =>
    Object.fromEntries([...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, scores(v)]));
  return {
    overall: scores(all.get('all') ?? { tp: 0, fp: 0, fn: 0, tn: 0 }),
    nonEnglish: scores(all.get('non-en') ?? { tp: 0, fp: 0, fn: 0, tn: 0 }),
    byLang: toRecord(byLang),
    byKind: toRecord(byKind),
    fields,
    falsePositives,
    falseNegatives,
  };
}
