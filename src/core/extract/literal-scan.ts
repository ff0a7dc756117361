// Which of several groups of literals occur in a text, in one pass (an Aho–Corasick automaton).
// The role patterns each need one of a few literals; testing them one String#includes at a time
// scanned the mail some forty times and was half of the body-title search.

export interface LiteralScan {
  /** Bit k is set when some literal of group k occurs in the text (at most 31 groups). */
  groupsIn(text: string): number;
}

export function literalScan(groups: readonly (readonly string[])[]): LiteralScan {
  if (groups.length > 31) throw new Error('literalScan: at most 31 groups');
  // Characters the literals use get a class each; every other character is class 0.
  const classOf = new Map<number, number>();
  for (const g of groups) for (const s of g) for (let i = 0; i < s.length; i++) if (!classOf.has(s.charCodeAt(i))) classOf.set(s.charCodeAt(i), classOf.size + 1);
  const width = classOf.size + 1;
  // The trie: goto[state * width + class] (-1: none), out[state]: groups ending here.
  const next: number[] = [];
  const out: number[] = [0];
  for (let c = 0; c < width; c++) next.push(-1);
  groups.forEach((g, k) => {
    for (const s of g) {
      let state = 0;
      for (let i = 0; i < s.length; i++) {
        const at = state * width + (classOf.get(s.charCodeAt(i)) as number);
        if ((next[at] as number) < 0) {
          next[at] = out.length;
          out.push(0);
          for (let c = 0; c < width; c++) next.push(-1);
        }
        state = next[at] as number;
      }
      out[state] = (out[state] as number) | (1 << k);
    }
  });
  // Failure links, breadth first, turn the trie into a full transition table.
  const delta = new Int32Array(next.length);
  const outs = Int32Array.from(out);
  const fail = new Int32Array(out.length);
  const queue: number[] = [];
  for (let c = 0; c < width; c++) {
    const s = next[c] as number;
    delta[c] = Math.max(s, 0);
    if (s > 0) queue.push(s);
  }
  for (let q = 0; q < queue.length; q++) {
    const r = queue[q] as number;
    outs[r] = (outs[r] as number) | (outs[fail[r] as number] as number);
    for (let c = 0; c < width; c++) {
      const s = next[r * width + c] as number;
      const f = delta[(fail[r] as number) * width + c] as number;
      if (s < 0) delta[r * width + c] = f;
      else {
        delta[r * width + c] = s;
        fail[s] = f;
        queue.push(s);
      }
    }
  }
  const classes = new Uint16Array(65536);
  for (const [code, c] of classOf) classes[code] = c;
  return {
    groupsIn(text: string): number {
      let state = 0;
      let found = 0;
      for (let i = 0; i < text.length; i++) {
        state = delta[state * width + (classes[text.charCodeAt(i)] as number)] as number;
        found |= outs[state] as number;
      }
      return found;
    },
  };
}
