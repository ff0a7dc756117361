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

/** The extraction of a prepared mail, computed once: the detector reads the role too. */
export function extractPrepared(p: PreparedEmail): Extraction {
  const hit = p.memo.get('extraction') as Extraction | undefined;
  if (hit) return hit;
  const contact = findContact(p);
  const { company } = findCompany(p, contact.fullName);
  const result: Extraction = {
      company,
      role: findRole(p, company),
      contactFirstName: contact.firstName,
      contactName: contact.fullName,
      schedulingLinks: schedulingLinks(p.text).slice(0, 5),
      proposedTimes: proposedTimes(p.text, 8, p.folded, dateTimesOf(p)),
      lang: p.lang,
  };
  p.memo.set('extraction', result);
  return result;
}
