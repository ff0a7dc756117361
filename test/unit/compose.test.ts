// The composer's behaviour a user would notice: defaults, subject, names, missing fields,
// hostile values, the user's own words, determinism, and never failing.
import { describe, expect, it } from 'vitest';
import { composeDecline, composeParts, resolveAnswers, validateAnswers } from '../../src/core/compose';
import { joinClauses, lowerFirstIfSafe } from '../../src/core/compose/grammar';
import { checkTone } from '../../src/core/tone';
import type { InvitationContext } from '../../src/core/types';

const INV: InvitationContext = {
  company: 'Acme Analytics',
  role: 'Data Engineer',
  contactFirstName: 'Maria',
  contactName: 'Maria Lopez',
  lang: 'en',
  messageId: '<abc@mail>',
};

describe('resolveAnswers', () => {
  it('fills every default', () => {
    expect(resolveAnswers(undefined)).toEqual({
      reasons: [],
      customReason: '',
      mentionReason: false,
      keepDoorOpen: true,
      offerReferral: false,
      specificArea: '',
      tone: 'warm',
      lang: 'en',
    });
  });
  it("answers in the invitation's language, else English", () => {
    expect(resolveAnswers({}, 'de').lang).toBe('de');
    expect(resolveAnswers({}, 'other').lang).toBe('en');
    expect(resolveAnswers({}, 'it').lang).toBe('en');
    expect(resolveAnswers({ lang: 'pt' }, 'de').lang).toBe('pt');
  });
  it('drops unknown reasons and tones instead of failing', () => {
    const a = resolveAnswers({ reasons: ['relocation', 'bogus', 'relocation'] as never, tone: 'angry' as never }, null);
    expect(a.reasons).toEqual(['relocation']);
    expect(a.tone).toBe('warm');
  });
  it('validateAnswers names what is wrong', () => {
    expect(validateAnswers({ reasons: ['nope'] })).toEqual({ error: expect.stringContaining('unknown reason id "nope"') });
    expect(validateAnswers({ tone: 'rude' })).toEqual({ error: expect.stringContaining('unknown tone') });
    expect(validateAnswers({ lang: 'it' })).toEqual({ error: expect.stringContaining('unknown language') });
    expect(validateAnswers({ keepDoorOpen: 'yes' })).toEqual({ error: expect.stringContaining('keepDoorOpen') });
    expect(validateAnswers({ tone: 'brief', reasons: ['other'] })).toEqual({ answers: { tone: 'brief', reasons: ['other'] } });
  });
});

describe('subject', () => {
  it('keeps the thread subject in a reply, without doubling the prefix', () => {
    const s = (subject: string) => composeDecline({ invitation: { ...INV, subject } }).subject;
    expect(s('Interview invitation')).toBe('Re: Interview invitation');
    expect(s('RE: Interview invitation')).toBe('RE: Interview invitation');
    expect(s('AW: Einladung zum Vorstellungsgespräch')).toBe('AW: Einladung zum Vorstellungsgespräch');
    expect(s('Réf : Entretien')).toBe('Réf : Entretien');
    expect(s('RES: Entrevista')).toBe('RES: Entrevista');
    expect(s('Enc: Entrevista')).toBe('Enc: Entrevista');
    expect(s('[External] Interview')).toBe('Re: [External] Interview');
  });
  it("a new message gets the language's thank-you subject", () => {
    const s = (lang: 'en' | 'de' | 'fr') => composeDecline({ invitation: { ...INV, subject: null }, answers: { lang } }).subject;
    expect(s('en')).toBe('Thank You for the Interview Opportunity');
    expect(s('de')).toBe('Vielen Dank für die Einladung zum Vorstellungsgespräch');
    expect(s('fr')).toBe("Merci pour l'opportunité d'entretien");
    expect(composeDecline({ invitation: { ...INV, subject: '   ' } }).subject).toBe('Thank You for the Interview Opportunity');
  });
});

