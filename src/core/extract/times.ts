// Proposed interview times: the lines of the newest message that carry a date or a clock time.
import { fold } from '../text/fold';
import { CLOCK, DATETIME, type DateTimeMarks, markDateTimes } from '../text/datetime';

const DIGIT = /\d/;

/** "-", "•", "*", "–", "·": a bullet that opens a line. */
function isBullet(c: number): boolean {
  return c === 45 || c === 8226 || c === 42 || c === 8211 || c === 183;
}

/**
 * A line counts when it has a clock time, or at least two date words ("Tuesday, April 15"), searched
 * in that line alone. `marks` (the matches in the whole folded text) answer the same question when no
 * match runs over a line break: a search of one line then finds exactly the whole text's matches
 * that lie inside it.
 */
export function proposedTimes(text: string, cap = 8, folded: string = fold(text), marks: DateTimeMarks = markDateTimes(folded)): string[] {
  const out: string[] = [];
  const { dates, clocks, crossLine } = marks;
  // Folding keeps line breaks, so line i of the folded text is line i of the original. The two texts
  // are walked line by line in step (the first 400 lines, as split('\n', 400) gave) without splitting
  // them: most lines are turned away before their text is needed.
  let at = 0;
  let fat = 0;
  // The first date and clock mark not before the current folded line.
  let di = 0;
  let ci = 0;
  for (let i = 0; i < 400 && at >= 0; i++) {
    const start = at;
    const end = text.indexOf('\n', at);
    at = end < 0 ? -1 : end + 1;
    const fstart = fat;
    const fend = fat < 0 ? -1 : folded.indexOf('\n', fat);
    fat = fat < 0 || fend < 0 ? -1 : fend + 1;
    let counts: boolean;
    if (fstart < 0) counts = false;
    else if (crossLine) counts = lineCounts(folded.slice(fstart, fend < 0 ? folded.length : fend));
    else {
      const lineEnd = fend < 0 ? folded.length : fend;
      while (di < dates.length && (dates[di] as number) < fstart) di++;
      while (ci < clocks.length && (clocks[ci] as number) < fstart) ci++;
      counts = (ci < clocks.length && (clocks[ci] as number) < lineEnd) || (di + 1 < dates.length && (dates[di + 1] as number) < lineEnd);
    }
    if (!counts) continue;
    const trimmed = text.slice(start, end < 0 ? text.length : end).trim();
    const line = isBullet(trimmed.charCodeAt(0)) ? trimmed.replace(/^[-•*–·]\s*/, '') : trimmed;
    if (line.length < 3 || line.length > 160 || (line.includes('http') && /https?:/.test(line))) continue;
    out.push(line);
    if (out.length >= cap) break;
  }
  return out;
}

/** A clock time or two date words in one folded line, searched in it alone (see proposedTimes). */
function lineCounts(f: string): boolean {
  // Every clock time has a digit: most lines are turned away by that test alone.
  CLOCK.lastIndex = 0;
  if (DIGIT.test(f) && CLOCK.test(f)) return true;
  let n = 0;
  DATETIME.lastIndex = 0;
  while (n < 2 && DATETIME.exec(f)) n++;
  return n >= 2;
}
