// A test a group of fragments must pass before its pattern runs: how the text at the position opens.
// The scan finds a group by its first word ("the", "we"), and most of its tries failed on the second
// word ("the offer for" tried at every "the"); one character of the second word (the older filter in
// anchors.ts) let two in three through. Each fragment is written out as the list of its possible
// openings, up to three characters past its first space; past that point, or past a part that
// cannot be written out ("\w+", "."), the rest of the fragment is skipped. The list may allow more
// than the pattern (zero-width parts such as "\b" are left out), never less. Every digit is written
// as "0" on both sides, so "\d{1,2}(:\d\d)?" is a few openings, not thousands.
import { PATTERN_SYNTAX, skipQuantifier } from './anchors';

/** The group's openings: the three characters after the first space, packed (packThree), and the
 * openings that end before that (tried with startsWith). */
export interface Openings {
  three: Set<number>;
  short: string[];
}

/** Marks an opening past which the fragment could not be written out: the text need only start with it. */
const OPEN_END = '\u0001';

const isOpenEnded = (s: string): boolean => s.endsWith(OPEN_END);
const textOf = (s: string): string => (isOpenEnded(s) ? s.slice(0, -1) : s);

/** Three characters after a space: nothing more of this opening needs writing out. */
function complete(s: string): boolean {
  const t = textOf(s);
  const sp = t.indexOf(' ');
  return sp >= 0 && t.length >= sp + 4;
}

const finished = (s: string): boolean => isOpenEnded(s) || complete(s);

/** x followed by y, cut three characters past the first space. */
function join(x: string, y: string): string {
  const s = x + y;
  if (!complete(s)) return s;
  const t = textOf(s);
  return t.slice(0, t.indexOf(' ') + 4);
}

/** Index after the class that opens at i. */
function classEnd(src: string, i: number): number {
  let k = i + 1;
  while (k < src.length && src.charAt(k) !== ']') k += src.charAt(k) === '\\' ? 2 : 1;
  return k + 1;
}

/** Index after the group, class, escape or character at i (not its quantifier). */
function atomEnd(src: string, i: number): number {
  const c = src.charAt(i);
  if (c === '\\') return i + 2;
  if (c === '[') return classEnd(src, i);
  if (c !== '(') return i + 1;
  let depth = 0;
  for (let k = i; k < src.length; k++) {
    const d = src.charAt(k);
    if (d === '\\') k++;
    else if (d === '[') k = classEnd(src, k) - 1;
    else if (d === '(') depth++;
    else if (d === ')' && --depth === 0) return k + 1;
  }
  return src.length;
}

/** The character as the openings spell it: any digit is "0". */
const canon = (c: string): string => (c >= '0' && c <= '9' ? '0' : c);

function classChars(body: string): string[] | null {
  if (!body || body.charAt(0) === '^' || body.includes('\\') || body.includes('[')) return null;
  const chars: string[] = [];
  for (let k = 0; k < body.length; k++) {
    if (body.charAt(k + 1) === '-' && k + 2 < body.length) {
      for (let c = body.charCodeAt(k); c <= body.charCodeAt(k + 2); c++) chars.push(String.fromCharCode(c));
      k += 2;
    } else chars.push(body.charAt(k));
  }
  return chars;
}

/** The plain characters from i on, leaving out the last when a quantifier follows it. */
function plainRun(src: string, i: number): string {
  let k = i;
  while (k < src.length && !PATTERN_SYNTAX.includes(src.charAt(k))) k++;
  const q = src.charAt(k);
  if (k > i && (q === '?' || q === '*' || q === '+' || q === '{')) k--;
  return src.slice(i, k);
}

const canonRun = (run: string): string => run.replace(/[0-9]/g, '0');

