// The `npm run --silent classify` tool: one output line per input line, error lines for bad input,
// exit status 0.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function classify(input: string) {
  const r = spawnSync(process.execPath, ['scripts/lib/run-ts.mjs', 'scripts/classify.ts'], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: r.status, lines, stderr: r.stderr };
}

describe('classify CLI', () => {
  it('answers every line, with error lines for bad input, and exits 0', () => {
    const good = {
      id: 'a1',
      from: { name: 'Ann Lee', email: 'ann@northwind.example' },
      subject: 'Interview – Data Engineer',
      body: 'Hi Sam,\n\nWe would like to invite you to an interview for the Data Engineer role. Are you available Tuesday at 10:00?\n\nAnn Lee\nNorthwind',
      invite: 'ignored key',
    };
    const input = [
      JSON.stringify(good),
      'this is not json',
      JSON.stringify({ id: 'a2', subject: 'no body here' }),
      JSON.stringify({ id: 'a3', body: 12 }),
      '[1, 2, 3]',
      '',
      JSON.stringify({ id: 'a4', body: 'Hello there' }),
    ].join('\n');
    const { status, lines } = classify(input);
    expect(status).toBe(0);
    expect(lines).toHaveLength(6);
    const [ok, badJson, noBody, badBody, notObject, plain] = lines;
    expect(ok).toMatchObject({ id: 'a1', invite: true, kind: 'schedule', lang: 'en' });
    expect(ok?.fields).toEqual({ company: 'Northwind', role: 'Data Engineer', contactFirstName: 'Ann' });
    expect(Object.keys(ok ?? {})).toEqual(['id', 'invite', 'score', 'kind', 'lang', 'signals', 'fields']);
    expect(badJson).toMatchObject({ id: null });
    expect(String(badJson?.error)).toMatch(/invalid JSON/);
    expect(noBody).toEqual({ id: 'a2', error: 'missing "body"' });
    expect(badBody).toEqual({ id: 'a3', error: '"body" must be a string' });
    expect(notObject).toEqual({ id: null, error: 'expected a JSON object' });
    expect(plain).toMatchObject({ id: 'a4', invite: false, kind: 'none' });
  });

  it('handles 1,000 emails in a few seconds', () => {
    const one = JSON.stringify({ id: 'x', from: { name: 'A', email: 'a@b.example' }, subject: 'Interview', body: 'Could you do Tuesday at 10:00 for an interview for the Analyst role?' });
    const t0 = Date.now();
    const { status, lines } = classify(Array.from({ length: 1000 }, () => one).join('\n'));
    expect(status).toBe(0);
    expect(lines).toHaveLength(1000);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});
