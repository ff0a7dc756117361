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
  // Folding keeps line breaks, so line i of the folded text is line i of the original.
  const foldedLines = folded.split('\n', 400);
  const lines = text.split('\n', 400);
  for (let i = 0; i < lines.length; i++) {
    const trimmed = (lines[i] ?? '').trim();
    const line = isBullet(trimmed.charCodeAt(0)) ? trimmed.replace(/^[-•*–·]\s*/, '') : trimmed;
    if (line.length < 3 || line.length > 160 || (line.includes('http') && /https?:/.test(line))) continue;
    const f = foldedLines[i] ?? '';
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
