// Gentle reminders for unanswered invitations: a periodic alarm checks which pending invitations
// are due (core/invitations/reminders) and shows one notification each; a click brings the message
// back. Notification ids map to invitation keys in storage.local, so a click still finds its
// invitation after the worker slept.
import { type InvitationEntry, dueReminders, markReminded, reminderText } from '../core/invitations';
import browser from '../platform/browser';
import { loadSettings } from '../platform/settings-store';
import { forgetNotification, loadInvitations, updateInvitations } from './invitations';
import { openInvitation } from './open-invitation';

export const REMINDER_ALARM = 'graceful-decline-reminders';
export const REMINDER_PERIOD_MINUTES = 30;
const ID_PREFIX = 'gd-remind-';

/**
 * One notification id per invitation (a short hash of its key), so a later reminder replaces an
 * earlier one instead of piling up.
 */
export function notificationIdFor(key: string): string {
  let h = 5381;
  for (let i = 0; i < key.length; i++) h = ((h * 33) ^ key.charCodeAt(i)) >>> 0;
  return `${ID_PREFIX}${h.toString(36)}-${key.length.toString(36)}`;
}

/** Creates the periodic alarm unless it exists (alarms survive the worker sleeping, not always a restart). */
export async function ensureReminderAlarm(): Promise<void> {
  const existing = await browser.alarms.get(REMINDER_ALARM);
  if (!existing) browser.alarms.create(REMINDER_ALARM, { delayInMinutes: 1, periodInMinutes: REMINDER_PERIOD_MINUTES });
}

/**
 * Shows the reminders due at `now` and records them (in the same write, so two checks at once
 * cannot both remind). Returns the invitations reminded about.
 */
export async function runReminders(now: number = Date.now()): Promise<InvitationEntry[]> {
  const settings = await loadSettings();
  const due = await updateInvitations((s) => {
    const list = dueReminders(s.entries, now, settings.reminders);
    const ids = Object.fromEntries(list.map((e) => [notificationIdFor(e.key), e.key]));
    return {
      value: { ...s, entries: markReminded(s.entries, list.map((e) => e.key), now), notifications: { ...s.notifications, ...ids } },
      result: list,
    };
  });
  const icon = browser.runtime.getURL('icons/icon-128.png');
  for (const e of due) {
    const { title, message } = reminderText(e, now);
    try {
      await browser.notifications.create(notificationIdFor(e.key), { type: 'basic', iconUrl: icon, title, message });
    } catch (err) {
      console.warn('Graceful Decline: could not show a reminder', err instanceof Error ? err.message : err);
    }
  }
  return due;
}

/** A click on a reminder: open (or focus) that message and close the notification. */
export async function onReminderClicked(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(ID_PREFIX)) return;
  const key = (await loadInvitations()).notifications[notificationId];
  await browser.notifications.clear(notificationId).catch(() => undefined);
  await forgetNotification(notificationId);
  if (!key) return;
  const r = await openInvitation(key);
  if (!r.ok) console.warn(`Graceful Decline: ${r.error}`);
}

/** Registers the listeners; call synchronously at the worker's top level. */
export function registerReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void runReminders();
  });
  browser.notifications.onClicked.addListener((id) => void onReminderClicked(id));
  browser.notifications.onClosed.addListener((id, byUser) => {
    if (byUser && id.startsWith(ID_PREFIX)) void forgetNotification(id);
  });
  void ensureReminderAlarm();
}
