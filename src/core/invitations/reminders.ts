// Which pending invitations deserve a gentle reminder now, and what it says. Pure: the caller
// passes the clock and the settings, so thresholds and quiet hours are tested with fake time.
import type { ReminderSettings } from '../settings';
import { type InvitationEntry, arrivedAt } from './entry';
import { pendingOldestFirst } from './list';

const HOUR_MS = 60 * 60 * 1000;
/** At most one reminder per invitation in any 24 hours. */
export const REMIND_GAP_MS = 24 * HOUR_MS;
/** At most this many notifications at once; the rest come at the next check. Gentle, not a flood. */
export const MAX_REMINDERS_PER_RUN = 10;

/**
 * True during the quiet hours (local time). quietStart..quietEnd may cross midnight (21 -> 8 means
 * 21:00 to 07:59); equal hours mean no quiet hours at all.
 */
export function isQuietHour(now: number, quietStart: number, quietEnd: number): boolean {
  const h = new Date(now).getHours();
  if (quietStart === quietEnd) return false;
  return quietStart < quietEnd ? h >= quietStart && h < quietEnd : h >= quietStart || h < quietEnd;
}

/** Pending invitations due for a reminder at `now`, oldest first (empty when off or quiet). */
export function dueReminders(list: readonly InvitationEntry[], now: number, s: ReminderSettings): InvitationEntry[] {
  if (!s.enabled || isQuietHour(now, s.quietStart, s.quietEnd)) return [];
  const threshold = Math.max(0, s.afterHours) * HOUR_MS;
  return pendingOldestFirst(list)
    .filter((e) => now - arrivedAt(e) >= threshold)
    .filter((e) => e.lastRemindedAt == null || now - e.lastRemindedAt >= REMIND_GAP_MS)
    .slice(0, MAX_REMINDERS_PER_RUN);
}

/** "3 hours", "2 days": how long an invitation has waited. */
export function ageText(ms: number): string {
  const hours = Math.floor(Math.max(0, ms) / HOUR_MS);
  if (hours < 1) return 'less than an hour';
  if (hours < 48) return hours === 1 ? '1 hour' : `${hours} hours`;
  const days = Math.floor(hours / 24);
  if (days < 14) return `${days} days`;
  const weeks = Math.floor(days / 7);
  return `${weeks} weeks`;
}

const clean = (s: string | null | undefined, max = 80): string => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** "the Data Engineer role", leaving alone a role that already says "role" or "position". */
function roleText(role: string): string {
  return /\b(role|position|job|opening)$/i.test(role) ? `the ${role}` : `the ${role} role`;
}

export interface ReminderText {
  title: string;
  message: string;
}

/** The notification: "You haven't answered Northwind Labs about the Data Engineer role — draft a polite decline?" */
export function reminderText(e: InvitationEntry, now: number): ReminderText {
  const company = clean(e.company);
  const role = clean(e.role);
  const who = company || clean(e.contactName) || clean(e.contactEmail);
  let message: string;
  if (who && role) message = `You haven't answered ${who} about ${roleText(role)}`;
  else if (who) message = `You haven't answered ${who} about their interview invitation`;
  else if (role) message = `You haven't answered the invitation for ${roleText(role)}`;
  else if (clean(e.subject)) message = `You haven't answered “${clean(e.subject)}”`;
  else message = "You haven't answered an interview invitation";
  return {
    title: `Waiting for your answer · ${ageText(now - arrivedAt(e))}`,
    message: `${message} — draft a polite decline?`,
  };
}
