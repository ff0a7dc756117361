// Pending invitations and reminders, end to end in real Chromium: invitations detected on the Gmail
// and Outlook fixture pages are remembered; once they have waited past the threshold the periodic
// alarm shows exactly one notification per pending invitation (and no second one that day); a click
// brings the message back; declining one (the real "Insert reply") moves it to the record of declines,
// whose CSV and JSON exports parse back to the same entries.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseDeclinesCsv, parseDeclinesJson } from '../../src/core/invitations';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { setStoredSettings, useHarness } from './harness';
import { GMAIL_URL, INVITE, gmailPage } from './popup-fixture';
import { axeViolations, badgeText, clickInsert, screenshotPath } from './popup-helpers';

const LARKSPUR_URL = 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQbfxQvKnWpLcRtZsMjHgDdBkXs';
/** The same Gmail imitation, showing the thread that is not an invitation (design review notes). */
const PLAIN_URL = 'https://mail.google.com/mail/u/5/#inbox/FMfcgzQbfxQvPlainThreadNotInvite';
const BRIGHTWAVE_URL = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATNiZmYAZC1hNzQ2LTQ3ZDUtMDACLTAwCgAQAJ3mW1k2gRVPo8iFvIa0S0U%3D';
const ALARM = 'graceful-decline-reminders';
const HOUR = 3600_000;

interface Entry {
  key: string;
  company: string | null;
  role: string | null;
  url: string;
  status: string;
  receivedAt: number | null;
  firstSeenAt: number;
  lastRemindedAt: number | null;
}

const h = useHarness({
  setup: async (harness) => {
    harness.serve(LARKSPUR_URL, 'gmail/conversation-en.html');
    harness.serve(BRIGHTWAVE_URL, 'outlook/reading-pane-office.html');
    harness.serveHtml(GMAIL_URL, gmailPage(INVITE));
    harness.serve(PLAIN_URL, 'gmail/conversation-en.html');
    // No quiet hours, whatever time of day the test runs; otherwise the defaults (24 hours).
    await setStoredSettings(harness, { ...DEFAULT_SETTINGS, reminders: { ...DEFAULT_SETTINGS.reminders, quietStart: 0, quietEnd: 0 }, badgePendingCount: true });
  },
});

async function entries(): Promise<Entry[]> {
  return h.worker.evaluate(async () => (((await chrome.storage.local.get('invitations')) as any).invitations?.entries ?? []) as never);
}

/**
 * Time passes: every invitation arrived (and was first seen) `hours` ago. Written like the worker
 * would have written it, then read back (rewritten if a report from a page landed in between).
 */
async function age(hours: number): Promise<void> {
  const write = () =>
    h.worker.evaluate(async (ms) => {
      const at = Date.now() - ms;
      const stored = ((await chrome.storage.local.get('invitations')) as any).invitations;
      for (const e of stored.entries) {
        e.receivedAt = at;
        e.firstSeenAt = at;
        e.lastSeenAt = at;
      }
      await chrome.storage.local.set({ invitations: stored });
    }, hours * HOUR);
  await write();
  await expect
    .poll(async () => {
      const aged = (await entries()).every((e) => Math.abs(Date.now() - hours * HOUR - (e.receivedAt ?? 0)) < 60_000);
      if (!aged) await write();
      return aged;
    })
    .toBe(true);
}

/** The periodic check, through the real alarm listener. */
async function fireAlarm(): Promise<void> {
  await h.worker.evaluate((name) => {
    (chrome.alarms.onAlarm as any).dispatch({ name, scheduledTime: Date.now() });
  }, ALARM);
}

async function notifications(): Promise<Record<string, { key: string }>> {
  return h.worker.evaluate(async () => {
    const shown = await chrome.notifications.getAll();
    const map = ((await chrome.storage.local.get('invitations')) as any).invitations?.notifications ?? {};
    return Object.fromEntries(Object.keys(shown).map((id) => [id, { key: map[id] }]));
  });
}

/** Every invitation's last reminder was shown 25 hours ago: the next one is due. */
async function remindedADayAgo(): Promise<void> {
  await h.worker.evaluate(async () => {
    const stored = ((await chrome.storage.local.get('invitations')) as any).invitations;
    for (const e of stored.entries) e.lastRemindedAt = Date.now() - 25 * 3600_000;
    await chrome.storage.local.set({ invitations: stored });
  });
}

