// Words found by the hash the scan computes as it walks a word, letter by letter: one bit per hash
// turns most words away in 8 KB, and the rest probe a small open-addressing table. It replaced a
// 150 KB trie over the first four letters and a Map for longer words, to keep the data the scan
// reads for every word small (the scan alone got faster; inside the whole pipeline no gain could
// be told apart from this machine's noise).

/** a-z -> 0..25, 0-9 -> 26..35, anything else -> -1 (ends a word). */
export function slot(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 22;
  return -1;
}

export const HASH_SEED = 0x811c9dc5 | 0;
export const stepHash = (h: number, s: number): number => Math.imul(h ^ (s + 1), 16777619);

export function hashOf(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = stepHash(h, slot(word.charCodeAt(i)));
  return h;
}

interface Keyed {
  word: string;
}

/** Items keyed by a word, found by the word's hash; the caller checks the word itself. */
export class WordTable<T extends Keyed> {
  private readonly seen: Uint32Array;
  private readonly seenMask: number;
  private readonly hashes: Int32Array;
  private readonly lists: T[][] = [];
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(items: T[], seenBits: number) {
    this.seen = new Uint32Array(seenBits / 32);
    this.seenMask = seenBits - 1;
    let size = 16;
    while (size < items.length * 3) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size).fill(-1);
    for (const item of items) {
      const h = hashOf(item.word);
      const bit = h & this.seenMask;
      this.seen[bit >>> 5] = (this.seen[bit >>> 5] ?? 0) | (1 << (bit & 31));
      let k = h & this.mask;
      while ((this.slots[k] as number) >= 0 && this.hashes[k] !== h) k = (k + 1) & this.mask;
      if ((this.slots[k] as number) < 0) {
        this.hashes[k] = h;
        this.slots[k] = this.lists.length;
        this.lists.push([]);
      }
      (this.lists[this.slots[k] as number] as T[]).push(item);
    }
  }

  /** The items whose word has this hash (usually one), or null. */
  find(h: number): T[] | null {
    const bit = h & this.seenMask;
    if (!((this.seen[bit >>> 5] as number) & (1 << (bit & 31)))) return null;
    for (let k = h & this.mask; ; k = (k + 1) & this.mask) {
      const s = this.slots[k] as number;
      if (s < 0) return null;
      if (this.hashes[k] === h) return this.lists[s] as T[];
    }
  }
}
