// The toolbar popup, end to end in real Chromium on the Gmail and Outlook page imitations
// (test/fixtures/pages): it shows what was detected, pre-fills the answers, previews the reply, and
// "Insert reply" puts exactly that reply at the top of the reply box. Also: no detection, a tab it
// cannot reach, keyboard use, accessibility, layout, bundle size, screenshots.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GMAIL_BROKEN, GMAIL_PLAIN, GMAIL_THREAD, OUTLOOK_OFFICE, serveAll } from './content-helpers';
import { EXT_DIR, clearStoredSettings, useHarness } from './harness';
import {
  GMAIL_EDITOR, OUTLOOK_EDITOR, axeViolations, badgeText, clickInsert, previewLines, previewText, replyLines, screenshotPath, squash,
} from './popup-helpers';

const h = useHarness({ serve: [serveAll], clipboard: true, closePagesAfterEach: true });

async function insertAndCheck(popup: Page, page: Page, editor: string): Promise<void> {
  const expected = await previewLines(popup);
  await clickInsert(popup, /^Inserted into the reply/);
  const lines = await replyLines(page, editor);
  // The previewed reply, line for line, at the top of the reply box; the quoted history below it.
  expect(lines.slice(0, expected.length)).toEqual(expected);
  expect(lines.length).toBeGreaterThan(expected.length);
}

describe('toolbar popup on a Gmail invitation', () => {
  it('badges the tab, shows what was detected, and inserts the previewed reply with the defaults', async () => {
    await clearStoredSettings(h);
    const page = await h.open(GMAIL_THREAD);
    const tabId = await h.tabId(page);
    await expect.poll(() => badgeText(h, tabId), { timeout: 10_000 }).toBe('1');

    const popup = await h.openPopup(tabId);
    expect(await popup.getByLabel('Company', { exact: true }).inputValue()).toBe('Larkspur Health');
    expect(await popup.getByLabel('Role', { exact: true }).inputValue()).toContain('Senior Product Designer');
    expect(await popup.getByLabel('Greet them as', { exact: true }).inputValue()).toBe('Priya');
    expect(await popup.getByTestId('arrived').textContent()).toMatch(/arrived (.*ago|yesterday|just now)/);
    await popup.getByText('Why we think this is an invitation').click();
    expect(await popup.locator('.signals li').count()).toBeGreaterThan(0);
    expect(await popup.getByLabel('Keep the door open for future roles').isChecked()).toBe(true);

    const preview = await previewText(popup, 'Priya');
    expect(preview).toContain('Larkspur Health');
    expect(preview).not.toMatch(/\[|\{\{|undefined|null/);
    // No name in the options yet: the popup says so and links to them.
    await expect.poll(() => popup.getByTestId('unsigned-hint').count()).toBe(1);
    await insertAndCheck(popup, page, GMAIL_EDITOR);
    await popup.close();
    await page.close();
  });

  it('edits in the popup change the preview and the inserted reply alike', async () => {
    const page = await h.open(GMAIL_THREAD);
    const popup = await h.openPopup(await h.tabId(page));
    await popup.getByLabel('Company', { exact: true }).fill('Larkspur Health Group');
    await popup.getByLabel('Formal').check();
    await popup.getByLabel('Mention the reason in the reply').check();
    await popup.getByLabel("It would need a relocation I'm not ready for").check();
    await popup.getByLabel('Something you admire about them (optional)').fill('your patient-first approach to design');
    const preview = await previewText(popup, 'patient-first approach to design');
    expect(preview).toContain('Larkspur Health Group');
    expect(preview).toContain('Priya Raman'); // formal: full name
    await insertAndCheck(popup, page, GMAIL_EDITOR);
    await popup.close();
    await page.close();
  });

  it('shows tone findings with a suggestion for the user’s own words', async () => {
    const page = await h.open(GMAIL_THREAD);
    const popup = await h.openPopup(await h.tabId(page));
    await popup.getByLabel('Other').check();
    await popup.getByLabel('Your reason, in a few words').fill('your salary offer is a lowball and the culture is toxic');
    await expect.poll(() => popup.locator('#custom-reason ~ .findings li').count()).toBeGreaterThan(0);
    expect(await popup.locator('#custom-reason ~ .findings li').first().textContent()).toMatch(/\w+.*\w+/);
    await popup.close();
    await page.close();
  });

  it('works by keyboard alone, with visible focus, and fits 380 px without horizontal scrolling', async () => {
    const page = await h.open(GMAIL_THREAD);
    const popup = await h.openPopup(await h.tabId(page));
    const order: string[] = [];
    let insertFocus: { outline: string } | null = null;
    for (let i = 0; i < 40; i++) {
      await popup.keyboard.press('Tab');
      const info = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return null;
        const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
        return { name: (label ?? el.textContent ?? el.getAttribute('name') ?? '').trim(), outline: getComputedStyle(el).outlineStyle };
      });
      if (!info) continue;
      order.push(info.name);
      if (/Insert reply/.test(info.name)) {
        insertFocus = info;
        break;
      }
    }
    // The invitation's fields, then the questions, then the actions.
    const at = (re: RegExp) => order.findIndex((n) => re.test(n));
    expect(at(/^Company/)).toBeGreaterThanOrEqual(0);
    expect(at(/^Company/)).toBeLessThan(at(/doesn't fit my career/));
    expect(at(/Keep the door open/)).toBeLessThan(at(/Insert reply/));
    expect(insertFocus?.outline).toBe('solid');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('result').textContent(), { timeout: 15_000 }).toMatch(/^Inserted/);
    const width = await popup.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(width.scroll).toBeLessThanOrEqual(width.client);
    await popup.close();
    await page.close();
  });

  it('has no axe-core violations, in light and dark mode, and saves the README screenshots', async () => {
    const page = await h.open(GMAIL_THREAD);
    const popup = await h.openPopup(await h.tabId(page));
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: screenshotPath('popup.png') });
    await popup.getByTestId('preview').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: screenshotPath('popup-preview.png') });
    await popup.emulateMedia({ colorScheme: 'dark' });
    const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).not.toBe('rgb(255, 255, 255)');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.evaluate(() => window.scrollTo(0, 0));
    await popup.screenshot({ path: screenshotPath('popup-dark.png') });
    await popup.close();
    await page.close();
  });
});

