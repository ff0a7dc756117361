// `npm run --silent draft`: one JSON object on stdin,
//   {"email": {"from", "subject", "body"}, "answers": {...}, "settings": {"fullName", "contactInfo"}}
// -> extracts the invitation from the email, composes the decline, prints
//   {"subject", "text", "html", "lang", "findings"}.
// Bad input (unreadable JSON, unknown reason id / tone / language, wrong types) prints one line
// {"error": "..."} on stdout and exits with status 1.
import { composeDecline, validateAnswers } from '../src/core/compose';
import { extractInvitation } from '../src/core/extract';
import type { EmailInput, SignatureSettings } from '../src/core/types';

function fail(error: string): never {
  process.stdout.write(`${JSON.stringify({ error })}\n`);
  process.exit(1);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** `from` as {name, email} or as the usual "Name <address>" string. */
function readFrom(x: unknown): EmailInput['from'] {
  if (isRecord(x)) {
    return {
      name: typeof x.name === 'string' ? x.name : null,
      email: typeof x.email === 'string' ? x.email : null,
    };
  }
  if (typeof x === 'string') {
    const m = x.match(/^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/);
    return m ? { name: m[1] || null, email: m[2] ?? null } : { name: null, email: x.trim() || null };
  }
  return null;
}

function readSettings(x: unknown): SignatureSettings {
  if (x === undefined || x === null) return {};
  if (!isRecord(x)) fail('"settings" must be an object');
  const out: SignatureSettings = {};
  for (const k of ['fullName', 'contactInfo'] as const) {
    if (x[k] === undefined || x[k] === null) continue;
    if (typeof x[k] !== 'string') fail(`"settings.${k}" must be a string`);
    out[k] = x[k] as string;
  }
  return out;
}

async function main(): Promise<void> {
  let raw: string;
  try {
    raw = await readStdin();
  } catch (e) {
    fail(`could not read stdin: ${(e as Error).message}`);
  }
  let input: unknown;
  try {
    input = JSON.parse(raw);
  } catch (e) {
    fail(raw.trim() === '' ? 'no input: expected one JSON object on stdin' : `stdin is not valid JSON: ${(e as Error).message}`);
  }
  if (!isRecord(input)) fail('expected one JSON object on stdin');
  if (!isRecord(input.email)) fail('"email" must be an object with "from", "subject" and "body"');
  const email = input.email;
  for (const k of ['subject', 'body'] as const)
    if (email[k] !== undefined && email[k] !== null && typeof email[k] !== 'string') fail(`"email.${k}" must be a string`);

  const checked = validateAnswers(input.answers);
  if ('error' in checked) fail(checked.error);
  const settings = readSettings(input.settings);

  const mail: EmailInput = {
    from: readFrom(email.from),
    subject: typeof email.subject === 'string' ? email.subject : null,
    body: typeof email.body === 'string' ? email.body : '',
  };
  const extraction = extractInvitation(mail);
  const messageId = typeof email.messageId === 'string' ? email.messageId : typeof input.id === 'string' ? input.id : null;
  const draft = composeDecline({
    // The email's subject is the thread's: the decline is a reply and keeps it.
    invitation: { ...extraction, subject: mail.subject, messageId },
    answers: checked.answers,
    settings,
  });
  process.stdout.write(
    `${JSON.stringify({ subject: draft.subject, text: draft.text, html: draft.html, lang: draft.lang, findings: draft.findings })}\n`,
  );
}

await main();
