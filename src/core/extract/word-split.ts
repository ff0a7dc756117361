// Questions about the white-space-separated words of a short string, answered by character: they
// run on every signature segment and stand in for small patterns and splits.
import { isSpace } from './names';

/** s.split(/\s+/)[0]: the text before the first white space ('' when s opens with some). */
export function firstWord(s: string): string {
  let i = 0;
  while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
  return i < s.length ? s.slice(0, i) : s;
}

/** /^\S+\s/.test(s): a word, then white space. */
export function hasLeadingWord(s: string): boolean {
  return s.length > 1 && !isSpace(s.charCodeAt(0)) && firstWord(s) !== s;
}

/** s.replace(/^\S+\s/, ''): what follows the first word and one white-space character. */
export function afterFirstWord(s: string): string {
  const w = firstWord(s);
  return w !== '' && w !== s ? s.slice(w.length + 1) : s;
}

/** s.split(/\s+/).length without the array: one more than the runs of white space. */
export function pieces(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (isSpace(s.charCodeAt(i)) && (i === 0 || !isSpace(s.charCodeAt(i - 1)))) n++;
  return n;
}
