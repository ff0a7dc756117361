// One word-by-word pass for all cues. Trying 26 alternations of up to a hundred fragments at every
// position of every mail was the detector's main cost. Each fragment is filed under the word it must
// start with (anchors.ts); the text's words are walked once and only the fragments filed under a
// word are tried there (sticky, so they test that position only). Fragments with no fixed first
// word keep a per-cue scan.
import { anchorsOf, secondWordStarts } from './anchors';
import { groupOpenings, mayOpen, type Openings, packThree } from './openings';
import { cueSources } from './sources';
import { CUES } from './types';

const END = '(?:(?<![a-z0-9])|(?![a-z0-9]))';

/** The fragments of one cue filed under one word, as one sticky alternation (earlier ones win). */
interface Group {
  cue: number;
  /** The first fragment's place in the cue's list, to order matches that start at one position. */
  order: number;
  sources: string[];
  re: RegExp | null;
  /**
   * The characters allowed after the first space, as a bit mask (see charBit), or null: always
   * tried. Worked out on the group's eighth try (undefined until then): the worker wakes for a
   * mail or two, and analysing every fragment it meets would cost it more than the tests it spares.
   */
  after: number | null | undefined;
  /** The finer filter (openings.ts), worked out with `after`, or null. */
  openings: Openings | null;
  tries: number;
}

/** a-z -> bits 0..25, any digit -> 26, any other character -> 27 (a superset is safe: the regex decides). */
function charBit(code: number): number {
  if (code >= 97 && code <= 122) return 1 << (code - 97);
  if (code >= 48 && code <= 57) return 1 << 26;
  return 1 << 27;
}

function allowedAfter(sources: string[]): number | null {
  let mask = 0;
  for (const src of sources) {
    const chars = secondWordStarts(src);
    if (chars === null) return null;
    for (let i = 0; i < chars.length; i++) mask |= charBit(chars.charCodeAt(i) & 255);
  }
  return mask;
}

/** a-z -> 0..25, 0-9 -> 26..35, anything else -> -1 (ends a word). */
function slot(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 22;
  return -1;
}

// Prefix anchors have at most four letters, and most words of a mail are short: a trie over the
// first four letters stays small enough to live in the CPU cache. Longer words are matched whole by
// a hash of their letters, computed as the walk goes, so the scan never touches memory per letter
// past the fourth (a full-word trie spread over half a megabyte and missed the cache on every letter).
const TRIE_DEPTH = 4;
const HASH_SEED = 0x811c9dc5 | 0;
const stepHash = (h: number, s: number): number => Math.imul(h ^ (s + 1), 16777619);
const SEEN_BITS = 1 << 16;

/**
 * The groups filed under one word or prefix. After a few visits they are sorted by the three
 * characters after the first space (openings.ts) that let each through: then the groups a position
 * cannot open are never looked at (reading each group's filter cost more than its test saved).
 */
interface Entry {
  groups: Group[];
  visits: number;
  /** Groups by the openings they allow; null: no group has a usable filter; undefined: not yet sorted. */
  byThree: Map<number, Group[]> | null | undefined;
  /** Groups without such a filter, tried one by one as before. */
  checked: Group[];
}

interface LongWord {
  word: string;
  entry: Entry;
}

/**
 * The trie's node n has its child for slot k at next[n * 36 + k] (0: none; the root is node 0).
 * prefix[n] holds the groups whose first word starts with node n's letters, exact[n] those whose
 * first word is exactly those letters; long holds first words of five letters or more by hash, and
 * seen has one bit per hash (low 16 bits) so most long words are turned away without a lookup.
 */
interface FragmentIndex {
  next: Uint16Array | Int32Array;
  prefix: (Entry | null)[];
  exact: (Entry | null)[];
  long: Map<number, LongWord[]>;
  seen: Uint32Array;
  loose: (RegExp | null)[];
}

function hashOf(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = stepHash(h, slot(word.charCodeAt(i)));
  return h;
}

const newEntry = (): Entry => ({ groups: [], visits: 0, byThree: undefined, checked: [] });

function addTo(entry: Entry, cue: number, order: number, src: string): void {
  const list = entry.groups;
  const group = list.find((g) => g.cue === cue);
  if (!group) list.push({ cue, order, sources: [src], re: null, after: undefined, openings: null, tries: 0 });
  else if (!group.sources.includes(src)) group.sources.push(src);
}

class IndexBuilder {
  next = new Int32Array(36 * 1024);
  size = 1;
  prefix: (Entry | null)[] = [null];
  exact: (Entry | null)[] = [null];
  long = new Map<number, LongWord[]>();
  seen = new Uint32Array(SEEN_BITS / 32);

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
    if (exact && key.length > TRIE_DEPTH) {
      const h = hashOf(key);
      const bit = (h & (SEEN_BITS - 1)) >>> 5;
      this.seen[bit] = (this.seen[bit] ?? 0) | (1 << (h & 31));
      const words = this.long.get(h) ?? [];
      this.long.set(h, words);
      let word = words.find((w) => w.word === key);
      if (!word) {
        word = { word: key, entry: newEntry() };
        words.push(word);
      }
      addTo(word.entry, cue, order, src);
      return;
    }
    // A longer prefix (none today) is filed under its first four letters: tried more often, same result.
    const node = this.nodeFor(key.slice(0, TRIE_DEPTH));
    const entries = exact ? this.exact : this.prefix;
    const entry = entries[node] ?? newEntry();
    entries[node] = entry;
    addTo(entry, cue, order, src);
  }
}