describe('after a browser restart', () => {
  it('the popup still finds the open invitation (storage.session is empty: the page is asked again)', async () => {
    const page = await h.open(GMAIL_THREAD);
    const tabId = await h.tabId(page);
    await expect.poll(() => badgeText(h, tabId), { timeout: 10_000 }).toBe('1');
    await h.worker.evaluate(() => chrome.storage.session.clear());
    const popup = await h.openPopup(tabId);
    expect(await popup.getByLabel('Company', { exact: true }).inputValue()).toBe('Larkspur Health');
    await popup.close();
    await page.close();
  });
});

describe('toolbar badge', () => {
  it('goes away, with the tab’s state, when the tab shows something else', async () => {
    const page = await h.open(GMAIL_THREAD);
    const tabId = await h.tabId(page);
    await expect.poll(() => badgeText(h, tabId), { timeout: 10_000 }).toBe('1');
    await page.goto('about:blank');
    await expect.poll(() => badgeText(h, tabId)).toBe('');
    await expect.poll(() => h.worker.evaluate(async (id) => Object.keys(await chrome.storage.session.get(`tab:${id}`)).length, tabId)).toBe(0);
    await page.close();
  });
});

describe('toolbar popup on Outlook', () => {
  it('inserts the previewed reply through Outlook’s editor', async () => {
    await clearStoredSettings(h);
    const page = await h.open(OUTLOOK_OFFICE);
    const tabId = await h.tabId(page);
    await expect.poll(() => badgeText(h, tabId), { timeout: 10_000 }).toBe('1');
    const popup = await h.openPopup(tabId);
    expect(await popup.getByLabel('Company', { exact: true }).inputValue()).toBe('Brightwave Analytics');
    expect(await previewText(popup, 'Marcus')).toContain('Brightwave Analytics');
    await insertAndCheck(popup, page, OUTLOOK_EDITOR);
    await popup.close();
    await page.close();
  });
});

