// The invitation list as pure functions over an array: record without duplicates, change status
// (with undo), prune old entries. Each returns a new array and never throws on odd input.
import type { ReasonId } from '../types';
import {
  type InvitationEntry,
  type InvitationStatus,
  INVITATION_STATUSES,
  type SeenInvitation,
  arrivedAt,
  keyOfSeen,
  parseTime,
} from './entry';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A hard cap besides the age limit, so a flood of odd messages cannot fill storage.local. */
export const MAX_ENTRIES = 2000;

const text = (s: string | null | undefined, max: number): string => (typeof s === 'string' ? s.trim().slice(0, max) : '');
const orNull = (s: string | null | undefined, max: number): string | null => text(s, max) || null;

/**
 * Remembers a detected invitation. Seeing the same message again updates when it was last seen and
 * fills details that were missing, but keeps its status and history: no duplicate, nothing lost.
 */
export function recordSeen(list: readonly InvitationEntry[], seen: SeenInvitation, now: number): { list: InvitationEntry[]; entry: InvitationEntry; created: boolean } {
  const key = keyOfSeen(seen);
  const m = seen.message;
  const x = seen.extraction;
  const received = parseTime(m.receivedAt);
  const fresh = {
    company: orNull(x.company, 300),
    role: orNull(x.role, 300),
    contactName: orNull(x.contactName, 300) ?? orNull(m.from.name, 300) ?? orNull(x.contactFirstName, 300),
    contactEmail: text(m.from.email, 300),
    subject: text(m.subject, 500),
    url: text(seen.url, 4000),
    // A date in the future (clock skew, a misread) counts as "now".
    receivedAt: received == null ? null : Math.min(received, now),
  };
  const i = list.findIndex((e) => e.key === key);
  const old = i >= 0 ? list[i] : undefined;
  if (old) {
    const entry: InvitationEntry = {
      ...old,
      company: old.company ?? fresh.company,
      role: old.role ?? fresh.role,
      contactName: old.contactName ?? fresh.contactName,
      contactEmail: old.contactEmail || fresh.contactEmail,
      subject: old.subject || fresh.subject,
      url: fresh.url || old.url,
      receivedAt: old.receivedAt ?? fresh.receivedAt,
      lastSeenAt: Math.max(old.lastSeenAt, now),
    };
    const next = list.slice();
    next[i] = entry;
    return { list: next, entry, created: false };
  }
  const entry: InvitationEntry = {
    key,
    site: seen.site,
    messageId: text(m.messageId, 500),
    threadId: orNull(m.threadId, 500),
    ...fresh,
    firstSeenAt: now,
    lastSeenAt: now,
    status: 'pending',
    statusAt: now,
    declinedAt: null,
    reasons: [],
    customReason: '',
    lastRemindedAt: null,
  };
  return { list: [...list, entry], entry, created: true };
}

export interface DeclineDetails {
  reasons?: readonly ReasonId[];
  customReason?: string;
}

export type StatusChange =
  | { ok: true; list: InvitationEntry[]; entry: InvitationEntry; previous: InvitationStatus }
  | { ok: false; list: InvitationEntry[]; error: string };

/**
 * Moves an invitation to a status. Any status may go back to 'pending' (undo); 'declined' records
 * the date and the reasons chosen, and leaving it clears them.
 */
export function setStatus(list: readonly InvitationEntry[], key: string, status: InvitationStatus, now: number, details: DeclineDetails = {}): StatusChange {
  if (!(INVITATION_STATUSES as readonly string[]).includes(status)) {
    return { ok: false, list: list.slice(), error: `unknown status "${String(status).slice(0, 40)}"` };
  }
  const i = list.findIndex((e) => e.key === key);
  const old = i >= 0 ? list[i] : undefined;
  if (!old) return { ok: false, list: list.slice(), error: 'This invitation is no longer in the list.' };
  const declined = status === 'declined';
  const entry: InvitationEntry = {
    ...old,
    status,
    statusAt: now,
    declinedAt: declined ? now : null,
    reasons: declined ? [...new Set(details.reasons ?? [])] : [],
    customReason: declined ? text(details.customReason, 1000) : '',
  };
  const next = list.slice();
  next[i] = entry;
  return { ok: true, list: next, entry, previous: old.status };
}

/** Notes that a reminder was shown for these invitations at `now`. */
export function markReminded(list: readonly InvitationEntry[], keys: readonly string[], now: number): InvitationEntry[] {
  const set = new Set(keys);
  return list.map((e) => (set.has(e.key) ? { ...e, lastRemindedAt: now } : e));
}

/** The latest moment anything happened to an entry: what its age for pruning is measured from. */
export function lastActivity(e: InvitationEntry): number {
  return Math.max(arrivedAt(e), e.firstSeenAt, e.lastSeenAt, e.statusAt);
}

/**
 * Drops entries with no activity for more than `retentionDays`, then the least recently active
 * beyond MAX_ENTRIES. Keeps the original order of what remains.
 */
export function prune(list: readonly InvitationEntry[], now: number, retentionDays: number): InvitationEntry[] {
  const days = Number.isFinite(retentionDays) && retentionDays > 0 ? retentionDays : 180;
  const cutoff = now - days * DAY_MS;
  const kept = list.filter((e) => lastActivity(e) >= cutoff);
  if (kept.length <= MAX_ENTRIES) return kept;
  const newest = new Set([...kept].sort((a, b) => lastActivity(b) - lastActivity(a)).slice(0, MAX_ENTRIES));
  return kept.filter((e) => newest.has(e));
}

/** Pending invitations, oldest first (by arrival). */
export function pendingOldestFirst(list: readonly InvitationEntry[]): InvitationEntry[] {
  return list.filter((e) => e.status === 'pending').sort((a, b) => arrivedAt(a) - arrivedAt(b) || a.key.localeCompare(b.key));
}

/** Declined invitations, most recent decline first: the record of declines. */
export function declinedNewestFirst(list: readonly InvitationEntry[]): InvitationEntry[] {
  return list.filter((e) => e.status === 'declined').sort((a, b) => (b.declinedAt ?? 0) - (a.declinedAt ?? 0) || a.key.localeCompare(b.key));
}

/** Removes every declined entry (the "clear the record" action); the rest stays. */
export function clearDeclined(list: readonly InvitationEntry[]): InvitationEntry[] {
  return list.filter((e) => e.status !== 'declined');
}
