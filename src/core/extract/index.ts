// Public entry: who invites, for what, where to reply. Fields it cannot find are null, never guessed.
import { schedulingLinks } from '../text/links';
import { prepareEmail } from '../text/prepare';
import type { EmailInput, Extraction } from '../types';
import { findCompany } from './company';
import { findContact } from './contact';
import { findRole } from './role';
import { proposedTimes } from './times';

export function extractInvitation(email: EmailInput): Extraction {
  try {
    const p = prepareEmail(email);
    const contact = findContact(p);
    const { company } = findCompany(p, contact.fullName);
    return {
      company,
      role: findRole(p, company),
      contactFirstName: contact.firstName,
      contactName: contact.fullName,
      schedulingLinks: schedulingLinks(p.text).slice(0, 5),
      proposedTimes: proposedTimes(p.text, 8, p.folded),
      lang: p.lang,
    };
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
