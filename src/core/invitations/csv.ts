// CSV as RFC 4180 writes it (CRLF rows, quotes around fields with a comma, quote or line break,
// quotes doubled), plus a parser for reading an export back. Never throws.

/** Spreadsheets read a file as UTF-8 (not the local code page) only when it starts with a BOM. */
export const UTF8_BOM = '\uFEFF';

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(quoteField).join(',')).join('\r\n') + '\r\n';
}

export type CsvParse = { ok: true; rows: string[][] } | { ok: false; error: string };

/** Reads RFC 4180 CSV (also LF-only line ends, and a leading BOM). */
export function parseCsv(input: string): CsvParse {
  if (typeof input !== 'string') return { ok: false, error: 'not text' };
  const s = input.startsWith(UTF8_BOM) ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let line = 1;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = s[i];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
          return { ok: false, error: `line ${line}: text after a closing quote` };
        }
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) return { ok: false, error: `line ${line}: a quoted field is never closed` };
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return { ok: true, rows };
}

/**
 * Mail content goes into these cells, and a cell starting with = + - @ is run as a formula by
 * spreadsheets (CSV injection). A leading apostrophe makes it plain text; unguard() removes it.
 */
export function guardFormula(value: string): string {
  // Also a value that already starts with quotes before a formula character ("'=1"), so that
  // unguarding gives back exactly what was written.
  return /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function unguardFormula(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
