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

/** A character UNCLEAN matches. */
function isUnclean(c: number): boolean {
  if (c < 32) return c !== 9 && c !== 10;
  if (c < 127) return false;
  return c === 127 || c === 0xfffd || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/** Any character `\s` matches. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// What a short field (name, address, subject) needs, found in one character loop instead of a
// pattern test or two: 1, a character to clean; 2, white space other than single plain spaces.
const NEEDS_CLEANING = 1;
const NEEDS_SPACING = 2;

function needs(s: string): number {
  let out = 0;
  let prevSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isUnclean(c)) out |= NEEDS_CLEANING;
    const space = isSpace(c);
    if (space && (c !== 32 || prevSpace)) out |= NEEDS_SPACING;
    prevSpace = space;
  }
  return out;
}

// Control characters other than tab/newline are noise from binary junk or HTML leftovers. Bidi
// controls (marks, embeddings, overrides, isolates) are dropped: an extracted name or company
// carrying one would show reordered, i.e. disguised, in the popup.
function cleaned(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, ' ')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

function str(v: unknown, max: number): string {
  if (typeof v !== 'string') return '';
  const s = v.length > max ? v.slice(0, max) : v;
  return UNCLEAN.test(s) ? cleaned(s) : s;
}

/** A short field cleaned, with each run of white space made one space (`spaced`), trimmed. */
function field(v: unknown, max: number, spaced: boolean): string {
  if (typeof v !== 'string') return '';
  let s = v.length > max ? v.slice(0, max) : v;
  const need = needs(s);
  if (need & NEEDS_CLEANING) s = cleaned(s);
  // Cleaning may leave new runs of spaces: when it ran, the runs are joined as before.
  if (spaced && need !== 0) s = s.replace(/\s+/g, ' ');
  return s.trim();
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
    fromName: field(fromName, MAX_NAME_CHARS, true),
    fromEmail: field(fromEmail, MAX_NAME_CHARS, false).toLowerCase(),
    subject: field(subject, MAX_SUBJECT_CHARS, true),
    body: str(body, MAX_BODY_CHARS),
  };
}

export function cleanEmail(email: EmailInput | null | undefined): CleanEmail {
  return cleanRaw(readEmail(email));
}