describe('popup without a detected invitation', () => {
  it('offers to paste the invitation, fills the fields from it, and still inserts a reply', async () => {
    const page = await h.open(GMAIL_PLAIN);
    const tabId = await h.tabId(page);
    const popup = await h.openPopup(tabId);
    expect(await popup.getByRole('heading', { name: 'No invitation detected' }).isVisible()).toBe(true);
    expect(await badgeText(h, tabId)).toBe('');
    await popup
      .getByLabel('Paste the invitation (optional)')
      .fill('Hello Alex,\n\nWe would like to invite you to interview for the Product Manager role at Initech. Could you share a few times that work for you next week?\n\nKind regards,\nMarta Kowalski\nRecruiter, Initech');
    await expect.poll(() => popup.getByLabel('Company', { exact: true }).inputValue()).toBe('Initech');
    expect(await previewText(popup, 'Marta')).toContain('Initech');
    await insertAndCheck(popup, page, GMAIL_EDITOR);
    await popup.close();
    await page.close();
  });

  it('with nothing pasted, the defaults still make a complete reply', async () => {
    const page = await h.open(GMAIL_PLAIN);
    const popup = await h.openPopup(await h.tabId(page));
    const preview = await previewText(popup, 'Thank');
    // Fields come from the open email (the detector may have missed an invitation); emptied, the
    // reply greets the team instead.
    const greet = await popup.getByLabel('Greet them as', { exact: true }).inputValue();
    expect(preview).toMatch(new RegExp(`^(Hi|Dear|Hello) ${greet || '.*Hiring Team'},`));
    expect(preview).not.toMatch(/\[|\{\{|undefined|null/);
    for (const f of ['Company', 'Role', 'Person who invited you', 'Greet them as']) await popup.getByLabel(f, { exact: true }).fill('');
    expect(await previewText(popup, 'Hiring Team')).toMatch(/^(Dear|Hello|Hi) Hiring Team,/);
    await popup.close();
    await page.close();
  });

  it('on a tab the extension cannot reach, says why and copies the reply instead', async () => {
    const blank = await h.context.newPage();
    await blank.goto('about:blank');
    const tabId = await h.worker.evaluate(async () => (await chrome.tabs.query({ url: 'about:blank' }))[0]?.id ?? -1);
    const popup = await h.openPopup(tabId);
    await popup.getByLabel('Company', { exact: true }).fill('Acme');
    const preview = await previewText(popup, 'Acme');
    await clickInsert(popup, /^Not inserted: .*copied to the clipboard/);
    const clip = await popup.evaluate(() => navigator.clipboard.readText());
    expect(squash(clip)).toBe(preview);
    await popup.close();
    await blank.close();
  });
});

describe('when the reply box never opens', () => {
  it('the reply ends up on the clipboard and the popup says so and what to do', async () => {
    const page = await h.open(GMAIL_BROKEN);
    const popup = await h.openPopup(await h.tabId(page));
    const preview = await previewText(popup, 'Priya');
    // The page copies it when it can ('copied'); otherwise the popup does ('failed' + copy).
    const result = await clickInsert(
      popup,
      /^(Not inserted\. .+ copied to your clipboard: open the reply and paste it|Not inserted: .+ copied to the clipboard: click in your reply and paste it)/,
      30_000,
    );
    // Said once, not twice (the page's reason already carries the instruction).
    expect(result.match(/paste/gi)).toHaveLength(1);
    expect(squash(await popup.evaluate(() => navigator.clipboard.readText()))).toBe(preview);
    await popup.close();
    await page.close();
  }, 45_000);
});

describe('host access revoked (Firefox; Chrome’s “on click” site access)', () => {
  it('the popup says so and its button asks for access to the mail sites', async () => {
    const page = await h.open(GMAIL_THREAD);
    const tabId = await h.tabId(page);
    // Chromium will not let an extension drop its required hosts, so the popup's view of the
    // permissions API is replaced before its scripts run: access is "revoked" until requested.
    const popup = await h.openPopup(tabId, {
      beforeLoad: (tab) =>
        tab.addInitScript(() => {
          const w = window as unknown as { __requested?: unknown; __granted?: boolean };
          w.__granted = false;
          for (const api of [(globalThis as { chrome?: typeof chrome }).chrome, (globalThis as { browser?: typeof chrome }).browser]) {
            if (!api?.permissions) continue;
            Object.defineProperty(api.permissions, 'contains', { value: async () => w.__granted });
            Object.defineProperty(api.permissions, 'request', {
              value: async (p: unknown) => {
                w.__requested = p;
                w.__granted = true;
                return true;
              },
            });
          }
        }),
    });
    const alert = popup.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/no access to Gmail and Outlook/);
    await popup.getByRole('button', { name: 'Allow access to the mail sites' }).click();
    await expect.poll(() => popup.getByRole('alert').count()).toBe(0);
    const requested = await popup.evaluate(() => (window as unknown as { __requested?: { origins: string[] } }).__requested);
    expect(requested?.origins).toContain('https://mail.google.com/*');
    expect(requested?.origins).toContain('https://outlook.office.com/*');
    await popup.close();
    await page.close();
  });
});

describe('popup bundle', () => {
  it('stays under 80 KB minified', () => {
    const bytes = statSync(join(EXT_DIR, 'popup.js')).size;
    expect(bytes).toBeLessThan(80 * 1024);
  });
});
