// composeDecline never throws and always gives a usable draft, whatever the invitation, answers and
// settings hold: the HTML carries no markup but <p>/<br>, the text no control or invisible
// characters, and the draft always fits the message protocol (else the insert would be refused).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeDecline, resolveAnswers } from '../../src/core/compose';
import { composeParts } from '../../src/core/compose/parts';
import { AnswersSchema, DraftSchema, parseMessage } from '../../src/core/messages';
import { LANGS, REASON_IDS, TONES } from '../../src/core/types';
import { BIG_SHAPES, junk, wrongType } from './property-arbitraries';
import { assertSafeHtml, assertSafeText } from './security-assert';

const value = fc.oneof({ weight: 5, arbitrary: junk }, { weight: 1, arbitrary: wrongType });
const invitation = fc.record(
  {
    company: value,
    role: value,
    contactFirstName: value,
    contactName: value,
    lang: fc.oneof(fc.constantFrom(...LANGS, 'other', null), value),
    subject: value,
    messageId: value,
  },
  { requiredKeys: [] },
);
const answers = fc.record(
  {
    reasons: fc.oneof(fc.subarray([...REASON_IDS]), fc.array(value, { maxLength: 4 }), wrongType),
    customReason: value,
    mentionReason: fc.oneof(fc.boolean(), wrongType),
    keepDoorOpen: fc.oneof(fc.boolean(), wrongType),
    offerReferral: fc.oneof(fc.boolean(), wrongType),
    specificArea: value,
    tone: fc.oneof(fc.constantFrom(...TONES), value),
    lang: fc.oneof(fc.constantFrom(...LANGS), value),
  },
  { requiredKeys: [] },
);
const settings = fc.record({ fullName: value, contactInfo: value }, { requiredKeys: [] });
const input = fc.record({ invitation, answers: fc.oneof(answers, wrongType), settings: fc.oneof(settings, wrongType) }, { requiredKeys: ['invitation'] });

type ComposeArg = Parameters<typeof composeDecline>[0];

function checkDraft(d: ReturnType<typeof composeDecline>): void {
  expect(parseMessage(DraftSchema, d)).not.toBeNull();
  expect(LANGS).toContain(d.lang);
  assertSafeHtml(d.html);
  assertSafeText(d.text, { allowNewlines: true });
  assertSafeText(d.subject, { allowNewlines: false });
  expect(d.text).not.toMatch(/\{\{|\}\}|\bundefined\b|\[object Object\]/);
  expect(d.text.trim().length).toBeGreaterThan(40);
  expect(d.subject.trim().length).toBeGreaterThan(0);
}

describe('composeDecline on any input', () => {
  it('returns a safe, well-formed draft', () => {
    fc.assert(
      fc.property(input, (i) => checkDraft(composeDecline(i as ComposeArg))),
      { numRuns: 300 },
    );
  });

  it('does so without falling back: the real composer handles every input (the fallback is for bugs)', () => {
    fc.assert(
      fc.property(input, (i) => {
        const parts = composeParts(i as ComposeArg);
        expect(parts.parts.length).toBeGreaterThan(3);
      }),
      { numRuns: 300 },
    );
  });

  it('resolveAnswers turns any partial answers into answers the protocol accepts', () => {
    // Free text longer than the popup's fields allow (1,000 characters) is left out here.
    const short = (a: unknown) => !(a && typeof a === 'object' && Object.values(a).some((x) => typeof x === 'string' && x.length > 1000));
    fc.assert(
      fc.property(fc.oneof(answers, wrongType).filter(short), fc.oneof(fc.constantFrom(...LANGS, 'other', null), value), (a, l) => {
        const r = resolveAnswers(a as never, l as string);
        expect(parseMessage(AnswersSchema, r)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('emoji and other astral characters cut at any length stay whole characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 50, maxLength: 400 }), fc.integer({ min: 1, max: 200 }), (s, n) => {
        const long = `${'🧨'.repeat(n)}${s}`;
        checkDraft(composeDecline({ invitation: { company: long, role: long, contactFirstName: long, lang: 'en' }, answers: { specificArea: long, customReason: long, mentionReason: true, reasons: ['other'] }, settings: { fullName: long, contactInfo: long } }));
      }),
      { numRuns: 150 },
    );
  });

  for (const [shape, make] of Object.entries(BIG_SHAPES)) {
    it(`1 MB values (${shape}) in every field give a short, safe draft`, () => {
      const big = make(1_000_000);
      const d = composeDecline({
        invitation: { company: big, role: big, contactFirstName: big, contactName: big, subject: big, messageId: big, lang: 'en' },
        answers: { customReason: big, specificArea: big, mentionReason: true, reasons: ['other'] },
        settings: { fullName: big, contactInfo: big },
      });
      checkDraft(d);
      expect(d.text.length).toBeLessThan(10_000);
    });
  }
});
