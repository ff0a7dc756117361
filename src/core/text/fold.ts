// Accent- and case-folding so one lexicon entry ("entrevista", "gesprach") matches every spelling.
const MARKS = /[\u0300-\u036f]/g;

export function fold(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/ß/g, 'ss').replace(/[\u2010-\u2015]/g, '-');
}
