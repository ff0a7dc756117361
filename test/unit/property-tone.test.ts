// checkTone never throws, and every finding points at a real span of the text it was given (the
// popup underlines text by these offsets; a wrong offset underlines the wrong words).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTone } from '../../src/core/tone';
import { LANGS } from '../../src/core/types';
import { BIG_SHAPES, junk, wrongType } from './property-arbitraries';

const NEGATIVE = ['toxic', 'lowball', 'NEVER CONTACT ME AGAIN!!!', 'waste of my time', '$120,000', '[Company]', 'tóxico', 'Gehalt 50.000 €'];
const text = fc.oneof(junk, fc.array(fc.oneof(junk, fc.constantFrom(...NEGATIVE)), { maxLength: 8 }).map((xs) => xs.join(' ')));
const lang = fc.oneof(fc.constantFrom(...LANGS), fc.string({ maxLength: 5 }));

describe('checkTone on any input', () => {
  it('returns findings with valid offsets inside the text', () => {
    fc.assert(
      fc.property(text, lang, fc.boolean(), (t, l, whole) => {
        const findings = checkTone(t, l, { whole });
        expect(Array.isArray(findings)).toBe(true);
        for (const f of findings) {
          expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThanOrEqual(f.start);
          expect(f.end).toBeLessThanOrEqual(t.length);
          expect(typeof f.rule).toBe('string');
          expect(f.message.length).toBeGreaterThan(0);
          expect(typeof f.suggestion).toBe('string');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('accepts wrong types for every argument without throwing', () => {
    fc.assert(
      fc.property(wrongType, wrongType, wrongType, (t, l, o) => {
        expect(Array.isArray(checkTone(t as string, l as string, o as object))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('still flags a negative word hidden among junk', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 50 }), fc.string({ unit: 'grapheme-ascii', maxLength: 50 }), (a, b) => {
        const t = `${a.replace(/[a-z]/gi, '')} The culture there is toxic. ${b.replace(/[a-z]/gi, '')}`;
        const f = checkTone(t, 'en', { whole: false });
        expect(f.some((x) => t.slice(x.start, x.end).toLowerCase().includes('toxic'))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  for (const [shape, make] of Object.entries(BIG_SHAPES)) {
    it(`a 1 MB draft (${shape}) is checked without error`, () => {
      expect(Array.isArray(checkTone(make(1_000_000), 'en'))).toBe(true);
    });
  }
});
