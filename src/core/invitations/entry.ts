// One remembered interview invitation: what it is, where to find it again, and what became of it.
import type { ReasonId, SiteId } from '../types';

export const INVITATION_STATUSES = ['pending', 'declined', 'handled', 'dismissed'] as const;
/**
 * pending: not answered yet. declined: a decline was drafted (with date and reasons).
 * handled: answered some other way (e.g. accepted). dismissed: not an invitation; only hidden locally.
 */
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const SITES: readonly SiteId[] = ['gmail', 'outlook', 'generic'];

export interface InvitationEntry {
  /** site + message id (or thread id): the same message seen again maps to the same entry. */
  key: string;
  site: SiteId;
  messageId: string;
  threadId: string | null;
  company: string | null;
  role: string | null;
  /** The person who wrote, by name when known. */
  contactName: string | null;
  contactEmail: string;
  subject: string;
  /** The page that showed the message: the link back to it. */
  url: string;
  /** When the message arrived (ms since epoch), when the page shows it. */
  receivedAt: number | null;
  firstSeenAt: number;
  lastSeenAt: number;
  status: InvitationStatus;
  /** When the status last changed (or the entry was created). */
  statusAt: number;
  /** Set while status is 'declined'. */
  declinedAt: number | null;
  reasons: ReasonId[];
  customReason: string;
  /** The last reminder shown for it, if any. */
  lastRemindedAt: number | null;
}

/** What the worker learns when a detected invitation is opened (a subset of 'message-opened'). */
export interface SeenInvitation {
  site: SiteId;
  url: string;
  message: {
    from: { name: string; email: string };
    subject: string;
    messageId: string;
    threadId: string | null;
    receivedAt: string | null;
  };
  extraction: {
    company: string | null;
    role: string | null;
    contactName: string | null;
    contactFirstName: string | null;
  };
}

const clean = (s: string | null | undefined): string => (typeof s === 'string' ? s.trim() : '');

/**
 * The entry's identity. The message id names one message; the thread id is used when a page gives
 * no message id; as a last resort the sender and subject (so one email still maps to one entry).
 */
export function invitationKey(site: SiteId, messageId: string | null | undefined, threadId?: string | null, fallback?: string): string {
  const id = clean(messageId);
  if (id) return `${site}:m:${id}`;
  const thread = clean(threadId);
  if (thread) return `${site}:t:${thread}`;
  return `${site}:s:${clean(fallback).toLowerCase().replace(/\s+/g, ' ')}`;
}

/** The key of an open message, as a tab's state or a 'message-opened' report holds it. */
export function keyOfSeen(seen: Pick<SeenInvitation, 'site' | 'message'>): string {
  const m = seen.message;
  return invitationKey(seen.site, m.messageId, m.threadId, `${m.from.email}|${m.subject}`);
}

/** Parses an ISO date the page showed; null when absent or not a date (never throws). */
export function parseTime(iso: string | null | undefined): number | null {
  if (typeof iso !== 'string' || !iso.trim()) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
}

/** When the invitation arrived, as best known: the message date, else when it was first seen. */
export function arrivedAt(e: Pick<InvitationEntry, 'receivedAt' | 'firstSeenAt'>): number {
  return e.receivedAt ?? e.firstSeenAt;
}

/** A short human name for the invitation: "Northwind Labs — Data Engineer", else the subject. */
export function invitationTitle(e: Pick<InvitationEntry, 'company' | 'role' | 'subject' | 'contactName' | 'contactEmail'>): string {
  const parts = [e.company, e.role].map(clean).filter(Boolean);
  if (parts.length) return parts.join(' — ');
  return clean(e.subject) || clean(e.contactName) || clean(e.contactEmail) || 'Interview invitation';
}
