// The options page's reminder settings and record of declines in real Chromium: each change is saved
// to storage.sync and the worker follows it (quiet hours hold a due reminder back; off means off);
// "Clear all" asks first and clears only the record; no axe violations.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { setStoredSettings, useHarness } from './harness';
import { axeViolations, screenshotPath } from './popup-helpers';

const h = useHarness();
const DAY = 24 * 3600_000;

/** Tall enough for the record of declines in the screenshot. */
const openOptions = () => h.openOptions({ viewport: { width: 1100, height: 1400 } });

async function storedReminders(): Promise<Record<string, unknown>> {
  return h.worker.evaluate(async () => (((await chrome.storage.sync.get('settings')) as any).settings ?? {}) as Record<string, unknown>);
}

/** Two invitations as the worker stores them: one pending for two days, one declined yesterday. */
async function seedInvitations(): Promise<void> {
  await h.worker.evaluate(async (day) => {
    const now = Date.now();
    const base = {
      site: 'gmail',
      threadId: null,
      contactName: 'Dana Reyes',
      contactEmail: 'dana@northwind.example',
      subject: 'Interview invitation',
      receivedAt: now - 2 * day,
      firstSeenAt: now - 2 * day,
      lastSeenAt: now - 2 * day,
      customReason: '',
      lastRemindedAt: null,
    };
    const entries = [
      { ...base, key: 'gmail:m:p1', messageId: 'p1', company: 'Northwind Labs', role: 'Data Engineer', url: 'https://mail.google.com/mail/u/0/#inbox/p1', status: 'pending', statusAt: now - 2 * day, declinedAt: null, reasons: [] },
      { ...base, key: 'gmail:m:d1', messageId: 'd1', company: 'Contoso', role: 'Analyst', url: 'https://mail.google.com/mail/u/0/#inbox/d1', status: 'declined', statusAt: now - day, declinedAt: now - day, reasons: ['compensation'] },
    ];
    await chrome.storage.local.set({ invitations: { version: 1, entries, notifications: {} } });
  }, DAY);
}

async function remindNow(): Promise<number> {
  await h.worker.evaluate(async () => {
    for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
    (chrome.alarms.onAlarm as any).dispatch({ name: 'graceful-decline-reminders', scheduledTime: Date.now() });
  });
  await new Promise((r) => setTimeout(r, 800));
  return h.worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()).length);
}

describe('reminder settings', () => {
  it('saves each change, and the worker follows them', async () => {
    await setStoredSettings(h, { ...DEFAULT_SETTINGS });
    await seedInvitations();
    const options = await openOptions();
    const section = options.getByTestId('reminder-settings');
    expect(await section.getByLabel('Remind me about unanswered invitations').isChecked()).toBe(true);
    expect(await section.getByLabel('Remind me when an invitation has waited').inputValue()).toBe('24');

    // Quiet hours around the current hour: the due reminder is held back.
    const hour = new Date().getHours();
    await section.getByLabel('From').selectOption(String(hour));
    await section.getByLabel('Until').selectOption(String((hour + 2) % 24));
    await expect.poll(async () => (await storedReminders()).reminders).toMatchObject({ quietStart: hour, quietEnd: (hour + 2) % 24 });
    expect(await remindNow()).toBe(0);

    // No quiet hours: it comes.
    await section.getByLabel('No reminders at night').uncheck();
    await expect.poll(async () => (await storedReminders()).reminders).toMatchObject({ quietStart: 0, quietEnd: 0 });
    expect(await remindNow()).toBe(1);

    // A longer wait than the invitation's age: nothing due (a fresh list, so "once a day" is not what stops it).
    await seedInvitations();
    await section.getByLabel('Remind me when an invitation has waited').selectOption('72');
    await expect.poll(async () => (await storedReminders()).reminders).toMatchObject({ afterHours: 72 });
    expect(await remindNow()).toBe(0);

    // Off is off.
    await section.getByLabel('Remind me when an invitation has waited').selectOption('24');
    await section.getByLabel('Remind me about unanswered invitations').uncheck();
    await expect.poll(async () => (await storedReminders()).reminders).toMatchObject({ enabled: false, afterHours: 24 });
    expect(await remindNow()).toBe(0);

    await section.getByLabel('Keep the list of invitations and declines for').selectOption('365');
    await section.getByLabel('Show the number of waiting invitations on the toolbar button').check();
    await expect.poll(storedReminders).toMatchObject({ retentionDays: 365, badgePendingCount: true });
    await expect.poll(() => h.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    await options.close();
  });
});

describe('record of declines', () => {
  it('lists the declines, and "Clear all" asks first and clears only the record', async () => {
    await seedInvitations();
    const options = await openOptions();
    const record = options.getByTestId('decline-record');
    await expect.poll(() => record.locator('tbody tr').count()).toBe(1);
    expect(await record.locator('tbody tr').textContent()).toMatch(/Contoso.*Analyst.*The compensation is below my expectations/);
    await options.screenshot({ path: screenshotPath('options-reminders-record.png'), fullPage: true });
    expect(await axeViolations(options)).toEqual([]);

    await record.getByRole('button', { name: 'Clear all…' }).click();
    const dialog = record.getByRole('alertdialog');
    await expect.poll(() => dialog.textContent()).toMatch(/Delete all 1 recorded decline\?/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await record.locator('tbody tr').count()).toBe(1);

    await record.getByRole('button', { name: 'Clear all…' }).click();
    await record.getByRole('button', { name: 'Delete the record' }).click();
    await expect.poll(() => record.getByTestId('record-empty').isVisible()).toBe(true);
    expect(await record.getByTestId('record-status').textContent()).toBe('Cleared 1 decline from the record.');
    const left = await h.worker.evaluate(async () => ((await chrome.storage.local.get('invitations')) as any).invitations.entries.map((e: { key: string }) => e.key));
    expect(left).toEqual(['gmail:m:p1']); // the pending invitation is still waiting
    await options.close();
  });
});
