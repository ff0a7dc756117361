// Public bodies often mail from their initials: "Department of Regional Services" at dors, "National
// Patient Records Office" at npro, "Communauté de communes du Val d'Aubrac" at cc-valdaubrac. These
// spellings keep the small words and the "Office" that domain-match.ts's plain acronym drops, or spell the
// name's tail in full after the initials of its head.
import { fold } from '../text/fold';

const SMALL = /^(?:of|the|and|for|de|del|la|le|des|du|da|do|y|et|und|d|l)$/;

/**
 * The label is the initials of the phrase (three words or more) with its small words, or with "Office".
 * `words`: the phrase's folded words split at non-alphanumerics, when the caller has them already.
 */
export function initialsSpellDomain(phrase: string, label: string, words?: readonly string[]): boolean {
  if (label.length < 3 || label.length > 14) return false;
  const ws = words ?? fold(phrase).split(/[^a-z0-9]+/).filter(Boolean);
  if (ws.length < 3) return false;
  if (label.length <= 8) {
    const all = ws.map((w) => w.charAt(0)).join('');
    const big = ws.filter((w) => !SMALL.test(w)).map((w) => w.charAt(0)).join('');
    if (all === label || big === label) return true;
  }
  // "cc" + "valdaubrac": the head's initials, then the rest spelled out (small words dropped in the head).
  for (let k = 2; k < ws.length - 1; k++) {
    const head = ws.slice(0, k).filter((w) => !SMALL.test(w)).map((w) => w.charAt(0)).join('');
    const tail = ws.slice(k).filter((w, i) => i > 0 || !SMALL.test(w)).join('');
    if (head.length >= 2 && tail.length >= 4 && `${head}${tail}` === label) return true;
  }
  return false;
}

/**
 * A line of the text that the domain spells by initials: "Department of Northern Community Services" at
 * dncs (the plain domain match reads only lines that contain the label's first letters).
 */
export function initialsLine(text: string, label: string): string | null {
  if (label.length < 3 || label.length > 14) return null;
  // The first 150 lines, walked by index: most fail on their first letter, before any trim or copy.
  const first = label.charCodeAt(0);
  for (let start = 0, n = 0; n < 150; n++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end - start >= 8 && mayStartWith(text.charCodeAt(start), first)) {
      const line = text.slice(start, end).trim();
      if (line.length >= 8 && line.length <= 70 && fold(line.charAt(0)) === label.charAt(0) && !/[@:\d]/.test(line) && initialsSpellDomain(line, label)) return line;
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return null;
}

/** False only when a line opening with `code` surely does not fold to the letter `first`: a plain ASCII letter or digit that differs. */
function mayStartWith(code: number, first: number): boolean {
  if (code > 127 || code <= 32) return true; // a space (trimmed) or an accented letter: decide on the trimmed line
  return (code >= 65 && code <= 90 ? code + 32 : code) === first;
}
