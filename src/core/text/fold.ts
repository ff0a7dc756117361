// Accent- and case-folding so one lexicon entry ("entrevista", "gesprach") matches every spelling.
const MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\x00-\x7f]/g;
const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let f = cache.get(ch);
  if (f === undefined) {
    f = ch === 'ß' ? 'ss' : /[\u2010-\u2015]/.test(ch) ? '-' : ch.normalize('NFD').replace(MARKS, '').toLowerCase();
    if (cache.size < 2000) cache.set(ch, f);
  }
  return f;
}

export function fold(s: string): string {
  // Mail is mostly ASCII: lower-case it all, then fold only the few other characters, one by one
  // (cached), instead of normalising the whole text.
  return s.toLowerCase().replace(NON_ASCII, foldChar);
}
