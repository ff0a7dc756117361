// Cheap tests on the first or last character, each a necessary condition of the pattern it guards:
// the title rules run a dozen patterns on every piece, and most cannot match at all.
// (The patterns are in role-clean.ts and role-subject.ts.)
import { isSpace, lowerCode } from './names';

/** /^\s+[–—-]\s+$/.test(sep): a dash with white space on both sides. */
export function isDashSeparator(sep: string): boolean {
  let i = 0;
  while (i < sep.length && isSpace(sep.charCodeAt(i))) i++;
  const c = sep.charCodeAt(i);
  if (i === 0 || !(c === 45 || c === 0x2013 || c === 0x2014)) return false;
  let j = ++i;
  while (j < sep.length && isSpace(sep.charCodeAt(j))) j++;
  return j > i && j === sep.length;
}

/** /^[A-ZÀ-ÖØ-ÞĀ-ž\d]/.test(t) */
export function startsCapitalised(t: string): boolean {
  const c = t.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xde) || (c >= 0x100 && c <= 0x17e);
}

// The first two letters of TITLE_LEAD's words ("your", "ihre", "deine", "votre", "vaga", "ta", "tu",
// "su", "seu", "stelle", "candidature", "bewerbung", "búsqueda", "application", "poste", "oferta",
// "opportunity", "échange").
// (As numbers, first code * 65536 + second: the test slices no string.)
const LABEL_STARTS = new Set(['yo', 'ih', 'de', 'vo', 'va', 'ta', 'tu', 'su', 'se', 'st', 'ca', 'be', 'bú', 'bu', 'ap', 'po', 'of', 'op', 'éc'].map((w) => w.charCodeAt(0) * 65536 + w.charCodeAt(1)));

/** Can TITLE_LEAD match the lower-cased title? Only if it starts like one of its words. */
export function leadsLikeLabel(lower: string): boolean {
  return lower.length >= 2 && LABEL_STARTS.has(lower.charCodeAt(0) * 65536 + lower.charCodeAt(1));
}

// The last (or first) two characters of the words cleanTitle's end- and start-anchored rewrites
// remove, as numbers (first code * 65536 + second): two character tests, no string made, before
// a pattern that is tried at every run of spaces. (/i: ASCII letters match only ASCII letters.)
const pairOf = (a: string, b: string) => a.charCodeAt(0) * 65536 + b.charCodeAt(0);
const endPairs = (words: string[]) => new Set(words.map((w) => pairOf(w.charAt(w.length - 2), w.charAt(w.length - 1))));
const INTERVIEW_ENDS = endPairs(['interview', 'interviews', 'screen', 'screening', 'call', 'chat', 'round', 'entrevista', 'entretien', 'gespräch']);
const JOB_NOUN_ENDS = endPairs(
  'role|roles|position|positions|job|opening|openings|vacancy|post|spot|gig|interview|interviews|application|candidacy|candidature|candidatura|bewerbung|postulacion|postulación'.split('|'),
);
// "a" and "o" stand alone, so white space follows them (written as a space).
const ARTICLE_STARTS = new Set('th|ou|a |an|el|la|le|un|o |di|de|da'.split('|').map((w) => pairOf(w.charAt(0), w.charAt(1))));

/** The last two characters of t, lower-cased, as one number. */
function endPair(t: string): number {
  return lowerCode(t.charCodeAt(t.length - 2)) * 65536 + lowerCode(t.charCodeAt(t.length - 1));
}

/** Can INTERVIEW_TAIL match the lower-cased title? Only if its last two letters end one of its words. */
export function endsLikeInterview(t: string): boolean {
  return t.length >= 2 && INTERVIEW_ENDS.has(endPair(t));
}

/** Can the leading-article pattern match? Only if t starts like an article (and "a", "o" before white space). */
export function startsLikeArticle(t: string): boolean {
  if (t.length < 2) return false;
  const second = t.charCodeAt(1);
  return ARTICLE_STARTS.has(lowerCode(t.charCodeAt(0)) * 65536 + (isSpace(second) ? 32 : lowerCode(second)));
}

/** Can t end in one of the job nouns cleanTitle drops? Only if its last two letters end one of them. */
export function endsLikeJobNoun(t: string): boolean {
  return t.length >= 2 && JOB_NOUN_ENDS.has(endPair(t));
}

// The last words ONLY_INTERVIEW may end with.
const ONLY_INTERVIEW_ENDS = endPairs(
  'interview|interviews|screen|screening|entrevista|entrevistas|entretien|entretiens|gespräch|técnica|técnico|final|technique|telefónica|telefônica|vídeo|visio|individual'.split('|'),
);

/** Can ONLY_INTERVIEW match? Only if the title's last two letters end one of its last words ("Engineer" does not). */
export function endsLikeOnlyInterview(t: string): boolean {
  return t.length >= 2 && ONLY_INTERVIEW_ENDS.has(endPair(t));
}

/** Can PROGRAMME match? Its words end in e, m or t (either case), or a year or a bracket follows. */
export function endsLikeProgramme(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  const l = c | 0x20;
  return l === 101 || l === 109 || l === 116 || (c >= 48 && c <= 57) || c === 41;
}

/** /[A-ZÀ-ÖØ-ÞĀ-ž]/.test(t) */
export function hasCapital(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xde) || (c >= 0x100 && c <= 0x17e)) return true;
  }
  return false;
}
