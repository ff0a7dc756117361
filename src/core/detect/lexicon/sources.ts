// The five language lexicons read into one list of fragments per cue: mail mixes languages (an
// English subject over a German body), so every cue is looked for in every language.
// Lexicons are plain text ("#cue" headers, one fragment per line): compact in the content script.
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import { CUES, type Cue } from './types';

export interface CueSources {
  /** Every fragment of each cue, in lexicon order (earlier ones win where two match at one place). */
  all: Map<Cue, string[]>;
  /**
   * The weak ones, written "~fragment": a word that names a near-miss in one mail and is
   * incidental in another ("workshop", "podcast", "debrief", "admisión").
   */
  weak: Map<Cue, string[]>;
}

let sources: CueSources | null = null;

export function cueSources(): CueSources {
  if (sources) return sources;
  const all = new Map<Cue, string[]>(CUES.map((c) => [c, []]));
  const weak = new Map<Cue, string[]>();
  for (const text of [en, es, fr, de, pt]) {
    let cue: Cue | undefined;
    for (const line of text.split('\n')) {
      if (!line) continue;
      if (line.startsWith('#')) {
        cue = line.slice(1) as Cue;
        continue;
      }
      if (!cue) continue;
      const isWeak = line.startsWith('~');
      const src = isWeak ? line.slice(1) : line;
      all.get(cue)?.push(src);
      if (isWeak) weak.set(cue, [...(weak.get(cue) ?? []), src]);
    }
  }
  sources = { all, weak };
  return sources;
}