function buildIndex(): FragmentIndex {
  const builder = new IndexBuilder();
  const loose: (RegExp | null)[] = [];
  const { all } = cueSources();
  CUES.forEach((cue, ci) => {
    const unpinned: string[] = [];
    (all.get(cue) ?? []).forEach((src, order) => {
      const anchors = anchorsOf(src);
      if (!anchors) unpinned.push(src);
      else for (const a of anchors) builder.file(a.exact, a.key, ci, order, src);
    });
    loose.push(unpinned.length ? new RegExp(`\\b(?:${unpinned.join('|')})${END}`, 'g') : null);
  });
  return { ...breadthFirst(builder), long: builder.long, seen: builder.seen, loose };
}

/** Renumbers the trie's nodes breadth first, so the short words every mail is full of walk its first kilobytes. */
function breadthFirst(trie: IndexBuilder): Pick<FragmentIndex, 'next' | 'prefix' | 'exact'> {
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
  const next = order.length < 65536 ? new Uint16Array(order.length * 36) : new Int32Array(order.length * 36);
  order.forEach((old, k) => {
    for (let s = 0; s < 36; s++) {
      const child = trie.next[old * 36 + s] ?? 0;
      if (child) next[k * 36 + s] = id[child] as number;
    }
  });
  return { next, prefix: order.map((old) => trie.prefix[old] ?? null), exact: order.map((old) => trie.exact[old] ?? null) };
}

/** A group's filters, worked out once: the first-character mask and the openings. */
function analyse(g: Group): void {
  g.openings = groupOpenings(g.sources);
  g.after = allowedAfter(g.sources);
}

function sortByOpenings(entry: Entry): void {
  const byThree = new Map<number, Group[]>();
  for (const g of entry.groups) {
    if (g.after === undefined) analyse(g);
    if (g.openings && g.openings.short.length === 0) {
      for (const key of g.openings.three) {
        const list = byThree.get(key);
        if (list) list.push(g);
        else byThree.set(key, [g]);
      }
    } else entry.checked.push(g);
  }
  entry.byThree = byThree.size ? byThree : null;
}

let fragmentIndex: FragmentIndex | null = null;

/** A cue's matches in one text: [start, matched text], in order, not overlapping. */
export type CueMatches = [number, string][];

const MAX_PER_CUE = 30;

/** Every cue's matches in folded text, found in one pass over its words. */
export function scanAllCues(folded: string): CueMatches[] {
  if (!fragmentIndex) fragmentIndex = buildIndex();
  const { next, prefix, exact, long, seen, loose } = fragmentIndex;
  const hits: [number, number, string][][] = CUES.map(() => []);
  // The bit (charBit) of the character after the first space at or after `followAt` (0: none, or beyond Latin-1).
  let followAt = -1;
  let follow = 0;
  let three = -1;
  const readFollow = (at: number) => {
    if (followAt === at) return;
    followAt = at;
    const sp = folded.indexOf(' ', at);
    const c = sp < 0 || sp + 1 >= folded.length ? 0 : folded.charCodeAt(sp + 1);
    follow = c === 0 || c > 255 ? 0 : charBit(c);
    three = sp < 0 ? -1 : packThree(folded, sp + 1);
  };
  const test = (g: Group, at: number) => {
    const bucket = hits[g.cue] as [number, number, string][];
    if (bucket.length >= MAX_PER_CUE) return;
    if (!g.re) g.re = new RegExp(`(?:${g.sources.join('|')})${END}`, 'y');
    g.re.lastIndex = at;
    // A sticky test leaves lastIndex at the match end: no match array to allocate.
    if (g.re.test(folded)) bucket.push([at, g.order, folded.slice(at, g.re.lastIndex)]);
  };
  const tryGroups = (groups: Group[], at: number) => {
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i] as Group;
      if (g.after === undefined && ++g.tries >= 8) analyse(g);
      if (g.after || g.openings) {
        readFollow(at);
        if (g.after && (g.after & follow) === 0) continue;
        if (g.openings && !mayOpen(g.openings, folded, at, three)) continue;
      }
      test(g, at);
    }
  };
  const tryEntry = (entry: Entry, at: number) => {
    if (entry.byThree === undefined && ++entry.visits >= 4) sortByOpenings(entry);
    if (!entry.byThree) {
      tryGroups(entry.groups, at);
      return;
    }
    readFollow(at);
    const picked = entry.byThree.get(three);
    if (picked) for (let k = 0; k < picked.length; k++) test(picked[k] as Group, at);
    tryGroups(entry.checked, at);
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
    // -1: the word has left the trie.
    let node = 0;
    let length = 0;
    let h = HASH_SEED;
    for (; i < n; i++) {
      const s = slot(folded.charCodeAt(i));
      if (s < 0) break;
      h = stepHash(h, s);
      if (++length <= TRIE_DEPTH && node >= 0) {
        node = next[node * 36 + s] || -1;
        if (node > 0 && counts) {
          const entry = prefix[node];
          if (entry) tryEntry(entry, at);
        }
      }
    }
    if (!counts) continue;
    if (length <= TRIE_DEPTH) {
      const entry = node > 0 ? exact[node] : null;
      if (entry) tryEntry(entry, at);
    } else if (seen[(h & (SEEN_BITS - 1)) >>> 5]! & (1 << (h & 31))) {
      for (const w of long.get(h) ?? []) if (w.word.length === length && folded.startsWith(w.word, at)) tryEntry(w.entry, at);
    }
  }
  loose.forEach((re, ci) => {
    if (!re) return;
    const bucket = hits[ci] as [number, number, string][];
    re.lastIndex = 0;
    for (let m = re.exec(folded), k = 0; m && k < MAX_PER_CUE; m = re.exec(folded), k++) bucket.push([m.index, -1, m[0]]);
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