describe('greeting', () => {
  const first = (inv: InvitationContext, tone: 'warm' | 'formal' | 'brief', lang: 'en' | 'de' | 'fr' | 'es' | 'pt' = 'en') =>
    composeDecline({ invitation: inv, answers: { tone, lang } }).text.split('\n')[0];
  it('uses the first name for warm and brief, the full name for formal', () => {
    expect(first(INV, 'warm')).toMatch(/^(Hi|Dear|Hello) Maria,$/);
    expect(first(INV, 'brief')).toMatch(/^(Hi|Hello) Maria,$/);
    expect(first(INV, 'formal')).toBe('Dear Maria Lopez,');
    expect(first({ ...INV, contactName: null }, 'formal')).toBe('Dear Maria,');
    expect(first({ ...INV, contactFirstName: null, contactName: 'Dr. Maria Lopez' }, 'brief')).toMatch(/^(Hi|Hello) Maria,$/);
    expect(first({ ...INV, contactFirstName: null, contactName: 'Dr. Maria Lopez' }, 'formal')).toBe('Dear Dr. Maria Lopez,');
  });
  it("greets the company's team, in the right language, when nobody is named", () => {
    const noName = { ...INV, contactFirstName: null, contactName: null };
    expect(first(noName, 'formal')).toBe('Dear Acme Analytics Hiring Team,');
    expect(first({ ...noName, company: null }, 'formal')).toBe('Dear Hiring Team,');
    expect(first(noName, 'formal', 'de')).toBe('Sehr geehrtes Team von Acme Analytics,');
    expect(first(noName, 'formal', 'es')).toBe('Estimado equipo de selección de Acme Analytics:');
    expect(first(noName, 'formal', 'fr')).toBe("Bonjour à l'équipe de recrutement d'Acme Analytics,");
    expect(first({ ...noName, company: 'Globex' }, 'formal', 'fr')).toBe("Bonjour à l'équipe de recrutement de Globex,");
    expect(first({ ...noName, company: null }, 'formal', 'fr')).toBe("Bonjour à l'équipe de recrutement,");
    expect(first(noName, 'formal', 'pt')).toBe('Prezada equipe de recrutamento da empresa Acme Analytics,');
  });
  it('never guesses a gender or a title', () => {
    for (const lang of ['de', 'fr', 'es', 'pt'] as const)
      for (const tone of ['warm', 'formal', 'brief'] as const) {
        const g = first(INV, tone, lang);
        expect(g).not.toMatch(/Herr|Frau|Madame|Monsieur|Señor|Señora|Estimad[oa] Maria|Prezad[oa] Maria|Querid|Liebe |Lieber|Chère|Cher /);
        expect(g).toContain('Maria');
      }
  });
  it('German letters go on in lower case after the greeting', () => {
    const text = composeDecline({ invitation: INV, answers: { lang: 'de' } }).text;
    expect(text.split('\n\n')[1]).toMatch(/^[a-zäöü]/);
  });
});

