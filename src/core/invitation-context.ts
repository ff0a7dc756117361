// What the composer is told about the invitation, built the same way in the popup (for the preview)
// and in the worker (for the draft it inserts), so the same inputs give the same text.
import type { Extraction, InvitationContext, OpenMessage } from './types';

export interface InvitationOverrides {
  company: string | null;
  role: string | null;
  contactFirstName: string | null;
  contactName: string | null;
}

/** The parts of the tab's state the composer needs (a TabState fits). */
export interface DetectedInvitation {
  message: Pick<OpenMessage, 'subject' | 'messageId'>;
  extraction: Extraction;
}

export const NO_OVERRIDES: InvitationOverrides = { company: null, role: null, contactFirstName: null, contactName: null };

/** Blank or whitespace-only text counts as "not known". */
function clean(s: string | null | undefined): string | null {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** The fields as the popup shows them first: from the extraction, each editable. */
export function overridesFromExtraction(x: Extraction | null | undefined): InvitationOverrides {
  return {
    company: clean(x?.company),
    role: clean(x?.role),
    contactFirstName: clean(x?.contactFirstName),
    contactName: clean(x?.contactName),
  };
}

/**
 * The invitation context: the user's fields (the popup always sends all four, so an emptied field
 * means "leave it out"), the thread's subject (a reply keeps it), its message id as the seed, and the
 * language of the pasted or selected invitation, else of the open one.
 */
export function buildInvitation(
  source: DetectedInvitation | null,
  fields: InvitationOverrides,
  pasted?: { subject: string; extraction: Extraction } | null,
): InvitationContext {
  // Pasted or selected text is what the user points at, so its language wins.
  const lang = pasted?.extraction.lang ?? source?.extraction.lang ?? null;
  const subject = clean(source?.message.subject) ?? clean(pasted?.subject);
  return {
    company: clean(fields.company),
    role: clean(fields.role),
    contactFirstName: clean(fields.contactFirstName),
    contactName: clean(fields.contactName),
    lang,
    subject,
    messageId: source?.message.messageId ?? null,
  };
}
