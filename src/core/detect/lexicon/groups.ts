// The lexicon fragments filed under one word, per cue, and the cheap tests that spare their patterns:
// the scan (scan.ts) finds a word, and only the groups filed under it are tried at that position.
import { secondWordStarts } from './anchors';
import { groupOpenings, mayOpen, type Openings } from './openings';

/** The fragments of one cue filed under one word, as one sticky alternation (earlier ones win). */
export interface Group {
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

/**
 * The groups filed under one word or prefix. After eight visits they are sorted by the three
 * characters after the first space (openings.ts) that let each through: then the groups a position
 * cannot open are never looked at (reading each group's filter cost more than its test saved).
 */
export interface Entry {
  groups: Group[];
  visits: number;
  /** Groups by the openings they allow; null: no group has a usable filter; undefined: not yet sorted. */
  byThree: Map<number, Group[]> | null | undefined;
  /** Groups without such a filter, tried one by one. */
  checked: Group[];
  /** One bit per opening in byThree (see bitOf), in the entry itself: most positions need no map lookup. */
  bits0: number;
  bits1: number;
  bits2: number;
  bits3: number;
}

export const newEntry = (): Entry => ({ groups: [], visits: 0, byThree: undefined, checked: [], bits0: 0, bits1: 0, bits2: 0, bits3: 0 });

/** An opening's bit, 0..127. */
export const bitOf = (three: number): number => Math.imul(three, 0x9e3779b1) >>> 25;

/** False when no group of the sorted entry opens with `three`. */
export function mayHold(entry: Entry, three: number): boolean {
  const b = bitOf(three);
  const word = b < 64 ? (b < 32 ? entry.bits0 : entry.bits1) : b < 96 ? entry.bits2 : entry.bits3;
  return (word & (1 << (b & 31))) !== 0;
}

export function addTo(entry: Entry, cue: number, order: number, src: string): void {
  const group = entry.groups.find((g) => g.cue === cue);
  if (!group) entry.groups.push({ cue, order, sources: [src], re: null, after: undefined, openings: null, tries: 0 });
  else if (!group.sources.includes(src)) group.sources.push(src);
}

/** a-z -> bits 0..25, any digit -> 26, any other character -> 27 (a superset is safe: the regex decides). */
export function charBit(code: number): number {
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

/** A group's filters, worked out once: the first-character mask and the openings. */
function analyse(g: Group): void {
  g.openings = groupOpenings(g.sources);
  g.after = allowedAfter(g.sources);
}

/** Counts a try; true when the group may match where the next word starts with `follow` and opens with `three`. */
export function mayMatch(g: Group, text: string, at: number, follow: number, three: number): boolean {
  if (g.after === undefined && ++g.tries >= 8) analyse(g);
  if (g.after && (g.after & follow) === 0) return false;
  return !g.openings || mayOpen(g.openings, text, at, three);
}

/**
 * For a sorted entry: the charBit mask of next-word starts at which one of its unsorted groups may
 * still match, or -1 when one of them has no such filter (any position may match).
 */
export function checkedFollow(entry: Entry): number {
  let mask = 0;
  for (const g of entry.checked) {
    if (!g.after) return -1;
    mask |= g.after;
  }
  return mask;
}

/** Counts a visit to the entry, and sorts its groups by opening on the eighth (when its groups would have been analysed one by one). */
export function visit(entry: Entry): void {
  if (entry.byThree !== undefined || ++entry.visits < 8) return;
  const byThree = new Map<number, Group[]>();
  for (const g of entry.groups) {
    if (g.after === undefined) analyse(g);
    if (g.openings && g.openings.short.length === 0) {
      for (const key of g.openings.three) {
        const list = byThree.get(key);
        if (list) list.push(g);
        else byThree.set(key, [g]);
        const b = bitOf(key);
        const bit = 1 << (b & 31);
        if (b < 32) entry.bits0 |= bit;
        else if (b < 64) entry.bits1 |= bit;
        else if (b < 96) entry.bits2 |= bit;
        else entry.bits3 |= bit;
      }
    } else entry.checked.push(g);
  }
  entry.byThree = byThree.size ? byThree : null;
}
