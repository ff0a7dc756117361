// `npm run --silent classify` — JSON Lines in, one JSON line out per input:
//   in:  {"id", "from": {"name", "email"}, "subject", "body"}   (other keys ignored)
//   out: {"id", "invite", "score", "kind", "lang", "signals", "fields": {"company", "role", "contactFirstName"}}
// A line that is not JSON, or has no body, gets {"id": <id or null>, "error": "..."} and the tool goes on.
// Exit status 0 unless stdin cannot be read.
import { createInterface } from 'node:readline';
import { detectInvitation } from '../src/core/detect/index';
import { extractInvitation } from '../src/core/extract/index';
import type { EmailInput } from '../src/core/types';

export function classifyLine(line: string): string | null {
  if (!line.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return JSON.stringify({ id: null, error: `invalid JSON: ${(e as Error).message}` });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return JSON.stringify({ id: null, error: 'expected a JSON object' });
  }
  const row = value as Record<string, unknown>;
  const id = typeof row.id === 'string' || typeof row.id === 'number' ? row.id : null;
  if (typeof row.body !== 'string') {
    return JSON.stringify({ id, error: row.body === undefined ? 'missing "body"' : '"body" must be a string' });
  }
  const email: EmailInput = {
    from: row.from && typeof row.from === 'object' ? (row.from as EmailInput['from']) : null,
    subject: typeof row.subject === 'string' ? row.subject : '',
    body: row.body,
  };
  const d = detectInvitation(email);
  const x = extractInvitation(email);
  return JSON.stringify({
    id,
    invite: d.invite,
    score: d.score,
    kind: d.kind,
    lang: d.lang,
    signals: d.signals,
    fields: { company: x.company, role: x.role, contactFirstName: x.contactFirstName },
  });
}

async function main(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(`${out.join('\n')}\n`);
    out.length = 0;
  };
  try {
    for await (const line of rl) {
      const result = classifyLine(line);
      if (result !== null) out.push(result);
      if (out.length >= 256) flush();
    }
  } catch (e) {
    flush();
    console.error(`classify: cannot read stdin: ${(e as Error).message}`);
    process.exit(1);
  }
  flush();
}

await main();
