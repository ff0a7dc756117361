// One pattern per cue over all five languages, for the checks that look for a single cue; the
// detector's main pass over every cue at once is in scan.ts.
import { PATTERN_SYNTAX } from './anchors';
import { cueSources } from './sources';
import type { Cue } from './types';

export type { Cue } from './types';
export { type CueMatches, scanAllCues } from './scan';

/** A fragment with no pattern syntax is the one string it matches. */
const isPlain = (fragment: string): boolean => ![...fragment].some((c) => PATTERN_SYNTAX.includes(c));

let weakForms: Map<Cue, { words: Set<string>; pattern: RegExp | null }> | null = null;

/** True when a cue's matched text is one of its weak fragments (they count for less). */
export function isWeakMatch(cue: Cue, text: string): boolean {
  if (!weakForms) {
    weakForms = new Map();
    for (const [c, list] of cueSources().weak) {
      // Most weak fragments are plain words ("workshop", "podcast"): a set lookup, not a pattern of hundreds.
      // The match is trimmed before the lookup, so a fragment's own trailing space ("interview you on ")
      // comes off too.
      const forms = list.map((f) => f.trimEnd());
      const patterns = forms.filter((f) => !isPlain(f));
      const words = new Set(forms.filter(isPlain));
      weakForms.set(c, { words, pattern: patterns.length ? new RegExp(`^(?:${patterns.join('|')})$`) : null });
    }
  }
  const forms = weakForms.get(cue);
  if (!forms) return false;
  const t = text.trim();
  return forms.words.has(t) || (forms.pattern?.test(t) ?? false);
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
