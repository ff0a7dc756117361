// The toolbar popup, end to end in real Chromium: on a Gmail invitation it shows what was detected,
// pre-fills the answers, previews the reply, and "Insert reply" puts exactly that reply in Gmail's
// reply box. Also: no detection, no content script, accessibility, layout, size, screenshots.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXT_DIR, type Harness, launch } from './harness';
import { GMAIL_PLAIN_URL, GMAIL_URL, INVITE, NEWSLETTER, gmailPage } from './popup-fixture';
import { axeViolations, badgeText, clearStoredSettings, popupReady, previewText, replyBoxText, screenshotPath, squash } from './popup-helpers';

let h: Harness;

beforeAll(async () => {
  h = await launch();
  h.serveHtml(GMAIL_URL, gmailPage(INVITE));
  h.serveHtml(GMAIL_PLAIN_URL, gmailPage(NEWSLETTER));
});
afterAll(() => h?.close());

describe('toolbar popup on a Gmail invitation', () => {
  it('badges the tab, shows what was detected, and inserts the previewed reply with the defaults', async () => {
    await clearStoredSettings(h);
    const page = await h.open(GMAIL_URL);
    const tabId = await h.tabId(page);
    await expect.poll(() => badgeText(h, tabId), { timeout: 10_000 }).toBe('1');

    const popup = await h.openPopup(tabId);
    await popupReady(popup);
    expect(await popup.getByLabel('Company', { exact: true }).inputValue()).toBe('Globex');
    expect(await popup.getByLabel('Role', { exact: true }).inputValue()).toContain('Data Engineer');
    expect(await popup.getByLabel('Greet them as', { exact: true }).inputValue()).toBe('Priya');
    expect(await popup.getByTestId('arrived').textContent()).toMatch(/arrived (.*ago|yesterday|just now)/);
    await popup.getByText('Why we think this is an invitation').click();
    expect(await popup.locator('.signals li').count()).toBeGreaterThan(0);
    expect(await popup.getByLabel('Keep the door open for future roles').isChecked()).toBe(true);

    const preview = squash((await popup.getByTestId('preview').textContent()) ?? '');
    expect(preview).toContain('Priya');
    expect(preview).toContain('Globex');

    await popup.getByRole('button', { name: /Insert/ }).click();
    await expect.poll(() => popup.getByTestId('result').textContent(), { timeout: 15_000 }).toMatch(/Inserted/);
    expect(squash(await replyBoxText(page))).toBe(preview);
    // The quoted history stays below the draft.
    expect(await page.locator('[g_editable="true"] .gmail_quote').count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('edits in the popup change the preview and the inserted reply alike', async () => {
    const page = await h.open(GMAIL_URL);
    const popup = await h.openPopup(await h.tabId(page));
    await popupReady(popup);
    await popup.getByLabel('Company', { exact: true }).fill('Globex Corporation');
    await popup.getByLabel('Formal').check();
    await popup.getByLabel('Mention the reason in the reply').check();
    await popup.getByLabel("It would need a relocation I'm not ready for").check();
    await popup.getByLabel('Something you admire about them (optional)').fill('your open-source work on data pipelines');
    const preview = await previewText(popup, 'open-source work on data pipelines');
    expect(preview).toContain('Globex Corporation');
    expect(preview).toContain('Priya Natarajan'); // formal: full name
    await popup.getByRole('button', { name: /Insert/ }).click();
    await expect.poll(() => popup.getByTestId('result').textContent(), { timeout: 15_000 }).toMatch(/Inserted/);
    expect(squash(await replyBoxText(page))).toBe(preview);
    await popup.close();
    await page.close();
  });

  it('shows tone findings with a suggestion for the user’s own words', async () => {
    const page = await h.open(GMAIL_URL);
    const popup = await h.openPopup(await h.tabId(page));
    await popupReady(popup);
    await popup.getByLabel('Other').check();
    await popup.getByLabel('Your reason, in a few words').fill('your salary offer is a lowball and the culture is toxic');
    await expect.poll(() => popup.locator('.findings li').count()).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('works by keyboard alone, with visible focus, and fits 380 px without horizontal scrolling', async () => {
    const page = await h.open(GMAIL_URL);
    const popup = await h.openPopup(await h.tabId(page));
    await popupReady(popup);
    const order: string[] = [];
    let insertFocus: { outline: string } | null = null;
    for (let i = 0; i < 40; i++) {
      await popup.keyboard.press('Tab');
      const info = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return null;
        const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
        return { name: (label ?? el.textContent ?? el.getAttribute('name') ?? '').trim(), tag: el.tagName, outline: getComputedStyle(el).outlineStyle };
      });
      if (!info) continue;
      order.push(info.name);
      if (/Insert reply/.test(info.name)) {
        insertFocus = info;
        break;
      }
    }
    // Fields of the invitation come before the questions, the questions before the actions.
    const at = (re: RegExp) => order.findIndex((n) => re.test(n));
    expect(at(/^Company/)).toBeGreaterThanOrEqual(0);
    expect(at(/^Company/)).toBeLessThan(at(/Why are you declining|doesn't fit my career/));
    expect(at(/Keep the door open/)).toBeLessThan(at(/Insert reply/));
    expect(insertFocus?.outline).toBe('solid');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('result').textContent(), { timeout: 15_000 }).toMatch(/Inserted/);
    const width = await popup.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(width.scroll).toBeLessThanOrEqual(width.client);
    await popup.close();
    await page.close();
  });

  it('has no axe-core violations, in light and dark mode, and saves the README screenshots', async () => {
    const page = await h.open(GMAIL_URL);
    const popup = await h.openPopup(await h.tabId(page));
    await popupReady(popup);
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: screenshotPath('popup.png') });
    await popup.emulateMedia({ colorScheme: 'dark' });
    const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).not.toBe('rgb(255, 255, 255)');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: screenshotPath('popup-dark.png') });
    await popup.close();
    await page.close();
  });
});