describe('missing and hostile values', () => {
  it('writes around a missing role, company and contact', () => {
    const d = composeDecline({ invitation: {}, answers: { offerReferral: true } });
    expect(d.text).toMatch(/the role/);
    expect(d.text.split('\n')[0]).toMatch(/^(Dear|Hello) Hiring Team,$/);
    expect(d.text).not.toMatch(/\[|\]|\{|\}|undefined|null|NaN/);
    expect(d.findings).toEqual([]);
  });
  it('shows markup from the mail as text in the HTML', () => {
    const d = composeDecline({ invitation: { ...INV, company: '<img src=x onerror=alert(1)>', contactFirstName: '<b>Eve</b>' } });
    expect(d.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(d.html).toContain('&lt;b&gt;Eve&lt;/b&gt;');
    expect(d.html.replace(/<\/?p>|<br>/g, '')).not.toMatch(/[<>]/);
    expect(d.text).toContain('<img src=x onerror=alert(1)>');
  });
  it('never lets placeholder-looking values or leftovers through', () => {
    const d = composeDecline({
      invitation: { company: '[Company]', role: '{{role}}', contactFirstName: 'undefined', contactName: 'null', messageId: null },
    });
    expect(d.text).not.toMatch(/\[|\]|\{|\}|undefined|null/);
    expect(d.text.split('\n')[0]).not.toContain('undefined');
  });
  it('drops the legal gender qualifiers of job ads from the role', () => {
    for (const role of ['Data Engineer (m/w/d)', 'Data Engineer (f/m/x)', 'Data Engineer (H/F)', 'Data Engineer m/w/d'])
      expect(composeDecline({ invitation: { ...INV, role } }).text).toMatch(/Data Engineer role/);
  });
  it('elides French "de" before a vowel', () => {
    const text = composeDecline({ invitation: { ...INV, role: 'Analyste financier' }, answers: { lang: 'fr' } }).text;
    expect(text).toContain("poste d'Analyste financier");
  });
  it('removes control, bidi and zero-width characters and line breaks from values', () => {
    const d = composeDecline({ invitation: { ...INV, company: 'Ac\u202eme\u200b\nCorp\u0000' } });
    expect(d.text).toContain('Ac me Corp');
    expect(d.text).not.toMatch(/[\u0000\u200b\u202e]/);
  });
  it('never throws, whatever it is given', () => {
    const odd: unknown[] = [
      undefined,
      null,
      {},
      { invitation: null, answers: null, settings: null },
      { invitation: 42, answers: 'x', settings: [] },
      { invitation: { company: {}, role: [], contactFirstName: 5, lang: 'xx', subject: {}, messageId: 7 } },
      { invitation: INV, answers: { reasons: 'other', customReason: {}, tone: 'angry', lang: 'it', mentionReason: 'yes' } },
      { invitation: { company: 'x'.repeat(1_000_000), role: '\ud800'.repeat(1000) }, answers: { customReason: 'y '.repeat(500_000), reasons: ['other'], mentionReason: true } },
    ];
    for (const input of odd) {
      const d = composeDecline(input as never);
      expect(d.text.length).toBeGreaterThan(50);
      expect(d.text).not.toMatch(/undefined|\[object|NaN/);
    }
  });
});

describe("the user's own words", () => {
  const withCustom = (customReason: string, lang: 'en' | 'de' = 'en') =>
    composeParts({ invitation: INV, answers: { reasons: ['other'], customReason, mentionReason: true, lang } });
  it('uses the custom reason as written, on one line, inside the reason sentence', () => {
    const p = withCustom('My partner and I\nare staying in Lisbon.');
    const reason = p.parts.find((x) => x.slot === 'reason')!.text;
    expect(reason).toContain('my partner and I are staying in Lisbon');
    expect(reason.split(/(?<=\.)\s/)).toHaveLength(1);
  });
  it('leaves out a custom reason the tone check objects to, and says so', () => {
    const p = withCustom('Your culture seems toxic and the pay is a joke');
    const text = p.parts.map((x) => x.text).join(' ');
    expect(text).not.toMatch(/toxic|joke/);
    expect(p.parts.some((x) => x.slot === 'reason')).toBe(true);
    expect(p.omitted[0]?.field).toBe('customReason');
    expect(p.omitted[0]?.findings.map((f) => f.rule)).toContain('negative');
    const d = composeDecline({ invitation: INV, answers: { reasons: ['other'], customReason: 'NEVER contact me again', mentionReason: true } });
    expect(d.findings).toEqual([]);
  });
  it('keeps German capitals except for a sentence-opening "ich"', () => {
    expect(lowerFirstIfSafe('Ich ziehe nach Hamburg', 'de')).toBe('ich ziehe nach Hamburg');
    expect(lowerFirstIfSafe('Familie geht vor', 'de')).toBe('Familie geht vor');
    expect(lowerFirstIfSafe('Google made me an offer', 'en')).toBe('Google made me an offer');
    expect(lowerFirstIfSafe('My family is here', 'en')).toBe('my family is here');
  });
  it('joins reasons the way each language does', () => {
    expect(joinClauses(['a', 'b', 'c'], 'en')).toBe('a, b, and c');
    expect(joinClauses(['a', 'b'], 'de')).toBe('a und b');
    expect(joinClauses(['a', 'invierto en mí'], 'es')).toBe('a e invierto en mí');
  });
  it('compensation is never a number, culture never a criticism', () => {
    for (const lang of ['en', 'es', 'fr', 'de', 'pt'] as const) {
      const p = composeParts({ invitation: INV, answers: { lang, reasons: ['compensation', 'culture-fit'], mentionReason: true } });
      const reason = p.parts.find((x) => x.slot === 'reason')!.text;
      expect(reason).not.toMatch(/\d/);
      expect(checkTone(reason, lang, { whole: false })).toEqual([]);
    }
  });
  it('keeps a brief draft under 80 words even with long values', () => {
    const long = 'very '.repeat(40).trim();
    for (const lang of ['en', 'es', 'fr', 'de', 'pt'] as const) {
      const d = composeDecline({
        invitation: { ...INV, role: `Principal ${long} Engineer`, company: `The ${long} Company` },
        answers: { lang, tone: 'brief', reasons: ['career-goals', 'culture-fit', 'compensation', 'content-current-role', 'relocation', 'other'], customReason: `I ${long} like it here`, specificArea: `your ${long} good work`, mentionReason: true, offerReferral: true },
        settings: { fullName: 'Sam', contactInfo: 'sam@example.com' },
      });
      const paragraphs = d.text.split('\n\n');
      const words = [...paragraphs.slice(0, -1), paragraphs.at(-1)!.split('\n')[0]].join(' ').split(/\s+/).length;
      expect(words, `${lang}: ${d.text}`).toBeLessThan(80);
    }
  });
});

describe('output', () => {
  it('is the same for the same invitation and differs between invitations', () => {
    const a = composeDecline({ invitation: INV, answers: { mentionReason: true, reasons: ['relocation'] } });
    const b = composeDecline({ invitation: INV, answers: { mentionReason: true, reasons: ['relocation'] } });
    expect(a).toEqual(b);
    const texts = new Set(Array.from({ length: 30 }, (_, i) => composeDecline({ invitation: { ...INV, messageId: `id-${i}` } }).text));
    expect(texts.size).toBeGreaterThan(10);
  });
  it('without a message id, phrasing still depends only on the invitation', () => {
    const inv = { ...INV, messageId: null };
    expect(composeDecline({ invitation: inv }).text).toBe(composeDecline({ invitation: { ...inv } }).text);
  });
  it('has blank lines between paragraphs, and HTML with only <p> and <br>', () => {
    const d = composeDecline({ invitation: INV, settings: { fullName: 'Sam Carter', contactInfo: 'sam@example.com\n+1 555 0100' } });
    expect(d.text).toMatch(/^[^\n]+,\n\n/);
    expect(d.text.endsWith('\nSam Carter\nsam@example.com\n+1 555 0100')).toBe(true);
    expect(d.html.match(/<[^>]+>/g)!.every((t) => ['<p>', '</p>', '<br>'].includes(t))).toBe(true);
    expect(d.html).toContain('Sam Carter<br>sam@example.com<br>+1 555 0100</p>');
  });
  it('ends cleanly on the sign-off when there is no signature', () => {
    const d = composeDecline({ invitation: INV, settings: { fullName: '  ', contactInfo: '' } });
    expect(d.text.split('\n').at(-1)).toMatch(/^(Warm regards|All the best|Best wishes),$/);
  });
  it('lists its parts in the order of a good decline', () => {
    const p = composeParts({
      invitation: INV,
      answers: { mentionReason: true, reasons: ['career-goals'], specificArea: 'your data platform', offerReferral: true },
      settings: { fullName: 'Sam' },
    });
    expect(p.parts.map((x) => x.slot)).toEqual(['greeting', 'thanks', 'decline', 'reason', 'compliment', 'door', 'referral', 'closing', 'signoff', 'name']);
  });
});

describe('grammar a native reader would notice', () => {
  // Every phrasing of every slot is reached by varying the seed.
  const drafts = (lang: 'en' | 'es' | 'fr' | 'de' | 'pt', area: string) => {
    const out: string[] = [];
    for (const tone of ['warm', 'formal', 'brief'] as const)
      for (let i = 0; i < 40; i++)
        out.push(
          composeDecline({
            invitation: { ...INV, messageId: `seed-${i}` },
            answers: {
              lang,
              tone,
              reasons: ['culture-fit', 'content-current-role', 'relocation'],
              mentionReason: true,
              keepDoorOpen: true,
              offerReferral: true,
              specificArea: area,
            },
          }).text,
        );
    return out;
  };
  it('Portuguese contracts "por" + article, and the compliment never needs it', () => {
    for (const t of drafts('pt', 'os projetos de vocês em dados abertos')) expect(t).not.toMatch(/\bpor (o|a|os|as) /);
  });
  it('Spanish and Portuguese compliments agree with a plural area', () => {
    for (const t of drafts('es', 'sus proyectos de datos abiertos')) expect(t).not.toMatch(/ha impresionado sus/);
    for (const t of drafts('pt', 'os projetos de vocês')) expect(t).not.toMatch(/impressionou os/);
  });
  it('a list of reasons says "and" once', () => {
    const AND = { en: / and /g, es: / y /g, fr: / et /g, de: / und /g, pt: / e /g } as const;
    for (const lang of ['en', 'es', 'fr', 'de', 'pt'] as const)
      for (const t of drafts(lang, '')) {
        const reason = t.split(/(?<=[.:])\s+/).find((s) => /\b(Umzug|relocat|mudarme|cambiar de ciudad|déménager|mudar)/i.test(s));
        expect(reason?.match(AND[lang])?.length ?? 0, `${lang}: ${reason}`).toBeLessThanOrEqual(1);
      }
  });
});