/** Every opening of a fragment, or null when there are more than `limit` or the pattern is not understood. */
export function openingsOf(src: string, limit = 2048): string[] | null {
  let i = 0;
  let failed = false;
  const fail = (): null => {
    failed = true;
    return null;
  };

  function alternation(): string[] | null {
    const out = new Set<string>();
    for (;;) {
      const seq = sequence();
      if (!seq) return null;
      for (const s of seq) out.add(s);
      if (out.size > limit) return fail();
      if (src.charAt(i) !== '|') return [...out];
      i++;
    }
  }

  /** The strings one atom can match ([''] when zero-width); null when it cannot be written out. */
  function atom(): string[] | null {
    const c = src.charAt(i);
    if (c === '(') {
      if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) {
        i = atomEnd(src, i);
        return [''];
      }
      i += src.startsWith('(?:', i) ? 3 : 1;
      const inner = alternation();
      if (!inner || src.charAt(i) !== ')') return fail();
      i++;
      return inner;
    }
    const end = atomEnd(src, i);
    const text = src.slice(i, end);
    i = end;
    if (c === '[') return classChars(text.slice(1, -1));
    if (c === '\\') {
      const d = text.charAt(1);
      if (d === 'b' || d === 'B') return [''];
      if (d === 'd') return ['0'];
      return /^[^a-zA-Z0-9]$/.test(d) ? [d] : null;
    }
    if (c === '^' || c === '$') return [''];
    if (c === '.') return null;
    return c === '*' || c === '+' || c === '?' || c === '{' || c === ')' ? fail() : [canon(c)];
  }

  /** The atom's strings repeated as its quantifier allows; null when that cannot be written out. */
  function quantified(parts: string[] | null): string[] | null {
    const q = src.charAt(i);
    if (q !== '?' && q !== '*' && q !== '+' && q !== '{') return parts;
    let min = 1;
    let max = 1;
    if (q === '?') [min, max] = [0, 1];
    else if (q === '*' || q === '+') max = 99;
    else if (q === '{') {
      const m = /^\{(\d+)(?:,(\d+))?\}/.exec(src.slice(i));
      min = m ? Number(m[1]) : 0;
      max = m ? Number(m[2] ?? m[1]) : 99;
    }
    i = skipQuantifier(src, i);
    if (!parts) return null;
    if (max > 4) {
      if (min > 4) return null;
      // "\d+" (a digit is one character here): up to four copies exactly, then five and open.
      // A larger atom: one copy for certain, then the opening ends.
      if (parts.length === 1) return repeat(parts, min, 5, true);
      return min >= 1 ? parts.map((p) => (finished(p) ? p : p + OPEN_END)) : null;
    }
    return repeat(parts, min, max, false);
  }

  /** min to max copies of the atom (the last layer open when `openLast`), in one list. */
  function repeat(parts: string[], min: number, max: number, openLast: boolean): string[] | null {
    let out: string[] = min === 0 ? [''] : [];
    let layer = [''];
    for (let n = 1; n <= max; n++) {
      const next = new Set<string>();
      for (const a of layer) {
        if (finished(a)) next.add(a);
        else for (const b of parts) next.add(join(a, b));
      }
      if (next.size > limit) return fail();
      layer = [...next];
      if (openLast && n === max) layer = layer.map((p) => (finished(p) ? p : p + OPEN_END));
      if (n >= min) out = [...new Set([...out, ...layer])];
    }
    return out;
  }

  function sequence(): string[] | null {
    let out = [''];
    while (i < src.length && src.charAt(i) !== '|' && src.charAt(i) !== ')') {
      if (out.every(finished)) {
        i = skipQuantifier(src, atomEnd(src, i));
        continue;
      }
      // A run of plain letters (most of any fragment) is appended in one step.
      const run = plainRun(src, i);
      if (run) {
        i += run.length;
        out = [...new Set(out.map((x) => (finished(x) ? x : join(x, canonRun(run)))))];
        continue;
      }
      const parts = quantified(atom());
      if (failed) return null;
      const next = new Set<string>();
      for (const x of out) {
        if (finished(x)) next.add(x);
        else if (!parts) next.add(x + OPEN_END);
        else for (const y of parts) next.add(join(x, y));
      }
      if (next.size > limit) return fail();
      out = [...next];
    }
    return out;
  }

  const result = alternation();
  return result && !failed && i === src.length ? result : null;
}

/** A character code with any digit read as "0". */
const canonCode = (c: number): number => (c >= 48 && c <= 57 ? 48 : c);

/** Three Latin-1 characters as one number (folded text holds no other characters); -1 past the end. */
export function packThree(text: string, at: number): number {
  if (at + 3 > text.length) return -1;
  return (canonCode(text.charCodeAt(at)) << 16) | (canonCode(text.charCodeAt(at + 1)) << 8) | canonCode(text.charCodeAt(at + 2));
}

/** text.startsWith(opening, at), any digit matching "0". */
function opensWith(text: string, opening: string, at: number): boolean {
  if (at + opening.length > text.length) return false;
  for (let k = 0; k < opening.length; k++) if (canonCode(text.charCodeAt(at + k)) !== opening.charCodeAt(k)) return false;
  return true;
}

/** A group's openings, or null when some fragment's cannot be listed or too many end early. */
export function groupOpenings(sources: string[]): Openings | null {
  const three = new Set<number>();
  const short: string[] = [];
  for (const src of sources) {
    const list = openingsOf(src);
    if (!list) return null;
    for (const s of list) {
      const t = textOf(s);
      if (complete(s)) three.add(packThree(t, t.indexOf(' ') + 1));
      else if (!short.includes(t)) short.push(t);
    }
  }
  // An empty opening ("(\d+|a few) minutes") lets everything through: no use as a filter.
  return short.length > 16 || short.includes('') ? null : { three, short };
}

/** True when the text at `at`, whose first space is followed by `three` (packThree), may open the group. */
export function mayOpen(o: Openings, text: string, at: number, three: number): boolean {
  if (o.three.has(three)) return true;
  for (const s of o.short) if (opensWith(text, s, at)) return true;
  return false;
}
