// Upgrades in the built extension: settings and the invitation list written by older versions
// (test/fixtures/storage) are loaded into this build; the options page, the popup and the context
// menu use them without loss, and corrupt values fall back field by field with a logged warning.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsoleMessage, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GMAIL_THREAD, openMail, serveAll } from './content-helpers';
import { ROOT, useHarness } from './harness';
import { clickContextMenu, replyBoxText } from './popup-helpers';

const workerLog: string[] = [];
const h = useHarness({
  serve: [serveAll],
  clipboard: true,
  closePagesAfterEach: true,
  setup: (harness) => {
    harness.worker.on('console', (m: ConsoleMessage) => workerLog.push(`${m.type()}: ${m.text()}`));
  },
});

const fixture = (name: string) => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/storage', name), 'utf8')) as { stored: unknown };

async function store(area: 'sync' | 'local', key: string, value: unknown): Promise<void> {
  await h.worker.evaluate(
    async ({ area, key, value }) => {
      await chrome.storage[area].clear();
      if (value !== null) await chrome.storage[area].set({ [key]: value });
    },
    { area, key, value },
  );
}

/** The options page, with what it logs to the console from its first moment. */
async function openOptions(): Promise<Page & { log: string[] }> {
  const log: string[] = [];
  const page = await h.openOptions({ beforeLoad: (p) => p.on('console', (m) => log.push(m.text())) });
  return Object.assign(page, { log });
}

describe('settings from older versions, in the built extension', () => {
  it('version 1 (the flat pre-release shape) shows up in the options page, migrated, nothing lost', async () => {
    await store('sync', 'settings', fixture('settings-v1-flat.json').stored);
    const options = await openOptions();
    await expect.poll(() => options.getByLabel('Full name').inputValue()).toBe('Ana Lima');
    expect(await options.getByLabel('Contact lines').inputValue()).toBe('Data Engineer\n+55 11 5555-0100 · ana@example.com');
    expect(await options.getByRole('group', { name: 'Tone' }).getByLabel('Warm').isChecked()).toBe(true);
    const reasons = options.getByRole('group', { name: 'Usual reasons for declining' });
    expect(await reasons.getByLabel("The role doesn't fit my career goals").isChecked()).toBe(true);
    expect(await reasons.getByLabel("It would need a relocation I'm not ready for").isChecked()).toBe(true);
    expect(await options.getByLabel('Mention the reason in the reply').isChecked()).toBe(true);
    expect(await options.getByLabel('Keep the door open for future roles').isChecked()).toBe(false);
    expect(await options.getByLabel('Offer to refer someone from my network').isChecked()).toBe(true);
  });

  it('version 1 settings drive the context menu\'s draft (name, contact lines, reasons)', async () => {
    await store('sync', 'settings', fixture('settings-v1-flat.json').stored);
    const { page, tabId } = await openMail(h, GMAIL_THREAD);
    await clickContextMenu(h, tabId);
    await expect.poll(() => replyBoxText(page), { timeout: 15_000 }).toContain('Ana Lima');
    const text = await replyBoxText(page);
    expect(text).toContain('ana@example.com');
    expect(text).not.toMatch(/Ana Lima Data Engineer Ana Lima/); // the name is not repeated from the old signature
  });

  it('corrupt fields fall back to their defaults one by one; the good ones survive; warnings are logged', async () => {
    const logStart = workerLog.length;
    await store('sync', 'settings', fixture('settings-v1-corrupt.json').stored);
    const options = await openOptions();
    await expect.poll(() => options.getByLabel('Full name').inputValue()).toBe('Léa Martin');
    expect(await options.getByLabel('Contact lines').inputValue()).toBe('');
    expect(await options.getByRole('group', { name: 'Tone' }).getByLabel('Warm').isChecked()).toBe(true);
    expect(await options.getByLabel('Keep the door open for future roles').isChecked()).toBe(false);
    const logged = [...options.log, ...workerLog.slice(logStart)];
    expect(logged.some((l) => /defaultTone: invalid value replaced by the default/.test(l))).toBe(true);
  });

  it('a stored value that is not settings at all gives the defaults, and the popup still works', async () => {
    await store('sync', 'settings', 'garbage');
    const options = await openOptions();
    expect(await options.getByLabel('Full name').inputValue()).toBe('');
    const page = await h.open(GMAIL_THREAD);
    const popup = await h.openPopup(await h.tabId(page));
    expect(await popup.getByLabel('Keep the door open for future roles').isChecked()).toBe(true);
  });
});

