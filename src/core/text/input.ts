// Turns whatever the caller passed into plain, bounded strings. Never throws.
import type { EmailInput } from '../types';

/** Work is capped: a real invitation says what matters long before this. */
export const MAX_BODY_CHARS = 200_000;
export const MAX_SUBJECT_CHARS = 1_000;
export const MAX_NAME_CHARS = 300;

export interface CleanEmail {
  fromName: string;
  fromEmail: string;
  subject: string;
  body: string;
}

// Any character one of the replacements below would change: most mail has none, and one test
// is cheaper than three replacement passes over the body.
const UNCLEAN = /[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function str(v: unknown, max: number): string {
  if (typeof v !== 'string') return '';
  const s = v.length > max ? v.slice(0, max) : v;
  if (!UNCLEAN.test(s)) return s;
  // Control characters other than tab/newline are noise from binary junk or HTML leftovers. Bidi
  // controls (marks, embeddings, overrides, isolates) are dropped: an extracted name or company
  // carrying one would show reordered, i.e. disguised, in the popup.
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, ' ')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** The four fields as the caller passed them, each read once (getters may throw or vary). */
export type RawEmail = [fromName: unknown, fromEmail: unknown, subject: unknown, body: unknown];

export function readEmail(email: EmailInput | null | undefined): RawEmail {
  let from: unknown = null;
  let subject: unknown = '';
  let body: unknown = '';
  try {
    if (email && typeof email === 'object') {
      from = email.from;
      subject = email.subject;
      body = email.body;
    }
  } catch {
    // Getters on hostile objects: treat as empty.
  }
  let fromName: unknown = '';
  let fromEmail: unknown = '';
  try {
    if (from && typeof from === 'object') {
      fromName = (from as { name?: unknown }).name;
      fromEmail = (from as { email?: unknown }).email;
    }
  } catch {
    // ignore
  }
  return [fromName, fromEmail, subject, body];
}

export function cleanRaw([fromName, fromEmail, subject, body]: RawEmail): CleanEmail {
  return {
    fromName: str(fromName, MAX_NAME_CHARS).replace(/\s+/g, ' ').trim(),
    fromEmail: str(fromEmail, MAX_NAME_CHARS).trim().toLowerCase(),
    subject: str(subject, MAX_SUBJECT_CHARS).replace(/\s+/g, ' ').trim(),
    body: str(body, MAX_BODY_CHARS),
  };
}

export function cleanEmail(email: EmailInput | null | undefined): CleanEmail {
  return cleanRaw(readEmail(email));
}
