// Deterministic choice of phrasings: the same invitation always gets the same draft (tests are
// reproducible), while different invitations read differently.

/** FNV-1a, 32 bit: small, fast and stable across platforms. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Index in [0, count) for one slot, independent from the other slots' choices. */
export function pick(seed: string, slot: string, count: number): number {
  if (count <= 1) return 0;
  return hash32(`${seed}\u0000${slot}`) % count;
}
