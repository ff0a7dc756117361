// Merges the five language lexicons into one pattern per cue: mail mixes languages (an English
// subject over a German body), so every cue is looked for in every language.
// Lexicons are plain text ("#cue" headers, one fragment per line): compact in the content script.
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import { anchorsOf, secondWordStarts } from './anchors';
import { CUES, type Cue } from './types';

export type { Cue } from './types';

// A fragment written "~fragment" is weak: a word that names a near-miss in one mail and is
// incidental in another ("workshop", "podcast", "debrief", "admisión"). Weak hits count for less.
const weakSources = new Map<Cue, string[]>();

function parse(): Map<Cue, string[]> {
  const parts = new Map<Cue, string[]>(CUES.map((c) => [c, []]));
  weakSources.clear();
  for (const text of [en, es, fr, de, pt]) {
    let cue: Cue | undefined;
    for (const line of text.split('\n')) {
      if (!line) continue;
      if (line.startsWith('#')) {
        cue = line.slice(1) as Cue;
        continue;
      }
      if (!cue) continue;
      const weak = line.startsWith('~');
      const src = weak ? line.slice(1) : line;
      parts.get(cue)?.push(src);
      if (weak) weakSources.set(cue, [...(weakSources.get(cue) ?? []), src]);
    }
  }
  return parts;
}

let weakPatterns: Map<Cue, RegExp> | null = null;

/** True when a cue's matched text is one of its weak fragments. */
export function isWeakMatch(cue: Cue, text: string): boolean {
  if (!weakPatterns) {
    if (!fragmentIndex && !patterns) parse();
    weakPatterns = new Map([...weakSources].map(([c, list]) => [c, new RegExp(`^(?:${list.join('|')})$`)]));
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

// ---- One word-by-word pass for all cues ----
// Trying 26 alternations of up to a hundred fragments at every position of every mail was the
// detector's main cost. Each fragment is indexed by the word it must start with; the text's words
// are walked once and only the fragments filed under a word are tried there (sticky, so they test
// that position only). The few fragments with no fixed first word keep a per-cue scan.

const END = '(?:(?<![a-z0-9])|(?![a-z0-9]))';

/** The fragments of one cue filed under one word, as one sticky alternation (earlier ones win). */
interface Group {
  cue: number;
  /** The first fragment's place in the cue's list, to order matches that start at one position. */
  order: number;
  sources: string[];
  re: RegExp | null;
  /**
   * The characters allowed after the first space (by char code), or null: always tried. Worked out
   * on the group's eighth try (undefined until then): the worker wakes for a mail or two, and
   * analysing every fragment it meets would cost it more than the tests it spares.
   */
  after: Uint8Array | null | undefined;
  tries: number;
}

function allowedAfter(sources: string[]): Uint8Array | null {
  const set = new Uint8Array(256);
  for (const src of sources) {
    const chars = secondWordStarts(src);
    if (chars === null) return null;
    for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i) & 255] = 1;
  }
  return set;
}

/**
 * A trie over the anchor words, laid out as one transition table and walked letter by letter along
 * each word of the mail (no substrings): node n's child for slot k is next[n * 36 + k] (0: none;
 * the root is node 0). prefix[n] holds the groups whose first word starts with node n's letters
 * (prefix anchors, at most four letters), exact[n] those whose first word is exactly those letters.
 */
interface FragmentIndex {
  next: Uint16Array | Int32Array;
  prefix: (Group[] | null)[];
  exact: (Group[] | null)[];
  loose: (RegExp | null)[];
}

let fragmentIndex: FragmentIndex | null = null;

/** a-z -> 0..25, 0-9 -> 26..35, anything else -> -1 (ends a word). */
function slot(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 22;
  return -1;
}

class TrieBuilder {
  next = new Int32Array(36 * 1024);
  size = 1;
  prefix: (Group[] | null)[] = [null];
  exact: (Group[] | null)[] = [null];

  nodeFor(word: string): number {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const at = node * 36 + slot(word.charCodeAt(i));
      let child = this.next[at] ?? 0;
      if (child === 0) {
        child = this.size++;
        if (this.size * 36 > this.next.length) {
          const grown = new Int32Array(this.next.length * 2);
          grown.set(this.next);
          this.next = grown;
        }
        this.next[at] = child;
        this.prefix.push(null);
        this.exact.push(null);
      }
      node = child;
    }
    return node;
  }

  file(exact: boolean, key: string, cue: number, order: number, src: string): void {
    const node = this.nodeFor(key);
    const lists = exact ? this.exact : this.prefix;
    let list = lists[node];
    if (!list) {
      list = [];
      lists[node] = list;
    }
    const group = list.find((g) => g.cue === cue);
    if (!group) list.push({ cue, order, sources: [src], re: null, after: undefined, tries: 0 });
    else if (!group.sources.includes(src)) group.sources.push(src);
  }
}

