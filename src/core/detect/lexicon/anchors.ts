// Finds the word a lexicon fragment must start with, so a mail is scanned once word by word and a
// fragment is only tried where its first word occurs (instead of 26 large alternations run over
// every position of every mail). A fragment whose start cannot be pinned down returns null and
// stays in an ordinary scan.

export interface Anchor {
  /** The whole first word ("coffee" in "coffee", "like" in "(like|love) to"). */
  exact: boolean;
  /** The word, or its first one to four letters when only a prefix is certain ("invi" for "invit(e|ation)"). */
  key: string;
}

/** a-z or 0-9 (a character-code test: this runs once per lexicon character on the first mail). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Splits at top-level "|" (outside groups, classes and escapes). */
function topLevelAlternatives(src: string): string[] {
  if (!src.includes('|')) return [src];
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

/** Index of the ")" that closes the group opened at `open`, or -1. */
function closingParen(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

const QUANTIFIER = { test: (s: string): boolean => s.charAt(0) === '?' || s.charAt(0) === '*' || s.charAt(0) === '{' };

/** Anchors of one alternative without top-level "|", or null when any way through it is unpinned. */
function isWord(a: string): boolean {
  if (!a) return false;
  for (let i = 0; i < a.length; i++) if (!isWordChar(a.charCodeAt(i))) return false;
  return true;
}

// "i'd", "m\/w\/d": a character that is not a letter or digit, written literally and not
// optional, ends the scanned word there, so the word is exactly the letters before it. Filing such
// fragments under the whole word (not under every word that starts with "i" or "m") spares most
// of their tests.
const WORD_ENDING_LITERAL = /^(?:[^a-z0-9\\.()[\]|^$?*+{} ]|\\[^a-zA-Z0-9])(?![?*+{])/;
function endsWord(rest: string): boolean {
  return WORD_ENDING_LITERAL.test(rest);
}

// "you('ve| have) been": a group right after the word whose every branch opens with a space or such
// a literal ends the word there too (the group must be there: no quantifier after it).
function groupEndsWord(rest: string): boolean {
  if (rest.charAt(0) !== '(' || rest.startsWith('(?<') || rest.startsWith('(?=') || rest.startsWith('(?!')) return false;
  const close = closingParen(rest, 0);
  if (close < 0 || QUANTIFIER.test(rest.slice(close + 1))) return false;
  const inner = rest.slice(rest.startsWith('(?:') ? 3 : 1, close);
  return topLevelAlternatives(inner).every((a) => a.startsWith(' ') || endsWord(a));
}

const DIGITS: Anchor[] = '0123456789'.split('').map((key) => ({ exact: false, key }));

function anchorsOfSequence(alt: string): Anchor[] | null {
  if (!alt) return null;
  // "^feedback": the sticky test keeps the "^", so the word alone is a safe index.
  if (alt.charAt(0) === '^') return anchorsOfSequence(alt.slice(1));
  if (alt.startsWith('\\d')) return DIGITS;
  if (isWordChar(alt.charCodeAt(0))) {
    let n = 0;
    while (n < alt.length && isWordChar(alt.charCodeAt(n))) n++;
    const rest = alt.slice(n);
    // "colou?r": a quantified last letter is optional, so it is not part of the certain start.
    if (QUANTIFIER.test(rest)) n--;
    if (n <= 0) return null;
    const word = alt.slice(0, n);
    const exact = !QUANTIFIER.test(rest) && (rest === '' || rest.startsWith(' ') || endsWord(rest) || groupEndsWord(rest));
    return [{ exact, key: exact ? word : word.slice(0, 4) }];
  }
  if (alt.charAt(0) === '(' && !alt.startsWith('(?<') && !alt.startsWith('(?=') && !alt.startsWith('(?!')) {
    const close = closingParen(alt, 0);
    if (close < 0) return null;
    const inner = alt.slice(alt.startsWith('(?:') ? 3 : 1, close);
    const after = alt.slice(close + 1);
    const out: Anchor[] = [];
    // "(o )?proximo passo": either the group's words or, when it is skipped, what follows it.
    if (after.charAt(0) === '?') {
      const skipped = anchorsOfSequence(after.slice(1));
      if (!skipped) return null;
      out.push(...skipped);
    } else if (QUANTIFIER.test(after)) return null;
    for (const a of topLevelAlternatives(inner)) {
      // "(like|love) to": a whole word when the group is followed by a space.
      const found = anchorsOfSequence(isWord(a) ? `${a}${after.startsWith(' ') ? ' ' : '('}` : a);
      if (!found) return null;
      out.push(...found);
    }
    return out;
  }
  return null;
}

// Half the fragments are a plain first word, then a space or nothing: one native match gives their
// anchor. This runs for every fragment on the first mail after the worker wakes, before the JIT has
// compiled the character loops below.
const PLAIN_FIRST_WORD = /^[a-z0-9]+(?= |$)/;

/** The fragment without a leading \\b or look-behind group; null when a look-behind does not close. */
function withoutLeadingAssertions(fragment: string): string | null {
  let f = fragment;
  if (f.startsWith('\\b')) f = f.slice(2);
  if (f.startsWith('(?<!') || f.startsWith('(?<=')) {
    const close = closingParen(f, 0);
    if (close < 0) return null;
    f = f.slice(close + 1);
  }
  return f;
}

export function anchorsOf(source: string): Anchor[] | null {
  // A leading "\\b" or look-behind ("(?<!acute )admissions") tests only what stands before the word:
  // the sticky test at the word's start still runs it, so the word after it can file the fragment.
  const fragment = withoutLeadingAssertions(source);
  if (fragment === null) return null;
  if (!fragment.includes('|')) {
    const plain = PLAIN_FIRST_WORD.exec(fragment);
    if (plain) return [{ exact: true, key: plain[0] }];
  }
  const out: Anchor[] = [];
  for (const alt of topLevelAlternatives(fragment)) {
    const a = anchorsOfSequence(alt);
    if (!a) return null;
    out.push(...a);
  }
  return out;
}

// ---- What may follow the first space ----
// Most sticky tests fail on the second word ("the offer for" tried at every "the"). For a fragment
// whose text up to its first literal space is space-free (letters, \d, \w, classes without a space),
// the text's first space after the start must be that space, so the character after it must be one
// the fragment allows there. null: no such guarantee; the fragment is always tried.

/** The characters with a meaning in a fragment's pattern; a fragment without any is plain text. */
export const PATTERN_SYNTAX = '\\.()[]?*+{}|^$';

/** Index after the quantifier (if any, lazy or not) that starts at i. */
export function skipQuantifier(s: string, i: number): number {
  const c = s.charAt(i);
  let k = i;
  if (c === '?' || c === '*' || c === '+') k = i + 1;
  else if (c === '{') {
    const close = s.indexOf('}', i);
    k = close < 0 ? s.length : close + 1;
  } else return i;
  return s.charAt(k) === '?' ? k + 1 : k;
}

/** True when the quantifier at i may repeat zero times. */
function optionalAt(s: string, i: number): boolean {
  const c = s.charAt(i);
  return c === '?' || c === '*' || s.startsWith('{0', i) || s.startsWith('{,', i);
}

function unionOf(parts: (string | null)[]): string | null {
  let out = '';
  for (const p of parts) {
    if (p === null) return null;
    for (const ch of p) if (!out.includes(ch)) out += ch;
  }
  return out;
}

/** The characters a sequence may start with, or null when unknown or possibly empty. */
function firstChars(s: string): string | null {
  if (!s) return null;
  const c = s.charAt(0);
  let chars: string | null = null;
  let end = 1;
  if (isWordChar(s.charCodeAt(0)) || c === "'" || c === '-' || c === ',' || c === ' ') chars = c;
  else if (c === '\\') {
    const d = s.charAt(1);
    chars = d === 'd' ? '0123456789' : /[^a-zA-Z0-9]/.test(d) ? d : null;
    end = 2;
  } else if (c === '(') {
    if (s.startsWith('(?<') || s.startsWith('(?=') || s.startsWith('(?!')) return null;
    const close = closingParen(s, 0);
    if (close < 0) return null;
    const inner = s.slice(s.startsWith('(?:') ? 3 : 1, close);
    const rest = s.slice(skipQuantifier(s, close + 1));
    const alternatives = topLevelAlternatives(inner).map((a) => firstChars(a + rest));
    // Skipped when the quantifier allows none: then what follows may come first.
    if (optionalAt(s, close + 1)) alternatives.push(firstChars(rest));
    return unionOf(alternatives);
  }
  if (chars === null) return null;
  return optionalAt(s, end) ? unionOf([chars, firstChars(s.slice(skipQuantifier(s, end)))]) : chars;
}

/**
 * One character that may be the first space or not ("c.est", "[- ]min"), ending at `end`: either
 * it is the space and the next character follows it, or the first space comes later.
 */
function maybeSpace(s: string, end: number): string | null {
  const q = s.charAt(end);
  if (q === '?' || q === '*' || q === '+' || q === '{') return null;
  const rest = s.slice(end);
  return unionOf([firstChars(rest), afterFirstSpace(rest)]);
}

/** Characters allowed right after the sequence's first space, when everything before it is space-free. */
function afterFirstSpace(s: string): string | null {
  let i = 0;
  if (s.charAt(0) === '^') i = 1;
  while (i < s.length) {
    const c = s.charAt(i);
    if (c === ' ') {
      const q = s.charAt(i + 1);
      if (q === '?' || q === '*' || q === '+' || q === '{') return null;
      return firstChars(s.slice(i + 1));
    }
    if (c === '(') {
      if (s.startsWith('(?<', i) || s.startsWith('(?=', i) || s.startsWith('(?!', i)) return null;
      const close = closingParen(s, i);
      if (close < 0) return null;
      const inner = s.slice(s.startsWith('(?:', i) ? i + 3 : i + 1, close);
      const q = s.charAt(close + 1);
      if (q === '*' || q === '+' || q === '{') return null;
      const after = s.slice(q === '?' ? close + 2 : close + 1);
      const branches = topLevelAlternatives(inner).map((a) => afterFirstSpace(a + after));
      if (q === '?') branches.push(afterFirstSpace(after));
      return unionOf(branches);
    }
    if (c === '[') {
      if (s.charAt(i + 1) === '^') return null;
      let end = i + 1;
      while (end < s.length && s.charAt(end) !== ']') end += s.charAt(end) === '\\' ? 2 : 1;
      const body = s.slice(i + 1, end);
      if (end >= s.length || body.includes('\\s') || body.includes('\\W') || body.includes('\\D')) return null;
      if (body.includes(' ')) return maybeSpace(s, end + 1);
      i = skipQuantifier(s, end + 1);
      continue;
    }
    if (c === '\\') {
      const d = s.charAt(i + 1);
      if (!(d === 'd' || d === 'w' || d === 'b' || d === 'S' || /[^a-zA-Z0-9 ]/.test(d))) return null;
      i = skipQuantifier(s, i + 2);
      continue;
    }
    if (c === '.') return maybeSpace(s, i + 1);
    if (c === '|' || c === ')' || c === '$' || c === '^') return null;
    // A space-free literal (a quantifier after it keeps it space-free).
    i = skipQuantifier(s, i + 1);
  }
  return null;
}

/** The characters that may follow a fragment's first space, or null when that is not certain. */
export function secondWordStarts(fragment: string): string | null {
  return unionOf(topLevelAlternatives(fragment).map(afterFirstSpace));
}
