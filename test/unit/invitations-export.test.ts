import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  type InvitationEntry,
  declinesToCsv,
  declinesToJson,
  parseCsv,
  parseDeclinesCsv,
  parseDeclinesJson,
  recordSeen,
  setStatus,
  toCsv,
  toDeclineRecords,
} from '../../src/core/invitations';
import { DAY, seen } from './helpers/invitations';

const T0 = Date.parse('2026-11-20T09:30:00Z');

/** A list with awkward content: commas, quotes, line breaks, non-Latin text, a formula-looking company. */
function sampleList(): InvitationEntry[] {
  let list: InvitationEntry[] = [];
  const add = (id: string, company: string | null, role: string | null, subject = 'Interview') => {
    list = recordSeen(list, seen({ messageId: id, company, role, subject, receivedAt: new Date(T0 - DAY).toISOString() }), T0).list;
  };
  add('a', 'Northwind Labs', 'Data Engineer');
  add('b', 'Müller & Söhne, GmbH', 'Ingeniero "Senior" de datos', 'Einladung zum Gespräch\nnächste Woche');
  add('c', '=HYPERLINK("http://evil.example","click")', null);
  add('d', '株式会社テスト', 'エンジニア');
  add('p', 'Still Pending Inc', 'Analyst');
  list = setStatus(list, 'gmail:m:a', 'declined', T0 + 1000, { reasons: ['relocation', 'career-goals'] }).list;
  list = setStatus(list, 'gmail:m:b', 'declined', T0 + 2000, { reasons: ['other'], customReason: 'Bad timing, sorry; "really"' }).list;
  list = setStatus(list, 'gmail:m:c', 'declined', T0 + 3000, { reasons: [] }).list;
  list = setStatus(list, 'gmail:m:d', 'declined', T0 + 4000, { reasons: ['compensation'] }).list;
  return list;
}

describe('record of declines', () => {
  it('lists only declined invitations, newest decline first, with date, company, role and reasons', () => {
    const records = toDeclineRecords(sampleList());
    expect(records.map((r) => r.company)).toEqual(['株式会社テスト', '=HYPERLINK("http://evil.example","click")', 'Müller & Söhne, GmbH', 'Northwind Labs']);
    expect(records[3]).toMatchObject({
      declinedAt: new Date(T0 + 1000).toISOString(),
      role: 'Data Engineer',
      reasons: ['relocation', 'career-goals'],
      contact: 'Dana Reyes <dana@northwind.example>',
      site: 'gmail',
      link: 'https://mail.google.com/mail/u/0/#inbox/a',
    });
  });
});

describe('CSV export', () => {
  it('is UTF-8 with a BOM and a header row, and a standard parser reads back the same records', () => {
    const records = toDeclineRecords(sampleList());
    const csv = declinesToCsv(records);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFDate declined,Company,Role,Reasons,Other reason,Contact,Subject,Site,Link,Received');
    // An independent parser (papaparse) sees one header row and one row per decline.
    const papa = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(papa.errors).toEqual([]);
    expect(papa.data).toHaveLength(records.length);
    expect(papa.data[2]).toMatchObject({ Company: 'Müller & Söhne, GmbH', Role: 'Ingeniero "Senior" de datos', Subject: 'Einladung zum Gespräch\nnächste Woche' });
    expect(papa.data[3]?.Reasons).toBe("It would need a relocation I'm not ready for; The role doesn't fit my career goals");
    // and ours reads the file back into exactly the exported records
    expect(parseDeclinesCsv(csv)).toEqual({ ok: true, records });
  });

  it('keeps a formula-looking cell as text in spreadsheets, and restores it when read back', () => {
    const csv = declinesToCsv(toDeclineRecords(sampleList()));
    const papa = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(papa.data[2]?.[1]).toBe(`'=HYPERLINK("http://evil.example","click")`);
  });

  it('writes an empty record as just the header', () => {
    const csv = declinesToCsv([]);
    expect(csv).toBe(`\uFEFF${CSV_COLUMNS.map(([, n]) => n).join(',')}\r\n`);
    expect(parseDeclinesCsv(csv)).toEqual({ ok: true, records: [] });
  });

  it('refuses a file that is not a decline record, with a reason', () => {
    expect(parseDeclinesCsv('a,b\r\n1,2\r\n')).toMatchObject({ ok: false, error: expect.stringMatching(/first row should be/) });
    expect(parseDeclinesCsv('"unterminated')).toMatchObject({ ok: false, error: expect.stringMatching(/never closed/) });
    const header = CSV_COLUMNS.map(([, n]) => n).join(',');
    expect(parseDeclinesCsv(`${header}\r\n1,2\r\n`)).toMatchObject({ ok: false, error: 'Row 2 has 2 cells, expected 10.' });
    expect(parseDeclinesCsv(`${header}\r\nd,c,r,Feeling lucky,,,,gmail,,\r\n`)).toMatchObject({ ok: false, error: expect.stringMatching(/not one of the known reasons/) });
  });
});

describe('CSV primitives (RFC 4180)', () => {
  it('quotes only what needs it and round-trips any cell', () => {
    const rows = [['plain', 'a,b', 'say "hi"', 'two\r\nlines', 'lf\nonly', '', ' spaced ']];
    const csv = toCsv(rows);
    expect(csv).toBe('plain,"a,b","say ""hi""","two\r\nlines","lf\nonly",, spaced \r\n');
    expect(parseCsv(csv)).toEqual({ ok: true, rows });
    expect(Papa.parse(csv, { skipEmptyLines: true }).data).toEqual(rows);
  });

  it('reads LF-only files and a final row without a line break', () => {
    expect(parseCsv('a,b\nc,"d"')).toEqual({ ok: true, rows: [['a', 'b'], ['c', 'd']] });
    expect(parseCsv('"a"x,b')).toMatchObject({ ok: false });
  });
});

describe('JSON export', () => {
  it('reads back to the same records and says what it is', () => {
    const records = toDeclineRecords(sampleList());
    const json = declinesToJson(records, T0 + 5 * DAY);
    const raw = JSON.parse(json);
    expect(raw).toMatchObject({ format: 'graceful-decline/declines', version: 1, exportedAt: new Date(T0 + 5 * DAY).toISOString() });
    expect(parseDeclinesJson(json)).toEqual({ ok: true, records });
  });

  it('refuses broken or foreign JSON with a reason', () => {
    expect(parseDeclinesJson('{oops')).toMatchObject({ ok: false, error: expect.stringMatching(/Not a readable JSON file/) });
    expect(parseDeclinesJson('{"format":"something-else","version":1,"declines":[]}')).toMatchObject({ ok: false, error: expect.stringMatching(/at format/) });
    const bad = JSON.stringify({ format: 'graceful-decline/declines', version: 1, declines: [{ company: 1 }] });
    expect(parseDeclinesJson(bad)).toMatchObject({ ok: false, error: expect.stringMatching(/declines/) });
  });
});
