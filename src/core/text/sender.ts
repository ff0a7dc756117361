// Reads the From header's address: an automated or applicant-tracking mailbox, and what its domain says.
// (Whether the display name is a person, and what the domain names, is the extractor's business:
// extract/sender-person.ts.)

const NO_REPLY_LOCAL = /(?:^|[-_.])(?:no-?reply|noreply|do-?not-?reply|nao-?responda|ne-?pas-?repondre|no-?responder|notifications?|alerts?|mailer|system|calendar)(?:$|[-_.])/;

export interface SenderInfo {
  /** Display name as given. */
  name: string;
  /** Address is an automated mailbox (no-reply, notifications). */
  noReply: boolean;
  /** Address is on an applicant-tracking or calendar system, not the employer's own domain. */
  viaSystem: boolean;
  /** Labels of the address's host, e.g. ["tessellate", "example"]. */
  hostLabels: string[];
}

export function readSender(fromName: string, fromEmail: string): SenderInfo {
  const at = fromEmail.lastIndexOf('@');
  const localPart = at > 0 ? fromEmail.slice(0, at) : '';
  const host = at > 0 ? fromEmail.slice(at + 1) : '';
  const labels = host.split('.').filter(Boolean);
  const viaSystem = /^(?:ats|mail|email|em|notifications?|calendar|jobs|careers|talent|hire|apply|recruiting)$/.test(
    labels[0] ?? '',
  ) && labels.length > 2;
  const noReply = NO_REPLY_LOCAL.test(localPart);
  return {
    name: fromName,
    noReply,
    viaSystem,
    hostLabels: labels,
  };
}
