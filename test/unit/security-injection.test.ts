// Hostile text from the mail and from the user goes through detection and composing: nothing in it
// becomes markup in the draft's HTML, the plain text carries no invisible or control characters, and
// every output still has the shape the message protocol accepts (else the page's data is dropped).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeDecline } from '../../src/core/compose';
import { detectInvitation } from '../../src/core/detect';
import { extractInvitation } from '../../src/core/extract';
import { DetectionSchema, DraftSchema, ExtractionSchema, parseMessage } from '../../src/core/messages';
import { LANGS, TONES } from '../../src/core/types';
import { assertSafeHtml, assertSafeText } from './security-assert';

const { payloads } = JSON.parse(readFileSync(resolve(__dirname, '../fixtures/pages/hostile/payloads.json'), 'utf8')) as {
  payloads: Record<string, string>;
};
const ALL = Object.entries(payloads);

function invitationEmail(p: string) {
  return {
    from: { name: `${p} Recruiting`, email: 'jane@acme.example' },
    subject: `Interview invitation: ${p} at ${p}`,
    body: `Hi Sam,\n\nThank you for applying for the ${p} position at ${p}. We would like to invite you to an interview. ` +
      `Could you share your availability for a 30-minute call next week?\n\nBest regards,\n${p}\nTalent Acquisition, ${p}`,
  };
}

describe('payloads through detection', () => {
  for (const [name, p] of ALL) {
    it(`${name}: the detection is well-formed and passes the message schema`, () => {
      const d = detectInvitation(invitationEmail(p));
      expect(parseMessage(DetectionSchema, d), JSON.stringify(d).slice(0, 300)).not.toBeNull();
      for (const s of d.signals) assertSafeText(s, { allowNewlines: false });
    });
  }
  it('still recognises the invitation around the payloads (a hostile name does not hide it)', () => {
    const recognised = ALL.filter(([, p]) => detectInvitation(invitationEmail(p)).invite).length;
    expect(recognised).toBeGreaterThanOrEqual(ALL.length - 2);
  });
});

describe('payloads through extraction', () => {
  for (const [name, p] of ALL) {
    it(`${name}: the extraction passes the message schema and carries no control or bidi-override characters`, () => {
      const x = extractInvitation(invitationEmail(p));
      expect(parseMessage(ExtractionSchema, x), JSON.stringify(x).slice(0, 300)).not.toBeNull();
      // Zero-width characters may remain here (the composer removes them); overrides that reorder
      // what the popup shows may not.
      for (const f of [x.company, x.role, x.contactFirstName, x.contactName]) expect(f ?? '').not.toMatch(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
    });
  }

  it('extracted values then composed stay text: markup in the mail never becomes markup in the draft', () => {
    for (const [, p] of ALL) {
      const x = extractInvitation(invitationEmail(p));
      const draft = composeDecline({ invitation: { ...x, lang: x.lang }, answers: { mentionReason: true, reasons: ['career-goals'] } });
      assertSafeHtml(draft.html);
      assertSafeText(draft.text, { allowNewlines: true });
    }
  });
});

describe('payloads through composing', () => {
  for (const [name, p] of ALL) {
    it(`${name}: in every field, the HTML has only <p>/<br> markup and the text is clean`, () => {
      for (const tone of TONES) {
        for (const lang of LANGS) {
          const draft = composeDecline({
            invitation: { company: p, role: p, contactFirstName: p, contactName: p, subject: `Re: ${p}`, messageId: p, lang },
            answers: { tone, lang, reasons: ['other'], customReason: p, mentionReason: true, specificArea: p, keepDoorOpen: true, offerReferral: true },
            settings: { fullName: p, contactInfo: `${p}\n${p}` },
          });
          expect(parseMessage(DraftSchema, draft)).not.toBeNull();
          assertSafeHtml(draft.html);
          assertSafeText(draft.text, { allowNewlines: true });
          assertSafeText(draft.subject, { allowNewlines: false });
          expect(draft.text).not.toMatch(/\{\{|\}\}|\bundefined\b|\bnull\b/);
        }
      }
    });
  }

  it('a company named like markup shows as those characters, escaped in the HTML', () => {
    const company = '<img src=x onerror=alert(1)>';
    const draft = composeDecline({ invitation: { company, role: 'Data Engineer', contactFirstName: 'Jane', lang: 'en' }, answers: { tone: 'warm' } });
    expect(draft.text).toContain(company);
    expect(draft.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(draft.html).not.toContain('<img');
  });

  it('the user\'s own words are escaped too (custom reason, admired area, signature)', () => {
    const draft = composeDecline({
      invitation: { company: 'Acme', lang: 'en' },
      answers: { tone: 'warm', mentionReason: true, reasons: ['other'], customReason: 'I prefer <b>remote</b> work & flexible hours', specificArea: 'your "open" <i>culture</i>' },
      settings: { fullName: 'Sam <Lee>', contactInfo: '<a href="javascript:alert(1)">me</a>' },
    });
    assertSafeHtml(draft.html);
    expect(draft.html).toContain('Sam &lt;Lee&gt;');
    expect(draft.html).toContain('&lt;a href=&quot;javascript:alert(1)&quot;&gt;me&lt;/a&gt;');
  });

  it('bidi overrides and zero-width characters never reach the draft (they could disguise it)', () => {
    const draft = composeDecline({ invitation: { company: payloads.rtlOverride, contactFirstName: payloads.zeroWidth, lang: 'en' }, answers: {} });
    expect(draft.text).toContain('Acme');
    expect(draft.text).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/);
  });

  it('a 5,000-character word is capped, not pasted whole into the reply', () => {
    const draft = composeDecline({ invitation: { company: payloads.longWord, role: payloads.longWord, lang: 'en' }, answers: { specificArea: payloads.longWord } });
    expect(draft.text.length).toBeLessThan(3_000);
  });
});
