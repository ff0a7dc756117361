// One pass over the raw email that detector and extractor share: clean, newest message, folding,
// signature, language, sender. Cached for the last input so detect + extract on one mail do it once.
import { guessLang } from '../lang/index';
import type { DetectedLang, EmailInput } from '../types';
import { type CleanEmail, cleanRaw, type RawEmail, readEmail } from './input';
import { fold } from './fold';
import { stripHtml } from './html';
import { newestMessage } from './newest';
import { readSender, type SenderInfo } from './sender';

export interface PreparedEmail {
  clean: CleanEmail;
  /** Subject without "Re:", "Fwd:", "AW:" prefixes. */
  subject: string;
  foldedSubject: string;
  isReply: boolean;
  /** Newest message, original text. */
  text: string;
  /** Newest message, accent- and case-folded. */
  folded: string;
  hadHistory: boolean;
  lang: DetectedLang;
  sender: SenderInfo;
  /** Results that detector and extractor both need, computed once per mail. */
  memo: Map<string, unknown>;
}

const SUBJECT_PREFIX = /^(?:(?:re|aw|sv|vs|rv|r|res|wg|fw|fwd|tr|enc|rif)\s*(?:\[\d+\])?\s*:\s*)+/i;

/** What SUBJECT_PREFIX needs: one of its first letters (either case) and a colon. */
function mayHavePrefix(subject: string): boolean {
  const c = subject.charCodeAt(0) | 32;
  // r a s v w f t e
  return (c === 114 || c === 97 || c === 115 || c === 118 || c === 119 || c === 102 || c === 116 || c === 101) && subject.includes(':');
}

let lastInput: RawEmail | null = null;
let lastKey: string[] | null = null;
let lastValue: PreparedEmail | null = null;

export function prepareEmail(email: EmailInput | null | undefined): PreparedEmail {
  // The very same field values as last time (detect, then extract on one mail): skip the cleaning.
  const input = readEmail(email);
  if (lastInput && lastValue && input.every((v, i) => v === lastInput?.[i])) return lastValue;
  const raw = cleanRaw(input);
  const key = [raw.fromName, raw.fromEmail, raw.subject, raw.body];
  if (lastKey && lastValue && key.every((k, i) => k === lastKey?.[i])) {
    lastInput = input;
    return lastValue;
  }
  const html = stripHtml(raw.body);
  const clean = html === raw.body ? raw : { ...raw, body: html };
  const subject = (mayHavePrefix(clean.subject) ? clean.subject.replace(SUBJECT_PREFIX, '') : clean.subject).trim();
  const newest = newestMessage(clean.body);
  const folded = fold(newest.text);
  const foldedSubject = fold(subject);
  const value: PreparedEmail = {
    clean,
    subject,
    foldedSubject,
    isReply: subject !== clean.subject,
    text: newest.text,
    folded,
    hadHistory: newest.hadHistory,
    lang: guessLang(foldedSubject, folded),
    sender: readSender(clean.fromName, clean.fromEmail),
    memo: new Map(),
  };
  lastInput = input;
  lastKey = key;
  lastValue = value;
  return value;
}
