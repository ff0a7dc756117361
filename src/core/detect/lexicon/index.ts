// Merges the five language lexicons into one pattern per cue: mail mixes languages (an English
// subject over a German body), so every cue is looked for in every language.
// Lexicons are plain text ("#cue" headers, one fragment per line): compact in the content script.
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import { CUES, type Cue } from './types';

export type { Cue } from './types';

function parse(): Map<Cue, string[]> {
  const parts = new Map<Cue, string[]>(CUES.map((c) => [c, []]));
  for (const text of [en, es, fr, de, pt]) {
    let current: string[] | undefined;
    for (const line of text.split('\n')) {
      if (!line) continue;
      if (line.startsWith('#')) current = parts.get(line.slice(1) as Cue);
      else current?.push(line);
    }
  }
  return parts;
}

let patterns: Map<Cue, RegExp> | null = null;

export function cuePattern(cue: Cue): RegExp {
  if (!patterns) {
    patterns = new Map();
    // Both ends are word boundaries, so Portuguese "materia" never fires inside English "materials";
    // an entry meant as a stem spells its ending out ("candidat\w*"). A plain leading \b keeps the
    // engine's fast first-character scan.
    for (const [c, list] of parse()) {
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

/** How many times a cue occurs (capped: only "none / one / several" matters). */
export function countCue(cue: Cue, folded: string, cap = 5): number {
  const re = cuePattern(cue);
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(folded)) n++;
  return n;
}
