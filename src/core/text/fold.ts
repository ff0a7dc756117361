// Accent- and case-folding so one lexicon entry ("entrevista", "gesprach") matches every spelling.
const MARKS = /[\u0300-\u036f]/g;

const ASCII = /^[\x00-\x7f]*$/;

export function fold(s: string): string {
  // Most mail is ASCII: skip Unicode normalisation when there is nothing to strip.
  if (ASCII.test(s)) return s.toLowerCase();
  return s.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/ß/g, 'ss').replace(/[\u2010-\u2015]/g, '-');
}
