// Shared checks for hostile-input tests: what "safe" means for the draft's HTML and for plain text.
import { expect } from 'vitest';

/** The only markup a composed draft may contain. */
const ALLOWED_TAG = /<\/?p>|<br>/g;
const ENTITY = /&(?:amp|lt|gt|quot|#39);/g;

/** HTML built by the composer: <p> and <br> only, every other < > & " ' escaped. */
export function assertSafeHtml(html: string): void {
  const withoutTags = html.replace(ALLOWED_TAG, '');
  expect(withoutTags, `unexpected markup in: ${html.slice(0, 300)}`).not.toMatch(/[<>"']/);
  expect(withoutTags.replace(ENTITY, ''), `unescaped & in: ${html.slice(0, 300)}`).not.toContain('&');
}

/** Plain text for a reply or a label: no control, bidi or zero-width characters, no lone surrogates. */
export function assertSafeText(text: string, o: { allowNewlines: boolean }): void {
  const control = o.allowNewlines ? /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/ : /[\u0000-\u001f\u007f-\u009f]/;
  expect(text, `control character in: ${JSON.stringify(text.slice(0, 200))}`).not.toMatch(control);
  expect(text, `bidi or zero-width character in: ${JSON.stringify(text.slice(0, 200))}`).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/);
  const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(text);
  expect(lone, `lone surrogate at ${lone?.index} in: ${JSON.stringify(text.slice(Math.max(0, (lone?.index ?? 0) - 60), (lone?.index ?? 0) + 20))}`).toBeNull();
}