describe('popup without a detected invitation', () => {
  it('offers to paste the invitation, fills the fields from it, and still inserts a reply', async () => {
    const page = await h.open(GMAIL_PLAIN_URL);
    const tabId = await h.tabId(page);
    const popup = await h.openPopup(tabId);
    await popupReady(popup);
    expect(await popup.getByRole('heading', { name: 'No invitation detected' }).isVisible()).toBe(true);
    expect(await badgeText(h, tabId)).toBe('');
    await popup
      .getByLabel('Paste the invitation (optional)')
      .fill('Hello Sam,\n\nWe would like to invite you to interview for the Product Manager role at Initech. Could you share a few times that work for you next week?\n\nKind regards,\nMarta Kowalski\nRecruiter, Initech');
    await expect.poll(() => popup.getByLabel('Company', { exact: true }).inputValue()).toBe('Initech');
    const preview = await previewText(popup, 'Marta');
    expect(preview).toContain('Initech');
    await popup.getByRole('button', { name: /Insert/ }).click();
    await expect.poll(() => popup.getByTestId('result').textContent(), { timeout: 15_000 }).toMatch(/Inserted/);
    expect(squash(await replyBoxText(page))).toBe(preview);
    await popup.close();
    await page.close();
  });

  it('on a tab the extension cannot reach, says why and copies the reply instead', async () => {
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const blank = await h.context.newPage();
    await blank.goto('about:blank');
    const tabId = await h.worker.evaluate(async () => (await chrome.tabs.query({ url: 'about:blank' }))[0]?.id ?? -1);
    const popup = await h.openPopup(tabId);
    await popupReady(popup);
    await popup.getByLabel('Company', { exact: true }).fill('Acme');
    await popup.getByRole('button', { name: /Insert/ }).click();
    await expect.poll(() => popup.getByTestId('result').textContent(), { timeout: 15_000 }).toMatch(/Not inserted: .*clipboard/);
    const clip = await popup.evaluate(() => navigator.clipboard.readText());
    expect(squash(clip)).toBe(await previewText(popup, 'Acme'));
    await popup.close();
    await blank.close();
  });
});

describe('popup bundle', () => {
  it('stays under 80 KB minified', () => {
    const bytes = statSync(join(EXT_DIR, 'popup.js')).size;
    expect(bytes).toBeLessThan(80 * 1024);
  });
});
