// Two forms of one title: a fuller spelling ("VP" and "Vice President", "I&E" spelled out), the
// same words in another order, the same letters with other punctuation.
import { fold } from '../text/fold';
import { cleanTitle } from './role-clean';
import { plausible } from './role-plausible';

const WORD = /[a-z0-9]+/g;

/** The runs of a-z and 0-9 in s (the words the title comparisons below read). */
function wordsOf(s: string): string[] {
  return s.match(WORD) ?? [];
}

/** An acronym ("sre") written out as consecutive words anywhere in the title ("senior site reliability engineer"). */
export function spellsOut(acronym: string, long: string): boolean {
  const b = wordsOf(fold(long));
  const n = acronym.length;
  if (n < 2) return false;
  for (let j = 0; j + n <= b.length; j++) if (b.slice(j, j + n).every((x, k) => x.charAt(0) === acronym.charAt(k))) return true;
  return false;
}

/** Every word of `short` appears somewhere in `long`. */
export function sameWordsIn(short: string, long: string): boolean {
  const words = wordsOf(long);
  return wordsOf(short).every((w) => words.includes(w));
}

/** The words refinement compares of the shorter form (read once for all the candidates it is compared with). */
export function shortWords(short: string): string[] {
  const f = fold(short);
  // "I&E", "L&D": an ampersand acronym is one abbreviation.
  return wordsOf(f.includes('&') ? f.replace(/\b([a-z])&([a-z])\b/g, '$1$2') : f);
}

/**
 * Is `long` a fuller spelling of `short`? Its words in order, with extra words allowed and an
 * abbreviation standing for the words it abbreviates: "tow driver" < "tow truck driver (nights)",
 * "vp, treasury operations" < "vice president, treasury operations",
 * "assistant professor, chemical engineering" < "assistant professor in chemical engineering".
 * 0: no; 1: a fuller spelling; 2: one whose abbreviation ("I&E", "L&D", "RN") is spelled out in full.
 */
export function refinement(a: string[], long: string): number {
  const b = wordsOf(fold(long));
  if (a.length < 2 || b.length <= a.length - 1) return 0;
  let j = 0;
  let spelled = 1;
  for (let i = 0; i < a.length; i++) {
    const w = a[i] as string;
    let found = false;
    while (j < b.length && !found) {
      if (b[j] === w) {
        j++;
        found = true;
      } else if (w.length >= 2 && w.length <= 4 && j + w.length <= b.length && b.slice(j, j + w.length).every((x, k) => x.charAt(0) === w.charAt(k))) {
        j += w.length;
        found = true;
        spelled = 2;
      } else if (w.length >= 3 && (b[j] as string).length > w.length + 2 && (b[j] as string).startsWith(w)) {
        // "Dev" for "Développeur·se", "Eng" for "Engineer": a clipped word spelled out.
        j++;
        found = true;
        spelled = 2;
      } else if (i === 0) return 0; // the first word (or its initials) starts both
      else j++;
    }
    if (!found) return 0;
  }
  return spelled;
}

/** A line of the text that starts like `short` and spells out its ampersand abbreviation. */
export function spelledLine(text: string, short: string): string | null {
  const head = short.slice(0, short.indexOf(' ') + 1 || short.length);
  const words = shortWords(short);
  for (let i = text.indexOf(head), n = 0; i >= 0 && n < 4; i = text.indexOf(head, i + 1), n++) {
    if (i > 0 && text.charAt(i - 1) !== '\n') continue;
    const end = text.indexOf('\n', i);
    const line = cleanTitle(text.slice(i, end < 0 ? i + 90 : Math.min(end, i + 90)));
    if (refinement(words, line) === 2 && plausible(line)) return line;
  }
  return null;
}

/** The length of t without its bracketed qualifiers: t.replace(/\s*\([^()]*\)/g, '').length. */
export function bareLength(t: string): number {
  return t.includes('(') ? t.replace(/\s*\([^()]*\)/g, '').length : t.length;
}

/** Letters and digits of the lower-cased text: the same title written two ways compares equal. */
export function letterKey(t: string): string {
  return t.toLowerCase().replace(/[^A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d]/g, '');
}
