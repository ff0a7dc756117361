// Merges the five language lexicons into one pattern per cue: mail mixes languages (an English
// subject over a German body), so every cue is looked for in every language.
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import type { Lexicon } from './types';

export type Cue = keyof Lexicon;

const ALL: Lexicon[] = [en, es, fr, de, pt];

function build(cue: Cue): RegExp {
  const parts: string[] = [];
  for (const lex of ALL) parts.push(...lex[cue]);
  // Both ends are word boundaries, so Portuguese "materia" never fires inside English "materials";
  // an entry meant as a stem spells its ending out ("candidat\\w*"). A plain leading \b (no other
  // alternatives) keeps the engine's fast first-character scan: entries must start with a word character.
  return new RegExp(`\\b(?:${parts.join('|')})(?:(?<![a-z0-9])|(?![a-z0-9]))`, 'g');
}

const cache = new Map<Cue, RegExp>();

export function cuePattern(cue: Cue): RegExp {
  let re = cache.get(cue);
  if (!re) {
    re = build(cue);
    cache.set(cue, re);
  }
  return re;
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
