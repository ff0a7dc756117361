// One word-by-word pass for all cues. Trying 26 alternations of up to a hundred fragments at every
// position of every mail was the detector's main cost. Each fragment is filed under the word it must
// start with (anchors.ts); the text's words are walked once and only the fragments filed under a
// word are tried there (sticky, so they test that position only). Fragments with no fixed first
// word keep a per-cue scan.
import { anchorsOf, PATTERN_SYNTAX } from './anchors';
import { addTo, bitOf, charBit, checkedFollow, type Entry, type Group, mayHold, mayMatch, newEntry, visit } from './groups';
import { packThree } from './openings';
import { cueSources } from './sources';
import { CUES } from './types';
import { HASH_SEED, slot, stepHash, WordTable } from './word-table';

const END = '(?:(?<![a-z0-9])|(?![a-z0-9]))';

/** The groups filed under a first word (exact) or under the first one to four letters of one (prefix). */
interface Filed {
  word: string;
  /** word.length, read without touching the string. */
  length: number;
  entry: Entry;
  /** Its place in FragmentIndex.gate. */
  id: number;
}

/** Per cue, one pattern for the fragments whose first word is not certain, and text it needs. */
interface Loose {
  re: RegExp;
  /** Each fragment's longest plain stretch (" invited to "), or null when one has none. */
  needs: string[] | null;
}

interface FragmentIndex {
  prefixes: WordTable<Filed>;
  words: WordTable<Filed>;
  loose: (Loose | null)[];
  /**
   * Per filed word (GATE_SIZE numbers from id * GATE_SIZE), once its entry is sorted: 1, the
   * entry's four opening masks (Entry.bits0..3) and checkedFollow. Most positions a word is found at
   * cannot open any of its groups; these flat numbers tell so without reading the entry and its
   * groups, scattered objects whose cache misses were the larger part of the scan's time.
   */
  gate: Int32Array;
}

const GATE_SIZE = 6;

/** The longest literal stretch of four or more characters outside groups, which every match contains. */
export function requiredText(src: string): string | null {
  let best = '';
  let run = '';
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src.charAt(i);
    const next = src.charAt(i + 1);
    const literal = depth === 0 && !PATTERN_SYNTAX.includes(c) && !(next && '?*+{'.includes(next));
    if (literal) run += c;
    else {
      if (run.length > best.length) best = run;
      run = '';
      if (c === '\\') i++;
      else if (c === '[') i = src.indexOf(']', i);
      else if (c === '{') i = src.indexOf('}', i);
      else if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === '|' && depth === 0) return null;
    }
    if (i < 0) return null;
  }
  if (run.length > best.length) best = run;
  return best.length >= 4 ? best : null;
}

function buildIndex(): FragmentIndex {
  const prefixes = new Map<string, Filed>();
  const words = new Map<string, Filed>();
  const loose: (Loose | null)[] = [];
  let filedCount = 0;
  const { all } = cueSources();
  CUES.forEach((cue, ci) => {
    const unpinned: string[] = [];
    (all.get(cue) ?? []).forEach((src, order) => {
      const anchors = anchorsOf(src);
      if (!anchors) unpinned.push(src);
      else
        for (const a of anchors) {
          const table = a.exact ? words : prefixes;
          let filed = table.get(a.key);
          if (!filed) {
            filed = { word: a.key, length: a.key.length, entry: newEntry(), id: filedCount++ };
            table.set(a.key, filed);
          }
          addTo(filed.entry, ci, order, src);
        }
    });
    const needs = unpinned.map(requiredText);
    loose.push(
      unpinned.length
        ? { re: new RegExp(`\\b(?:${unpinned.join('|')})${END}`, 'g'), needs: needs.every((t) => t !== null) ? (needs as string[]) : null }
        : null,
    );
  });
  return {
    prefixes: new WordTable([...prefixes.values()], 4096),
    words: new WordTable([...words.values()], 65536),
    loose,
    gate: new Int32Array(filedCount * GATE_SIZE),
  };
}

