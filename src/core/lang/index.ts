// Guesses the language of a message from function-word counts: cheap, and good enough for mail.
import { type DetectedLang, LANGS, type Lang } from '../types';
import { STOPWORDS } from './stopwords';

// word -> bit set of the languages that use it (bit i = LANGS[i]).
const WORDS = new Map<string, number>();
LANGS.forEach((l, i) => {
  for (const w of STOPWORDS[l].split(' ')) WORDS.set(w, (WORDS.get(w) ?? 0) | (1 << i));
});

// Function words are short: longer words need no lookup.
const WORD = /\b[a-z]{1,8}\b/g;

/** `folded` is accent-folded lower-case text (see text/fold). Looks at the first 1,500 chars. */
export function guessLang(folded: string): DetectedLang {
  const counts = [0, 0, 0, 0, 0];
  const sample = folded.length > 1500 ? folded.slice(0, 1500) : folded;
  let words = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null = WORD.exec(sample);
  while (m) {
    words++;
    const bits = WORDS.get(m[0]);
    if (bits) for (let i = 0; i < 5; i++) if (bits & (1 << i)) counts[i] = (counts[i] ?? 0) + 1;
    m = WORD.exec(sample);
  }
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
