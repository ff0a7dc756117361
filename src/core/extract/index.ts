// Public entry: who invites, for what, where to reply. Fields it cannot find are null, never guessed.
import { dateTimesOf } from '../text/datetime';
import { schedulingLinks } from '../text/links';
import { type PreparedEmail, prepareEmail } from '../text/prepare';
import type { EmailInput, Extraction } from '../types';
import { findCompany } from './company';
import { findContact } from './contact';
import { findRole } from './role';
import { proposedTimes } from './times';

export function extractInvitation(email: EmailInput): Extraction {
  try {
    // A copy: the memoised result stays as computed whatever the caller does with its own.
    return { ...extractPrepared(prepareEmail(email)) };
  } catch {
    return {
      company: null,
      role: null,
      contactFirstName: null,
      contactName: null,
      schedulingLinks: [],
      proposedTimes: [],
      lang: 'other',
    };
  }
}

const CONTROL = /\s*[\u0000-\u001f\u007f]+\s*/g;

/**
 * A field as the popup shows it: a tab or line break the finders kept ("A<tab>Corp" from a
 * one-line signature) becomes one space; nothing left is no answer (null).
 */
function oneLine(field: string | null): string | null {
  if (field === null) return null;
  // A code test first: almost every field has no control character, and the pattern is not needed.
  let clean = true;
  for (let i = 0; i < field.length && clean; i++) clean = field.charCodeAt(i) >= 32 && field.charCodeAt(i) !== 127;
  if (clean) return field;
  const line = field.replace(CONTROL, ' ').trim();
  return line || null;
}

/** The extraction of a prepared mail, computed once: the detector reads the role too. */
export function extractPrepared(p: PreparedEmail): Extraction {
  const hit = p.memo.get('extraction') as Extraction | undefined;
  if (hit) return hit;
  const contact = findContact(p);
  const { company } = findCompany(p, contact.fullName);
  const result: Extraction = {
      company: oneLine(company),
      role: oneLine(findRole(p, company)),
      contactFirstName: oneLine(contact.firstName),
      contactName: oneLine(contact.fullName),
      schedulingLinks: schedulingLinks(p.text).slice(0, 5),
      proposedTimes: proposedTimes(p.text, 8, p.folded, dateTimesOf(p)),
      lang: p.lang,
  };
  p.memo.set('extraction', result);
  return result;
}