let fragmentIndex: FragmentIndex | null = null;

/** A cue's matches in one text: [start, matched text], in order, not overlapping. */
export type CueMatches = [number, string][];

const MAX_PER_CUE = 30;

/** Every cue's matches in folded text, found in one pass over its words. */
export function scanAllCues(folded: string): CueMatches[] {
  if (!fragmentIndex) fragmentIndex = buildIndex();
  const { prefixes, words, loose, gate } = fragmentIndex;
  const hits: [number, number, string][][] = CUES.map(() => []);
  // For the word at `followAt`: the bit (charBit) of the character after its first space (0: none),
  // and the three characters there (packThree).
  let followAt = -1;
  let follow = 0;
  let three = -1;
  const test = (g: Group, at: number) => {
    const bucket = hits[g.cue] as [number, number, string][];
    if (bucket.length >= MAX_PER_CUE) return;
    if (!g.re) g.re = new RegExp(`(?:${g.sources.join('|')})${END}`, 'y');
    g.re.lastIndex = at;
    // A sticky test leaves lastIndex at the match end: no match array to allocate.
    if (g.re.test(folded)) bucket.push([at, g.order, folded.slice(at, g.re.lastIndex)]);
  };
  const readFollow = (at: number) => {
    if (followAt === at) return;
    followAt = at;
    const sp = folded.indexOf(' ', at);
    const c = sp < 0 || sp + 1 >= folded.length ? 0 : folded.charCodeAt(sp + 1);
    follow = c === 0 || c > 255 ? 0 : charBit(c);
    three = sp < 0 ? -1 : packThree(folded, sp + 1);
  };
  const tryEntry = (filed: Filed, at: number) => {
    const { entry } = filed;
    readFollow(at);
    visit(entry);
    const base = filed.id * GATE_SIZE;
    if (entry.byThree !== undefined && gate[base] === 0) {
      gate[base] = 1;
      gate[base + 1] = entry.bits0;
      gate[base + 2] = entry.bits1;
      gate[base + 3] = entry.bits2;
      gate[base + 4] = entry.bits3;
      gate[base + 5] = checkedFollow(entry);
    }
    const picked = entry.byThree && mayHold(entry, three) ? entry.byThree.get(three) : undefined;
    if (picked) for (let k = 0; k < picked.length; k++) test(picked[k] as Group, at);
    const rest = entry.byThree ? entry.checked : entry.groups;
    for (let k = 0; k < rest.length; k++) {
      const g = rest[k] as Group;
      if (mayMatch(g, folded, at, follow, three)) test(g, at);
    }
  };
  // A sorted entry none of whose groups can open here is passed over on its gate numbers alone
  // (the same answer tryEntry would reach: no group tested, nothing counted).
  const consider = (filed: Filed, at: number) => {
    const base = filed.id * GATE_SIZE;
    if (gate[base] === 1) {
      readFollow(at);
      const b = bitOf(three);
      if (((gate[base + 1 + (b >>> 5)] as number) & (1 << (b & 31))) === 0) {
        const after = gate[base + 5] as number;
        if (after !== -1 && (after & follow) === 0) return;
      }
    }
    tryEntry(filed, at);
  };
  // The 32-bit hash and the length stand for the word: two words that share both would only have
  // each other's groups tried, and their patterns decide (comparing the letters cost a cache miss).
  const tryFiled = (list: Filed[] | null, length: number, at: number) => {
    if (list) for (let k = 0; k < list.length; k++) if ((list[k] as Filed).length === length) consider(list[k] as Filed, at);
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
    let length = 0;
    let h = HASH_SEED;
    for (; i < n; i++) {
      const s = slot(folded.charCodeAt(i));
      if (s < 0) break;
      h = stepHash(h, s);
      if (++length <= 4 && counts) tryFiled(prefixes.find(h), length, at);
    }
    if (counts) tryFiled(words.find(h), length, at);
  }
  loose.forEach((l, ci) => {
    if (!l || (l.needs && !l.needs.some((t) => folded.includes(t)))) return;
    const { re } = l;
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