function buildIndex(): FragmentIndex {
  const trie = new TrieBuilder();
  const loose: (RegExp | null)[] = [];
  const parts = parse();
  CUES.forEach((cue, ci) => {
    const unpinned: string[] = [];
    (parts.get(cue) ?? []).forEach((src, order) => {
      const anchors = anchorsOf(src);
      if (!anchors) unpinned.push(src);
      else for (const a of anchors) trie.file(a.exact, a.key, ci, order, src);
    });
    loose.push(unpinned.length ? new RegExp(`\\b(?:${unpinned.join('|')})${END}`, 'g') : null);
  });
  return { ...breadthFirst(trie), loose };
}

/**
 * Renumbers the nodes breadth first into a 16-bit table: the short words every mail is full of
 * then walk a few kilobytes at the table's start, which stay cached while the extractor runs
 * between two mails, instead of lines spread over half a megabyte.
 */
function breadthFirst(trie: TrieBuilder): Pick<FragmentIndex, 'next' | 'prefix' | 'exact'> {
  const order = [0];
  const id = new Int32Array(trie.size);
  for (let k = 0; k < order.length; k++) {
    const old = order[k] as number;
    for (let s = 0; s < 36; s++) {
      const child = trie.next[old * 36 + s] ?? 0;
      if (child) {
        id[child] = order.length;
        order.push(child);
      }
    }
  }
  // Past 65,535 nodes (twenty times today's lexicon) the ids no longer fit: keep 32 bits.
  const next = order.length < 65536 ? new Uint16Array(order.length * 36) : new Int32Array(order.length * 36);
  order.forEach((old, k) => {
    for (let s = 0; s < 36; s++) {
      const child = trie.next[old * 36 + s] ?? 0;
      if (child) next[k * 36 + s] = id[child] as number;
    }
  });
  return { next, prefix: order.map((old) => trie.prefix[old] ?? null), exact: order.map((old) => trie.exact[old] ?? null) };
}

/** A cue's matches in one text: [start, matched text], in order, not overlapping. */
export type CueMatches = [number, string][];

const MAX_PER_CUE = 30;

/** Every cue's matches in folded text, found in one pass over its words. */
export function scanAllCues(folded: string): CueMatches[] {
  if (!fragmentIndex) fragmentIndex = buildIndex();
  const index = fragmentIndex;
  const { next, prefix, exact } = index;
  const hits: [number, number, string][][] = CUES.map(() => []);
  // The character after the first space at or after `followAt` (0: none, or beyond Latin-1).
  let followAt = -1;
  let follow = 0;
  const tryGroups = (groups: Group[], at: number) => {
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i] as Group;
      const bucket = hits[g.cue] as [number, number, string][];
      if (bucket.length >= MAX_PER_CUE) continue;
      if (g.after === undefined && ++g.tries >= 8) g.after = allowedAfter(g.sources);
      if (g.after) {
        if (followAt !== at) {
          followAt = at;
          const sp = folded.indexOf(' ', at);
          const c = sp < 0 || sp + 1 >= folded.length ? 0 : folded.charCodeAt(sp + 1);
          follow = c > 255 ? 0 : c;
        }
        if (!g.after[follow]) continue;
      }
      if (!g.re) g.re = new RegExp(`(?:${g.sources.join('|')})${END}`, 'y');
      g.re.lastIndex = at;
      // A sticky test leaves lastIndex at the match end: no match array to allocate.
      if (g.re.test(folded)) bucket.push([at, g.order, folded.slice(at, g.re.lastIndex)]);
    }
  };
  const n = folded.length;
  let i = 0;
  while (i < n) {
    if (slot(folded.charCodeAt(i)) < 0) {
      i++;
      continue;
    }
    const at = i;
    // "\\b" does not see a word start after "_": neither does this scan.
    const counts = at === 0 || folded.charCodeAt(at - 1) !== 95;
    // -1: the word has left the trie; its remaining letters are only skipped.
    let node = 0;
    let depth = 0;
    for (; i < n; i++) {
      const s = slot(folded.charCodeAt(i));
      if (s < 0) break;
      if (node >= 0) {
        node = next[node * 36 + s] || -1;
        depth++;
        if (node > 0 && depth <= 4 && counts) {
          const groups = prefix[node];
          if (groups) tryGroups(groups, at);
        }
      }
    }
    if (node > 0 && counts) {
      const groups = exact[node];
      if (groups) tryGroups(groups, at);
    }
  }
  const { loose } = index;
  loose.forEach((re, ci) => {
    if (!re) return;
    const bucket = hits[ci] as [number, number, string][];
    re.lastIndex = 0;
    for (let m = re.exec(folded), n = 0; m && n < MAX_PER_CUE; m = re.exec(folded), n++) bucket.push([m.index, -1, m[0]]);
  });
  return hits.map((bucket) => {
    if (bucket.length > 1) bucket.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const out: CueMatches = [];
    let end = 0;
    for (const [at, , text] of bucket) {
      if (at < end) continue;
      out.push([at, text]);
      end = at + Math.max(1, text.length);
    }
    return out;
  });
}
