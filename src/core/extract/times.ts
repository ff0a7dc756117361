// Proposed interview times: the lines of the newest message that carry a date or a clock time.
import { fold } from '../text/fold';
import { CLOCK, DATETIME } from '../text/datetime';

const DIGIT = /\d/;

/** "-", "•", "*", "–", "·": a bullet that opens a line. */
function isBullet(c: number): boolean {
  return c === 45 || c === 8226 || c === 42 || c === 8211 || c === 183;
}

export function proposedTimes(text: string, cap = 8, folded: string = fold(text)): string[] {
  const out: string[] = [];
  // Folding keeps line breaks, so line i of the folded text is line i of the original. The two texts
  // are walked line by line in step (the first 400 lines, as split('\n', 400) gave) without splitting
  // them: most lines are turned away before their folded copy is needed.
  let at = 0;
  let fat = 0;
  for (let i = 0; i < 400 && at >= 0; i++) {
    const end = text.indexOf('\n', at);
    const trimmed = text.slice(at, end < 0 ? text.length : end).trim();
    at = end < 0 ? -1 : end + 1;
    const fstart = fat;
    const fend = fat < 0 ? -1 : folded.indexOf('\n', fat);
    fat = fat < 0 || fend < 0 ? -1 : fend + 1;
    const line = isBullet(trimmed.charCodeAt(0)) ? trimmed.replace(/^[-•*–·]\s*/, '') : trimmed;
    if (line.length < 3 || line.length > 160 || (line.includes('http') && /https?:/.test(line))) continue;
    const f = fstart < 0 ? '' : folded.slice(fstart, fend < 0 ? folded.length : fend);
    // A line counts when it has a clock time, or at least two date words ("Tuesday, April 15").
    // Every clock time has a digit: most lines are turned away by that test alone.
    CLOCK.lastIndex = 0;
    const clock = DIGIT.test(f) && CLOCK.test(f);
    let n = 0;
    if (!clock) {
      DATETIME.lastIndex = 0;
      while (n < 2 && DATETIME.exec(f)) n++;
    }
    if (clock || n >= 2) out.push(line);
    if (out.length >= cap) break;
  }
  return out;
}
