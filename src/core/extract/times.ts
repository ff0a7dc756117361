// Proposed interview times: the lines of the newest message that carry a date or a clock time.
import { fold } from '../text/fold';
import { CLOCK, DATETIME } from '../text/datetime';

export function proposedTimes(text: string, cap = 8, folded: string = fold(text)): string[] {
  const out: string[] = [];
  // Folding keeps line breaks, so line i of the folded text is line i of the original.
  const foldedLines = folded.split('\n', 400);
  const lines = text.split('\n', 400);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim().replace(/^[-•*–·]\s*/, '');
    if (line.length < 3 || line.length > 160 || /https?:/.test(line)) continue;
    const f = foldedLines[i] ?? '';
    CLOCK.lastIndex = 0;
    DATETIME.lastIndex = 0;
    // A line counts when it has a clock time, or at least two date words ("Tuesday, April 15").
    const clock = CLOCK.test(f);
    let n = 0;
    DATETIME.lastIndex = 0;
    while (n < 2 && DATETIME.exec(f)) n++;
    if (clock || n >= 2) out.push(line);
    if (out.length >= cap) break;
  }
  return out;
}
