// The record of declines as files: CSV for spreadsheets (UTF-8 with BOM, a header row) and JSON,
// and the way back from each file to the same records.
import * as v from 'valibot';
import { REASONS, isReasonId, reasonLabel } from '../reasons';
import { REASON_IDS, type ReasonId, type SiteId } from '../types';
import type { InvitationEntry } from './entry';
import { UTF8_BOM, guardFormula, parseCsv, toCsv, unguardFormula } from './csv';
import { declinedNewestFirst } from './list';

/** One decline as exported. Dates are ISO 8601 (UTC); empty text rather than null. */
export interface DeclineRecord {
  declinedAt: string;
  company: string;
  role: string;
  reasons: ReasonId[];
  otherReason: string;
  contact: string;
  subject: string;
  site: SiteId;
  link: string;
  receivedAt: string;
}

const iso = (t: number | null): string => (t == null || !Number.isFinite(t) ? '' : new Date(t).toISOString());

export function toDeclineRecords(list: readonly InvitationEntry[]): DeclineRecord[] {
  return declinedNewestFirst(list).map((e) => ({
    declinedAt: iso(e.declinedAt ?? e.statusAt),
    company: e.company ?? '',
    role: e.role ?? '',
    reasons: [...e.reasons],
    otherReason: e.customReason,
    contact: e.contactName && e.contactEmail ? `${e.contactName} <${e.contactEmail}>` : (e.contactName ?? e.contactEmail),
    subject: e.subject,
    site: e.site,
    link: e.url,
    receivedAt: iso(e.receivedAt),
  }));
}

/** Column order and header names of the CSV. */
export const CSV_COLUMNS = [
  ['declinedAt', 'Date declined'],
  ['company', 'Company'],
  ['role', 'Role'],
  ['reasons', 'Reasons'],
  ['otherReason', 'Other reason'],
  ['contact', 'Contact'],
  ['subject', 'Subject'],
  ['site', 'Site'],
  ['link', 'Link'],
  ['receivedAt', 'Received'],
] as const satisfies readonly (readonly [keyof DeclineRecord, string])[];

/** Reasons as their readable labels, one cell, "; " between them. */
const REASON_SEPARATOR = '; ';

export function declinesToCsv(records: readonly DeclineRecord[]): string {
  const header = CSV_COLUMNS.map(([, name]) => name);
  const rows = records.map((r) =>
    CSV_COLUMNS.map(([k]) => guardFormula(k === 'reasons' ? r.reasons.map(reasonLabel).join(REASON_SEPARATOR) : String(r[k]))),
  );
  return UTF8_BOM + toCsv([header, ...rows]);
}

export const JSON_FORMAT = 'graceful-decline/declines';

export function declinesToJson(records: readonly DeclineRecord[], now: number): string {
  return `${JSON.stringify({ format: JSON_FORMAT, version: 1, exportedAt: iso(now), declines: records }, null, 2)}\n`;
}

export type ParsedDeclines = { ok: true; records: DeclineRecord[] } | { ok: false; error: string };

const SITE = v.picklist(['gmail', 'outlook', 'generic'] as const);

function reasonFromLabel(label: string): ReasonId | null {
  const t = label.trim();
  if (isReasonId(t)) return t;
  return REASONS.find((r) => r.label === t)?.id ?? null;
}

/** Reads a CSV export back into records; a clear error for a file that is not one. */
export function parseDeclinesCsv(text: string): ParsedDeclines {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, error: `Not a readable CSV file (${parsed.error}).` };
  const [header, ...rows] = parsed.rows.filter((r) => !(r.length === 1 && r[0] === ''));
  const want = CSV_COLUMNS.map(([, name]) => name);
  if (!header || want.some((name, i) => header[i] !== name)) {
    return { ok: false, error: `Not a decline record: the first row should be "${want.join(',')}".` };
  }
  const records: DeclineRecord[] = [];
  for (const [n, row] of rows.entries()) {
    if (row.length !== want.length) return { ok: false, error: `Row ${n + 2} has ${row.length} cells, expected ${want.length}.` };
    const cell = (i: number) => unguardFormula(row[i] ?? '');
    const site = v.safeParse(SITE, cell(7));
    if (!site.success) return { ok: false, error: `Row ${n + 2}: unknown site "${cell(7).slice(0, 40)}".` };
    const reasons = cell(3)
      .split(REASON_SEPARATOR.trim())
      .map((s) => s.trim())
      .filter(Boolean)
      .map(reasonFromLabel);
    if (reasons.includes(null)) return { ok: false, error: `Row ${n + 2}: a reason is not one of the known reasons.` };
    records.push({
      declinedAt: cell(0),
      company: cell(1),
      role: cell(2),
      reasons: reasons as ReasonId[],
      otherReason: cell(4),
      contact: cell(5),
      subject: cell(6),
      site: site.output,
      link: cell(8),
      receivedAt: cell(9),
    });
  }
  return { ok: true, records };
}

const RecordSchema = v.object({
  declinedAt: v.string(),
  company: v.string(),
  role: v.string(),
  reasons: v.array(v.picklist(REASON_IDS)),
  otherReason: v.string(),
  contact: v.string(),
  subject: v.string(),
  site: SITE,
  link: v.string(),
  receivedAt: v.string(),
});
const FileSchema = v.object({ format: v.literal(JSON_FORMAT), version: v.literal(1), declines: v.array(RecordSchema) });

/** Reads a JSON export back into records; a clear error for a file that is not one. */
export function parseDeclinesJson(text: string): ParsedDeclines {
  let raw: unknown;
  try {
    raw = JSON.parse(typeof text === 'string' ? text : '');
  } catch (e) {
    return { ok: false, error: `Not a readable JSON file (${e instanceof Error ? e.message.slice(0, 120) : 'syntax error'}).` };
  }
  const parsed = v.safeParse(FileSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, error: `Not a Graceful Decline record of declines${path ? ` (at ${path})` : ''}: ${issue.message}` };
  }
  return { ok: true, records: parsed.output.declines };
}
