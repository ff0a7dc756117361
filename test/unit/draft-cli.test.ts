// `npm run --silent draft` end to end: JSON on stdin -> extracted invitation -> composed decline.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function draft(stdin: string): { status: number | null; out: Record<string, unknown>; lines: number } {
  const r = spawnSync(process.execPath, ['scripts/lib/run-ts.mjs', 'scripts/draft.ts'], { input: stdin, encoding: 'utf8', timeout: 60_000 });
  const lines = r.stdout.trim().split('\n');
  return { status: r.status, out: JSON.parse(lines[0] ?? 'null'), lines: lines.length };
}

const EMAIL = {
  from: { name: 'Julia Becker', email: 'julia.becker@nordwind-logistik.de' },
  subject: 'Einladung zum Vorstellungsgespräch – Data Analyst (m/w/d)',
  body:
    'Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Data Analyst (m/w/d) bei der Nordwind Logistik GmbH. ' +
    'Wir möchten Sie gerne zu einem Vorstellungsgespräch einladen. Passt Ihnen Dienstag, 14. Mai, um 10:00 Uhr?\n\n' +
    'Viele Grüße\nJulia Becker\nRecruiting, Nordwind Logistik GmbH',
};

describe('draft CLI', () => {
  it('drafts a reply in the language of the invitation that keeps the thread subject', () => {
    const { status, out, lines } = draft(
      JSON.stringify({
        email: EMAIL,
        answers: { reasons: ['relocation'], mentionReason: true, tone: 'formal' },
        settings: { fullName: 'Sam Carter', contactInfo: 'sam@example.com' },
      }),
    );
    expect(status).toBe(0);
    expect(lines).toBe(1);
    expect(Object.keys(out).sort()).toEqual(['findings', 'html', 'lang', 'subject', 'text']);
    expect(out.lang).toBe('de');
    expect(out.subject).toBe(`Re: ${EMAIL.subject}`);
    expect(out.text).toMatch(/^Guten Tag Julia( Becker)?,/);
    expect(out.text).toMatch(/Umzug/);
    expect(out.text).toMatch(/Sam Carter\nsam@example\.com$/);
    expect(out.html).toMatch(/^<p>Guten Tag/);
    expect(out.findings).toEqual([]);
  });

  it('works with defaults alone and with "Name <address>" senders', () => {
    const { status, out } = draft(JSON.stringify({ email: { ...EMAIL, from: 'Julia Becker <julia@nordwind.de>' }, answers: { lang: 'en' } }));
    expect(status).toBe(0);
    expect(out.lang).toBe('en');
    expect(out.text).toMatch(/Thank/);
  });

  it.each([
    ['unreadable JSON', '{"email": ', /not valid JSON/],
    ['no input', '', /no input/],
    ['an unknown reason id', JSON.stringify({ email: EMAIL, answers: { reasons: ['boredom'] } }), /unknown reason id "boredom"/],
    ['an unknown tone', JSON.stringify({ email: EMAIL, answers: { tone: 'sarcastic' } }), /unknown tone "sarcastic"/],
    ['an unknown language', JSON.stringify({ email: EMAIL, answers: { lang: 'it' } }), /unknown language "it"/],
    ['a missing email', JSON.stringify({ answers: {} }), /"email"/],
  ])('answers %s with a one-line JSON error and status 1', (_, stdin, message) => {
    const { status, out, lines } = draft(stdin);
    expect(status).toBe(1);
    expect(lines).toBe(1);
    expect(Object.keys(out)).toEqual(['error']);
    expect(out.error).toMatch(message);
  });
});
