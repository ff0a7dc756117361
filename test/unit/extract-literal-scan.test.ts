import { describe, expect, it } from 'vitest';
import { literalScan } from '../../src/core/extract/literal-scan';

// The one-pass scan must say exactly what String#includes says for every group.
function byIncludes(groups: string[][], text: string): number {
  let bits = 0;
  groups.forEach((g, k) => {
    if (g.some((x) => text.includes(x))) bits |= 1 << k;
  });
  return bits;
}

describe('literalScan', () => {
  const groups = [['role', 'position', 'post'], ['hiring', 'hiring team', 'hire '], ['oste', 'poste'], ['osición', 'ción'], ['aab', 'ab', 'b'], [':'], []];
  const scan = literalScan(groups);

  it('finds overlapping and nested literals', () => {
    expect(scan.groupsIn('the hiring team for the Poste de chef')).toBe(byIncludes(groups, 'the hiring team for the Poste de chef'));
    expect(scan.groupsIn('aaab')).toBe((1 << 4));
    expect(scan.groupsIn('Posición: Analista')).toBe((1 << 3) | (1 << 5));
    expect(scan.groupsIn('')).toBe(0);
  });

  it('agrees with includes on random text over the literals’ alphabet', () => {
    const alphabet = 'aborlestiphng :cóéñ\u201c';
    let seed = 42;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const len = Math.floor(rnd() * 40);
      for (let i = 0; i < len; i++) text += alphabet.charAt(Math.floor(rnd() * alphabet.length));
      expect(scan.groupsIn(text)).toBe(byIncludes(groups, text));
    }
  });
});
