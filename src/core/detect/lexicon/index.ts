// One pattern per cue over all five languages, for the checks that look for a single cue; the
// detector's main pass over every cue at once is in scan.ts.
import { cueSources } from './sources';
import type { Cue } from './types';

export type { Cue } from './types';
export { type CueMatches, scanAllCues } from './scan';

let weakPatterns: Map<Cue, RegExp> | null = null;

/** True when a cue's matched text is one of its weak fragments (they count for less). */
export function isWeakMatch(cue: Cue, text: string): boolean {
  if (!weakPatterns) {
    weakPatterns = new Map([...cueSources().weak].map(([c, list]) => [c, new RegExp(`^(?:${list.join('|')})$`)]));
  }
  return weakPatterns.get(cue)?.test(text.trim()) ?? false;
}

let patterns: Map<Cue, RegExp> | null = null;

export function cuePattern(cue: Cue): RegExp {
  if (!patterns) {
    patterns = new Map();
    // Both ends are word boundaries, so Portuguese "materia" never fires inside English "materials";
    // an entry meant as a stem spells its ending out ("candidat\w*"). A plain leading \b keeps the
    // engine's fast first-character scan.
    for (const [c, list] of cueSources().all) {
      patterns.set(c, new RegExp(`\\b(?:${list.join('|')})(?:(?<![a-z0-9])|(?![a-z0-9]))`, 'g'));
    }
  }
  return patterns.get(cue) as RegExp;
}

/** First match of a cue in folded text, or null. */
export function findCue(cue: Cue, folded: string): string | null {
  const re = cuePattern(cue);
  re.lastIndex = 0;
  const m = re.exec(folded);
  return m ? m[0] : null;
}
