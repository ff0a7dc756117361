// The options page in real Chromium: changes are saved to storage.sync, the sample reply follows
// them, the popup pre-fills from them and the context menu drafts with them; reset needs a
// confirmation; export/import round-trips and a bad file gets a clear error; no axe violations.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GMAIL_THREAD, serveAll } from './content-helpers';
import { clearStoredSettings, useHarness } from './harness';
import { axeViolations, badgeText, clickContextMenu, replyBoxText, screenshotPath } from './popup-helpers';

const h = useHarness({ serve: [serveAll], closePagesAfterEach: true });

/** The options page at the size of the README screenshot. */
const VIEWPORT = { width: 1100, height: 900 };
const openOptions = () => h.openOptions({ viewport: VIEWPORT });

async function stored(): Promise<Record<string, unknown>> {
  return h.worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>);
}

async function saved(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('save-status').getAttribute('data-kind'), { timeout: 5_000 }).toBe('saved');
}

describe('options page', () => {
  it('saves changes, updates the sample, and the popup and context menu follow them', async () => {
    await clearStoredSettings(h);
    const options = await openOptions();
    await options.getByLabel('Full name').fill('Morgan Lee');
    await options.getByLabel('Contact lines').fill('morgan.lee@example.com\n+1 555 0199');
    await options.getByLabel('Brief').check();
    await options.getByLabel("I'm content in my current role").check();
    await options.getByLabel('Mention the reason in the reply').check();
    await options.getByLabel('Offer to refer someone from my network').check();
    await saved(options);
    expect(await stored()).toMatchObject({
      fullName: 'Morgan Lee',
      contactInfo: 'morgan.lee@example.com\n+1 555 0199',
      defaultTone: 'brief',
      defaultReasons: ['content-current-role'],
      mentionReason: true,
      offerReferral: true,
    });
    const sample = (await options.getByTestId('sample').textContent()) ?? '';
    expect(sample).toContain('Morgan Lee');
    expect(sample).toContain('+1 555 0199');

    const page = await h.open(GMAIL_THREAD);
    const tabId = await h.tabId(page);
    await expect.poll(() => badgeText(h, tabId), { timeout: 10_000 }).toBe('1');
    const popup = await h.openPopup(tabId);
    expect(await popup.getByLabel('Brief').isChecked()).toBe(true);
    expect(await popup.getByLabel("I'm content in my current role").isChecked()).toBe(true);
    expect(await popup.getByLabel('Mention the reason in the reply').isChecked()).toBe(true);
    expect(await popup.getByLabel('Offer to refer someone from my network').isChecked()).toBe(true);
    expect(await popup.getByTestId('preview').textContent()).toContain('Morgan Lee');
    expect(await popup.getByTestId('unsigned-hint').count()).toBe(0);
    await popup.close();

    await clickContextMenu(h, tabId);
    await expect.poll(() => replyBoxText(page), { timeout: 15_000 }).toContain('Morgan Lee');
    expect(await replyBoxText(page)).toContain('morgan.lee@example.com');
    await page.close();

    await options.getByLabel('Language of the reply').selectOption('de');
    await saved(options);
    expect(await options.getByTestId('sample').textContent()).toMatch(/Vielen Dank|Danke|Sehr geehrte|Hallo/);
    await options.close();
  });

  it('resets to the defaults only after a confirmation', async () => {
    const options = await openOptions();
    await options.getByLabel('Full name').fill('Someone');
    await saved(options);
    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    await options.getByRole('button', { name: 'Cancel' }).click();
    expect(await options.getByLabel('Full name').inputValue()).toBe('Someone');
    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    await options.getByRole('button', { name: 'Reset', exact: true }).click();
    expect(await options.getByLabel('Full name').inputValue()).toBe('');
    await saved(options);
    expect(await stored()).toMatchObject({ fullName: '', defaultTone: 'warm', keepDoorOpen: true });
    await options.close();
  });

  it('exports the settings to a file and imports it back; a bad file is refused clearly', async () => {
    const options = await openOptions();
    await options.getByLabel('Full name').fill('Export Me');
    await options.getByLabel('Formal').check();
    await saved(options);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export settings' }).click()]);
    const file = await download.path();
    expect(download.suggestedFilename()).toBe('graceful-decline-settings.json');

    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    await options.getByRole('button', { name: 'Reset', exact: true }).click();
    await saved(options);

    await options.getByTestId('import-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('this is not json') });
    await expect.poll(() => options.getByTestId('backup-status').textContent()).toMatch(/not valid JSON/);
    expect((await stored()).fullName).toBe('');

    await options.getByTestId('import-file').setInputFiles(file);
    await expect.poll(() => options.getByLabel('Full name').inputValue()).toBe('Export Me');
    await saved(options);
    expect(await stored()).toMatchObject({ fullName: 'Export Me', defaultTone: 'formal' });
    await options.close();
  });

  it('a full sync storage gets a clear message, not a silent loss', async () => {
    // The real quota (100 KB, 8 KB per item) is not reachable by a settings page, so storage.sync is
    // made to refuse writes the way Chrome does when it is full.
    const page = await h.openOptions({
      viewport: VIEWPORT,
      beforeLoad: (p) =>
        p.addInitScript(() => {
          for (const api of [(globalThis as { chrome?: typeof chrome }).chrome, (globalThis as { browser?: typeof chrome }).browser]) {
            if (!api?.storage?.sync) continue;
            Object.defineProperty(api.storage.sync, 'set', {
              value: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
            });
          }
        }),
    });
    await page.getByLabel('Full name').fill('Too Much');
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-kind'), { timeout: 5_000 }).toBe('error');
    expect(await page.getByTestId('save-status').textContent()).toMatch(/not saved: the browser’s sync storage is full/);
    expect((await stored()).fullName).not.toBe('Too Much');
    await page.close();
  });

  it('has no axe-core violations and saves the README screenshot', async () => {
    await clearStoredSettings(h);
    await h.worker.evaluate(() => chrome.storage.local.clear()); // no declines recorded by earlier tests
    const options = await openOptions();
    await options.getByLabel('Full name').fill('Sam Rivera');
    await options.getByLabel('Contact lines').fill('sam.rivera@example.com\nlinkedin.com/in/samrivera');
    await saved(options);
    await options.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await options.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(options)).toEqual([]);
    await options.screenshot({ path: screenshotPath('options.png'), fullPage: true });
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });
});