describe('the invitation list from older versions, in the built extension', () => {
  it('a version-0 list (a bare array) shows its pending and declined invitations', async () => {
    await store('sync', 'settings', null);
    const stored = fixture('invitations-v0-array.json').stored as Record<string, unknown>[];
    // Recent times, so the retention period keeps them.
    const now = Date.now();
    const fresh = stored.map((e, i) => ({ ...e, receivedAt: now - 86_400_000 * (i + 2), firstSeenAt: now - 86_400_000 * (i + 2), lastSeenAt: now - 3_600_000, statusAt: now - 3_600_000, ...(e.status === 'declined' ? { declinedAt: now - 3_600_000 } : {}) }));
    await store('local', 'invitations', fresh);
    const options = await openOptions();
    const record = options.getByTestId('decline-record');
    await expect.poll(() => record.textContent(), { timeout: 5_000 }).toContain('Globex');
    const page = await h.open(GMAIL_THREAD);
    const popup = await h.openPopup(await h.tabId(page));
    await expect.poll(() => popup.getByTestId('pending-list').textContent(), { timeout: 5_000 }).toContain('Acme Analytics');
  });

  it('entries with missing or corrupt fields are kept, not dropped', async () => {
    const now = Date.now();
    const raw = fixture('invitations-v1-corrupt-fields.json').stored as { entries: Record<string, unknown>[] };
    const entries: Record<string, unknown>[] = raw.entries.map((e) => ({ ...e, firstSeenAt: now - 86_400_000 * 3, lastSeenAt: now - 3_600_000, statusAt: now - 3_600_000, receivedAt: now - 86_400_000 * 3 }));
    entries[1] = { ...entries[1], subject: 'Corrupt but kept: Platform Engineer' };
    await store('local', 'invitations', { ...raw, entries });
    const page = await h.open(GMAIL_THREAD);
    const popup = await h.openPopup(await h.tabId(page));
    const list = popup.getByTestId('pending-list');
    // The intact entry, the repaired one (shown by its subject: its company was corrupt), and the
    // invitation open in the tab.
    await expect.poll(() => list.locator('.pending-item').count(), { timeout: 5_000 }).toBe(3);
    expect(await list.locator('.pending-item[data-key="gmail:m:bad1"]').count()).toBe(1);
    expect(await list.locator('.pending-item[data-key="gmail:m:18c2f0a1b2"]').count()).toBe(1);
  });
});

describe('a full storage.sync quota, in the built extension', () => {
  it('the options page says the settings were not saved and why; what was saved before stays', async () => {
    await store('sync', 'settings', { version: 2, fullName: 'Saved Before' });
    // Fill the rest of storage.sync (100 KB in Chrome) with other data, as other synced data would.
    const filled = await h.worker.evaluate(async () => {
      let n = 0;
      // Big items first, then smaller ones, until not even 100 bytes more fit.
      for (const size of [8_000, 1_000, 100]) {
        for (let i = 0; i < 200; i++) {
          try {
            await chrome.storage.sync.set({ [`pad${n}`]: 'x'.repeat(size) });
            n++;
          } catch {
            break;
          }
        }
      }
      return n;
    });
    expect(filled).toBeGreaterThan(5);
    const options = await openOptions();
    await expect.poll(() => options.getByLabel('Full name').inputValue()).toBe('Saved Before');
    await options.getByLabel('Contact lines').fill('y'.repeat(900));
    const status = options.getByTestId('save-status');
    await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 10_000 }).toMatch(/not saved/i);
    expect(await status.textContent()).toMatch(/sync storage is full/i);
    expect(await status.getAttribute('data-kind')).toBe('error');
    // What the user typed is still in the field, so they can shorten it and try again.
    expect(await options.getByLabel('Contact lines').inputValue()).toBe('y'.repeat(900));
    const stored = await h.worker.evaluate(() => chrome.storage.sync.get('settings'));
    expect((stored as { settings: { fullName: string; contactInfo?: string } }).settings.fullName).toBe('Saved Before');
    await h.worker.evaluate(() => chrome.storage.sync.clear());
  });
});
