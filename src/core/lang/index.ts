// Guesses the language of a message from function-word counts: cheap, and good enough for mail.
import { type DetectedLang, LANGS, type Lang } from '../types';
import { STOPWORDS } from './stopwords';

const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

// The function words as a letter trie: node n's child for letter k is NEXT[n * 26 + k] (0: none),
// BITS[n] the languages whose word ends there (bit i = LANGS[i]). Walking it while reading a word
// spares a substring and a hash lookup per word of the mail.
const NEXT: number[] = new Array<number>(26).fill(0);
const BITS: number[] = [0];
LANGS.forEach((l, li) => {
  for (const w of STOPWORDS[l].split(' ')) {
    let node = 0;
    for (let k = 0; k < w.length; k++) {
      const at = node * 26 + w.charCodeAt(k) - 97;
      if (!NEXT[at]) {
        NEXT[at] = BITS.length;
        BITS.push(0);
        for (let j = 0; j < 26; j++) NEXT.push(0);
      }
      node = NEXT[at] as number;
    }
    BITS[node] = (BITS[node] ?? 0) | (1 << li);
  }
});
const next = Int32Array.from(NEXT);
const bitsOf = Int32Array.from(BITS);

/**
 * Counts the function words of `folded[0, end)` into `counts`; returns how many words of one to
 * eight letters a-z it holds (with no letter, digit or "_" either side: "\\b[a-z]{1,8}\\b").
 * A character loop instead of a regular expression: no match objects for the ~100 words of a mail.
 */
function countWords(folded: string, end: number, counts: number[]): number {
  let words = 0;
  let i = 0;
  while (i < end) {
    const c = folded.charCodeAt(i);
    if (!isAlnum(c)) {
      i++;
      continue;
    }
    const start = i;
    let letters = true;
    // -1: the word is not a function word (left the trie or has a non-letter).
    let node = 0;
    while (i < end && isAlnum(folded.charCodeAt(i))) {
      const d = folded.charCodeAt(i);
      if (d < 97 || d > 122) {
        letters = false;
        node = -1;
      } else if (node >= 0) node = next[node * 26 + d - 97] || -1;
      i++;
    }
    // "_" joins words as a letter does; a word cut by the length limit still counts.
    const len = i - start;
    if (!letters || len > 8 || (start > 0 && folded.charCodeAt(start - 1) === 95) || (i < end && folded.charCodeAt(i) === 95)) continue;
    words++;
    const bits = node > 0 ? (bitsOf[node] as number) : 0;
    if (bits) for (let k = 0; k < 5; k++) if (bits & (1 << k)) counts[k] = (counts[k] ?? 0) + 1;
  }
  return words;
}

/** Only the start of a mail is looked at: the function words show in its first lines. */
const LOOK_CHARS = 1500;

/**
 * `folded` is accent-folded lower-case text (see text/fold). Looks at the first 1,500 chars of
 * `folded`, or of `${folded}\n${body}` when a body is given: passing the two parts spares copying
 * the whole body into one string.
 */
export function guessLang(folded: string, body?: string): DetectedLang {
  const counts = [0, 0, 0, 0, 0];
  let words = countWords(folded, Math.min(folded.length, LOOK_CHARS), counts);
  // The "\n" between the parts ends a word and is not "_": the parts count independently.
  if (body !== undefined) words += countWords(body, Math.max(0, Math.min(body.length, LOOK_CHARS - folded.length - 1)), counts);
  let best = 0;
  for (let i = 1; i < 5; i++) if ((counts[i] ?? 0) > (counts[best] ?? 0)) best = i;
  const n = counts[best] ?? 0;
  let second = 0;
  for (let i = 0; i < 5; i++) if (i !== best) second = Math.max(second, counts[i] ?? 0);
  // Too few function words for any of the five: another language (or no text at all). Lists and
  // digests have few function words, so a clear lead is enough.
  if (n < 2 || (n < words * 0.08 && n < second * 3 + 3)) return 'other';
  return LANGS[best] as Lang;
}
