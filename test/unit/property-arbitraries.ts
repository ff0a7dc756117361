// Generators for "never crash on input" tests: random Unicode, binary junk, HTML leftovers, the
// hostile payloads, empty and missing fields, wrong types. Shared by test/unit/property-*.test.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';

export const PAYLOADS: string[] = Object.values(
  (JSON.parse(readFileSync(resolve(__dirname, '../fixtures/pages/hostile/payloads.json'), 'utf8')) as { payloads: Record<string, string> }).payloads,
);

const HTML_LEFTOVERS = [
  '<div dir="ltr">', '</div>', '<br>', '&nbsp;', '&amp;', '<td style="padding:0">', '<!--[if mso]>', '<![endif]-->', '=\r\n', '=3D',
  '<o:p></o:p>', '<span class="gmail_quote">', 'On Mon, 3 Mar 2025 at 10:00, Jane <jane@acme.example> wrote:', '> ', '>> ', '-- ', '__________',
  'Sent from my iPhone', 'CONFIDENTIALITY NOTICE:', 'https://calendly.com/acme/30min?month=2025-03', 'mailto:', '\u00a0', '\t', '\r\n',
];
const MAIL_WORDS = [
  'interview', 'invite', 'availability', 'schedule', 'Data Engineer', 'Acme', 'Hi Sam,', 'Best regards,', 'Entrevista', 'Vorstellungsgespräch',
  'entretien', 'entrevista', 'position', 'role', 'recruiter', 'Thank you', 'next week', 'Tuesday 10:00', '30-minute call', 'm/w/d', 'Re:', 'Fwd:',
];

/** Any string a hostile or broken mail might hold. */
export const junk: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'binary-ascii', maxLength: 200 }),
  fc.constantFrom(...PAYLOADS),
  fc.array(fc.oneof(fc.constantFrom(...HTML_LEFTOVERS, ...MAIL_WORDS, ...PAYLOADS), fc.string({ maxLength: 20 })), { maxLength: 60 }).map((xs) => xs.join(' ')),
  fc.array(fc.oneof(fc.constantFrom(...MAIL_WORDS, ...HTML_LEFTOVERS), fc.string({ unit: 'grapheme', maxLength: 10 })), { maxLength: 40 }).map((xs) => xs.join('\n')),
  fc.constantFrom('', ' ', '\n', '\u0000', '\ud800', 'null', 'undefined', '[object Object]', '{{name}}', 'x'.repeat(10_000)),
);

/** A value of any type, for fields typed as strings that arrive as something else at run time. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, 0, -1, Number.NaN, Number.POSITIVE_INFINITY, true, false, [], {}, ['a'], { toString: 'x' }),
  fc.anything({ maxDepth: 2 }),
);

const field = fc.oneof({ weight: 6, arbitrary: junk }, { weight: 1, arbitrary: wrongType });

/** An email as detectInvitation/extractInvitation receive it, with missing, null and wrong-typed parts. */
export const email: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.record(
    {
      from: fc.oneof(fc.record({ name: field, email: field }, { requiredKeys: [] }), wrongType),
      subject: field,
      body: field,
    },
    { requiredKeys: [] },
  ) },
  { weight: 1, arbitrary: wrongType },
);

/** A deterministic pseudo-random generator (mulberry32) for building large inputs quickly. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shapes of large bodies that tend to expose super-linear regexes. */
export const BIG_SHAPES: Record<string, (n: number, seed?: number) => string> = {
  /** A realistic invitation paragraph repeated. */
  prose: (n) => repeatTo('Hi Sam, thank you for applying for the Data Engineer role at Acme. Could you share your availability for an interview next week? ', n),
  /** HTML leftovers and entities without end. */
  html: (n) => repeatTo('<div dir="ltr"><span style="x">&nbsp;&amp;<br></span></div>=3D\r\n', n),
  /** One enormous word (no spaces, no punctuation). */
  oneWord: (n) => 'a'.repeat(n),
  /** Many short lines, as in a long quoted thread. */
  quoted: (n) => repeatTo('> > On Mon, Jane <jane@acme.example> wrote:\n> Interview\n', n),
  /** Spaces and punctuation that regexes like \s*[,.]\s* love to backtrack on. */
  spaces: (n) => repeatTo(' \t ,  .  ;  ', n),
  /** Salary figures, shouting and placeholders everywhere: thousands of tone findings at once. */
  findings: (n) => repeatTo('salary $120,000 and 95000 euros, TOXIC!!! [Company] lowball ', n),
  /**
   * Random code points of every plane, with a few capitals, digits and marks sprinkled in so every
   * size passes the same cheap "is there anything to look at" gates (else the sizes measure
   * different code paths and the ratio says nothing about growth).
   */
  binary: (n, seed = 1) => {
    const r = rng(seed);
    const parts: string[] = [];
    for (let len = 0, i = 0; len < n; i++) {
      const cp = Math.floor(r() * 0x10ffff);
      const c = i % 500 === 0 ? ' AB 12 !! ' : cp >= 0xd800 && cp <= 0xdfff ? '\ufffd' : String.fromCodePoint(cp);
      parts.push(c);
      len += c.length;
    }
    return parts.join('').slice(0, n);
  },
};

function repeatTo(s: string, n: number): string {
  return s.repeat(Math.ceil(n / s.length)).slice(0, n);
}
