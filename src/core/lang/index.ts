// Guesses the language of a message from function-word counts: cheap, and good enough for mail.
import { type DetectedLang, LANGS, type Lang } from '../types';
import { STOPWORDS } from './stopwords';

const SETS: Record<Lang, Set<string>> = {} as Record<Lang, Set<string>>;
for (const l of LANGS) SETS[l] = new Set(STOPWORDS[l].split(' '));

const WORD = /[a-z]+/g;

/** `folded` is accent-folded lower-case text (see text/fold). Looks at the first 4,000 chars. */
export function guessLang(folded: string): DetectedLang {
  const counts: Record<Lang, number> = { en: 0, es: 0, fr: 0, de: 0, pt: 0 };
  const sample = folded.length > 4000 ? folded.slice(0, 4000) : folded;
  let words = 0;
  for (const m of sample.matchAll(WORD)) {
    const w = m[0];
    words++;
    for (const l of LANGS) if (SETS[l].has(w)) counts[l]++;
  }
  let best: Lang = 'en';
  let bestN = -1;
  let second = 0;
  for (const l of LANGS) {
    if (counts[l] > bestN) {
      second = bestN;
      bestN = counts[l];
      best = l;
    } else if (counts[l] > second) second = counts[l];
  }
  // Too few function words for any of the five: another language (or no text at all).
  if (bestN < 3 || bestN < words * 0.08) return 'other';
  if (bestN === second && best !== 'en') return best;
  return best;
}