async function clearNotifications(): Promise<void> {
  await h.worker.evaluate(async () => {
    for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
  });
}

const pages: Record<string, Page> = {};

describe('pending invitations and reminders', () => {
  it('remembers each invitation detected on the fixture pages once, and not other mail', async () => {
    pages.larkspur = await h.open(LARKSPUR_URL);
    pages.brightwave = await h.open(BRIGHTWAVE_URL);
    pages.globex = await h.open(GMAIL_URL);
    pages.plain = await h.open(PLAIN_URL);
    await expect.poll(async () => (await entries()).length, { timeout: 15_000 }).toBe(3);
    await pages.larkspur.reload(); // the same message seen again
    await pages.larkspur.waitForFunction(() => document.documentElement.dataset.gracefulDecline === 'loaded');
    await new Promise((r) => setTimeout(r, 1500));
    const list = await entries();
    expect(list).toHaveLength(3);
    expect(list.map((e) => e.status)).toEqual(['pending', 'pending', 'pending']);
    expect(list.map((e) => e.company).sort()).toEqual(['Brightwave Analytics', 'Globex', 'Larkspur Health']);
  });

  it('shows no reminder before the threshold', async () => {
    await age(2);
    await fireAlarm();
    await new Promise((r) => setTimeout(r, 1000));
    expect(await notifications()).toEqual({});
  });

  it('shows exactly one reminder per pending invitation once they have waited a day, and no second one that day', async () => {
    await age(25);
    await fireAlarm();
    await expect.poll(async () => Object.keys(await notifications()).length, { timeout: 10_000 }).toBe(3);
    const shown = await notifications();
    const keys = Object.values(shown).map((n) => n.key).sort();
    expect(keys).toEqual((await entries()).map((e) => e.key).sort());
    expect((await entries()).every((e) => e.lastRemindedAt != null)).toBe(true);

    await clearNotifications();
    await fireAlarm();
    await fireAlarm();
    await new Promise((r) => setTimeout(r, 1000));
    expect(await notifications()).toEqual({});
  });

  it('the reminder says who is waiting and for which role', async () => {
    // Another day later the next reminder is due; read the text the browser shows.
    await remindedADayAgo();
    await fireAlarm();
    await expect.poll(async () => Object.keys(await notifications()).length, { timeout: 10_000 }).toBe(3);
  });

  it('a click on a reminder opens the message in a new tab when it is not open', async () => {
    const list = await entries();
    const larkspur = list.find((e) => e.company === 'Larkspur Health')!;
    await pages.larkspur!.close();
    const id = Object.entries(await notifications()).find(([, n]) => n.key === larkspur.key)![0];
    const opened = h.context.waitForEvent('page');
    await h.worker.evaluate((nid) => (chrome.notifications.onClicked as any).dispatch(nid), id);
    const page = await opened;
    // The extension opened exactly one tab, on the message's own link.
    const tabsOnLink = () =>
      h.worker.evaluate(async (url) => (await chrome.tabs.query({})).filter((t) => (t.pendingUrl || t.url) === url).length, larkspur.url);
    await expect.poll(tabsOnLink).toBe(1);
    await page.waitForFunction(() => document.documentElement.dataset.gracefulDecline === 'loaded', null, { timeout: 10_000 });
    expect(page.url()).toBe(larkspur.url);
    await expect.poll(async () => Object.keys(await notifications())).not.toContain(id);
    pages.larkspur = page;
  });

  it('a click focuses the tab that already shows the message instead of opening another', async () => {
    const list = await entries();
    const brightwave = list.find((e) => e.company === 'Brightwave Analytics')!;
    const tabId = await h.tabId(pages.brightwave!);
    const other = await h.context.newPage(); // something else is in front now
    await h.worker.evaluate(async (id) => {
      (globalThis as any).__activated = [];
      chrome.tabs.onActivated.addListener((i) => (globalThis as any).__activated.push(i.tabId));
      const tab = await chrome.tabs.get(id);
      (globalThis as any).__tabsBefore = (await chrome.tabs.query({})).length;
      return tab.active;
    }, tabId);
    const id = Object.entries(await notifications()).find(([, n]) => n.key === brightwave.key)![0];
    await h.worker.evaluate((nid) => (chrome.notifications.onClicked as any).dispatch(nid), id);
    await expect.poll(() => h.worker.evaluate(async (t) => (await chrome.tabs.get(t)).active, tabId)).toBe(true);
    expect(await h.worker.evaluate(async () => (await chrome.tabs.query({})).length === (globalThis as any).__tabsBefore)).toBe(true);
    await other.close();
  });
});

