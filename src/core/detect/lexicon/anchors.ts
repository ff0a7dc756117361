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
    const exact = !QUANTIFIER.test(rest) && (rest === '' || rest.startsWith(' '));
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

export function anchorsOf(fragment: string): Anchor[] | null {
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
