// Reads the From header's address: an automated or applicant-tracking mailbox, and what its domain says.
// (Whether the display name is a person, and what the domain names, is the extractor's business:
// extract/sender-person.ts.)

const NO_REPLY_LOCAL = /(?:^|[-_.])(?:no-?reply|noreply|do-?not-?reply|nao-?responda|ne-?pas-?repondre|no-?responder|notifications?|alerts?|mailer|system|calendar)(?:$|[-_.])/;

export interface SenderInfo {
  /** Display name as given. */
  name: string;
  /** The address before "@", lower case ("papanunzios", "jane.doe"). */
  local: string;
  /** Address is an automated mailbox (no-reply, notifications). */
  noReply: boolean;
  /** Address is on an applicant-tracking or calendar system, not the employer's own domain. */
  viaSystem: boolean;
  /**
   * "Brambleton Veterinary Group via SlotKeeper" from slotkeeper.example: a tool relays for the named
   * sender from its own domain (which then names no employer). Not by itself job mail: house-sitting
   * sites relay the same way.
   */
  viaTool: boolean;
  /** Labels of the address's host, e.g. ["tessellate", "example"]. */
  hostLabels: string[];
  /** A personal mailbox at a mail provider (gmail, gmx, orange, "mail.example"): a person, not an organisation. */
  freeMail: boolean;
}

// Mail providers and the placeholder names that stand for them ("mailbox.example").
// (Word sets, not patterns: a host label is looked up, not searched.)
export const FREE_MAIL: ReadonlySet<string> = new Set(
  [
    'gmail googlemail yahoo ymail outlook hotmail live msn icloud me aol gmx web posteo proton protonmail tutanota mail',
    'mailbox email correo correio courriel post inbox uol bol terra ig sapo orange free laposte sfr wanadoo libero t-online',
    'freenet yandex zoho fastmail freemail',
  ]
    .join(' ')
    .split(' '),
);
// Sending systems' host names: "ats.example.com", "notifications.example.com".
const SYSTEM_HOST = new Set('ats em notification notifications calendar jobs careers talent hire apply recruiting'.split(' '));

/** The display name ends "via <Tool>" and the address is at the tool's own domain. */
function viaOwnDomain(fromName: string, labels: string[]): boolean {
  const at = fromName.lastIndexOf(' via ');
  if (at <= 0) return false;
  const tool = fromName.slice(at + 5).toLowerCase().replace(/[^a-z0-9]/g, '');
  return tool.length >= 3 && labels.some((l) => l.replace(/[^a-z0-9]/g, '') === tool);
}

export function readSender(fromName: string, fromEmail: string): SenderInfo {
  const at = fromEmail.lastIndexOf('@');
  const localPart = at > 0 ? fromEmail.slice(0, at) : '';
  const host = at > 0 ? fromEmail.slice(at + 1) : '';
  const labels = host.split('.').filter(Boolean);
  // "mail.example.net" is a provider's mailbox, not a sending system.
  const viaSystem = SYSTEM_HOST.has(labels[0] ?? '') && labels.length > 2;
  const noReply = NO_REPLY_LOCAL.test(localPart);
  return {
    name: fromName,
    local: localPart.toLowerCase(),
    noReply,
    viaSystem,
    viaTool: viaOwnDomain(fromName, labels),
    hostLabels: labels,
    // "gmail.com", "mailbox.example", "mail.example.net"; not "mail.company.com".
    freeMail: FREE_MAIL.has(labels[0] ?? '') && (labels.length === 2 || labels[1] === 'example'),
  };
}