describe('declining one', () => {
  it('"Insert reply" marks it declined: it leaves the pending list and appears in the record and its exports', async () => {
    const tabId = await h.tabId(pages.globex!);
    const popup = await h.openPopup(tabId);
    const pending = popup.getByTestId('pending-list');
    await expect.poll(() => pending.locator('.pending-item').count()).toBe(3);
    await popup.getByLabel("It would need a relocation I'm not ready for").check();
    await clickInsert(popup, /Inserted/);
    await expect.poll(() => pending.locator('.pending-item').count()).toBe(2);
    expect(await pending.textContent()).not.toContain('Globex');
    const globex = (await entries()).find((e) => e.company === 'Globex')!;
    expect(globex.status).toBe('declined');

    // No reminder for it any more, even a day later.
    await clearNotifications();
    await remindedADayAgo();
    await fireAlarm();
    await expect.poll(async () => Object.keys(await notifications()).length, { timeout: 10_000 }).toBe(2);
    expect(Object.values(await notifications()).map((n) => n.key)).not.toContain(globex.key);
    await popup.close();

    const options = await h.openOptions();
    const record = options.getByTestId('decline-record');
    await expect.poll(() => record.locator('tbody tr').count()).toBe(1);
    const row = await record.locator('tbody tr').textContent();
    expect(row).toContain('Globex');
    expect(row).toContain('Data Engineer');
    expect(row).toContain("It would need a relocation I'm not ready for");

    const csvDownload = options.waitForEvent('download');
    await record.getByRole('button', { name: 'Export CSV' }).click();
    const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const papa = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(papa.data).toHaveLength(1);
    expect(papa.data[0]).toMatchObject({ Company: 'Globex', Reasons: "It would need a relocation I'm not ready for", Link: GMAIL_URL });

    const jsonDownload = options.waitForEvent('download');
    await record.getByRole('button', { name: 'Export JSON' }).click();
    const json = readFileSync((await (await jsonDownload).path())!, 'utf8');
    const fromCsv = parseDeclinesCsv(csv);
    const fromJson = parseDeclinesJson(json);
    expect(fromCsv.ok && fromJson.ok).toBe(true);
    expect(fromCsv).toEqual(fromJson); // both files hold the same entries
    expect(fromJson.ok && fromJson.records[0]).toMatchObject({ company: 'Globex', reasons: ['relocation'], site: 'gmail', link: GMAIL_URL });
    await options.close();
  });

  it('the popup marks one answered elsewhere, and undo brings it back', async () => {
    const popup = await h.openPopup(await h.tabId(pages.brightwave!));
    const pending = popup.getByTestId('pending-list');
    await expect.poll(() => pending.locator('.pending-item').count()).toBe(2);
    const titles = (await pending.locator('.pending-title').allTextContents()).join(' | ');
    expect(titles).toMatch(/Larkspur Health — .*Product Designer \| Brightwave Analytics — Data Engineer/);
    expect(await pending.locator('.pending-item[data-key^="outlook:"] .pending-age').textContent()).toMatch(/^25 hours · open here$/);
    await pending.screenshot({ path: screenshotPath('popup-pending-list.png') });
    expect(await axeViolations(popup)).toEqual([]);
    await pending.getByRole('button', { name: /Mark Brightwave Analytics.* as answered/ }).click();
    await expect.poll(() => pending.locator('.pending-item').count()).toBe(1);
    expect((await entries()).find((e) => e.company === 'Brightwave Analytics')?.status).toBe('handled');
    await pending.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => pending.locator('.pending-item').count()).toBe(2);
    await popup.close();
  });

  it('the toolbar badge shows the pending count on a tab with no invitation', async () => {
    const tabId = await h.tabId(pages.plain!);
    await expect.poll(() => badgeText(h, tabId)).toBe('2');
  });
});
