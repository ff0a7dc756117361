// Accent- and case-folding so one lexicon entry ("entrevista", "gesprach") matches every spelling.
// The result holds only Latin-1 characters: V8 compiles a regular expression separately for one-byte
// and two-byte strings, so one curly apostrophe in a subject used to make every cue pattern compile
// twice on the first mail. Typographic quotes and dashes become their ASCII forms (the lexicon spells
// "you're" with a plain apostrophe), a few letters NFD cannot split are spelled out, and any other
// character beyond Latin-1 (symbols, emoji, other scripts) becomes a space.
const MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\x00-\x7f]/g;
const BEYOND_LATIN1 = /[^\x00-\xff]/;
const SPELLED: Record<string, string> = {
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2026': '...',
};
const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let f = cache.get(ch);
  if (f === undefined) {
    f = ch === 'ß' ? 'ss' : /[\u2010-\u2015]/.test(ch) ? '-' : ch.normalize('NFD').replace(MARKS, '').toLowerCase();
    if (BEYOND_LATIN1.test(f)) f = SPELLED[f] ?? (f.length === 1 ? ' ' : f.replace(/[^\x00-\xff]/g, ' '));
    if (cache.size < 2000) cache.set(ch, f);
  }
  return f;
}

// The extractor folds the same short pieces (names, signature segments, title candidates) many
// times per mail: remember the short ones.
const recent = new Map<string, string>();

export function fold(s: string): string {
  const short = s.length <= 48;
  if (short) {
    // Plain ASCII (most names, words and title pieces): lower case is the whole fold, and a
    // character loop is cheaper than hashing the string for the cache.
    let ascii = true;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    if (ascii) return s.toLowerCase();
    const hit = recent.get(s);
    if (hit !== undefined) return hit;
  }
  // Mail is mostly ASCII: lower-case it all, then fold only the few other characters, one by one
  // (cached), instead of normalising the whole text.
  // (A replacement that finds nothing gives the text back: no separate test first.)
  const out = s.toLowerCase().replace(NON_ASCII, foldChar);
  if (short) {
    if (recent.size >= 4000) recent.clear();
    recent.set(s, out);
  }
  return out;
}

/** The letters a-z that open folded text `s` ("" when none do): a closing or condition word to look up. */
export function leadingLetters(s: string): string {
  let k = 0;
  while (k < s.length && s.charCodeAt(k) >= 97 && s.charCodeAt(k) <= 122) k++;
  return k === 0 ? '' : s.slice(0, k);
}
