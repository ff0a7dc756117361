// Right-click "Draft polite decline", dispatched through the real chrome.contextMenus.onClicked in
// the worker, on the Gmail and Outlook imitations: the item exists, a click drafts at once with the
// options' defaults into the reply box, a selection is treated as the invitation, and it still works
// when the worker's tab state is gone.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GMAIL_THREAD, OUTLOOK_OFFICE, serveAll } from './content-helpers';
import { type Harness, launch } from './harness';
import { FORWARDED, GMAIL_FORWARD_URL, gmailPage } from './popup-fixture';
import { OUTLOOK_EDITOR, badgeText, clearStoredSettings, replyBoxText, setStoredSettings } from './popup-helpers';

let h: Harness;

beforeAll(async () => {
  h = await launch();
  serveAll(h);
  h.serveHtml(GMAIL_FORWARD_URL, gmailPage(FORWARDED));
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(() => h?.close());
// A failed test must not leave its tabs behind: tabId() finds tabs by URL.
afterEach(async () => {
  for (const p of h.context.pages()) await p.close();
});

/** Clicks the menu item on the page's tab, as Chrome would after a right-click. */
async function clickMenu(tabId: number, extra: Record<string, unknown> = {}): Promise<void> {
  await h.worker.evaluate(
    async ({ id, extra }) => {
      const tab = await chrome.tabs.get(id);
      const onClicked = chrome.contextMenus.onClicked as unknown as { dispatch: (info: object, tab: object) => void };
      onClicked.dispatch({ menuItemId: 'draft-polite-decline', pageUrl: tab.url, editable: false, ...extra }, tab);
    },
    { id: tabId, extra },
  );
}

describe('context menu', () => {
  it('exists with its id (update() rejects for unknown ids)', async () => {
    // Created by onInstalled, asynchronously: right after the browser starts it may still be on its way.
    const exists = () =>
      h.worker.evaluate(() =>
        chrome.contextMenus.update('draft-polite-decline', { title: 'Draft polite decline' }).then(
          () => true,
          () => false,
        ),
      );
    await expect.poll(exists, { timeout: 5_000 }).toBe(true);
  });

  it('drafts at once with the options’ defaults into the reply of the open invitation', async () => {
    await setStoredSettings(h, { fullName: 'Sam Rivera', contactInfo: 'sam@example.com', defaultTone: 'formal', keepDoorOpen: true, mentionReason: true, defaultReasons: ['content-current-role'] });
    const page = await h.open(GMAIL_THREAD);
    const tabId = await h.tabId(page);
    await expect.poll(() => badgeText(h, tabId), { timeout: 10_000 }).toBe('1');
    await clickMenu(tabId);
    await expect.poll(() => replyBoxText(page), { timeout: 15_000 }).toContain('Sam Rivera');
    const text = await replyBoxText(page);
    expect(text).toMatch(/^Dear Priya Raman,/); // formal greets by full name
    expect(text).toContain('sam@example.com');
    expect(text).toMatch(/Larkspur Health/);
    expect(text).toMatch(/current role|current position/i); // the default reason, mentioned
    const title = await h.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
    expect(title).toMatch(/^Graceful Decline: /);
    await page.close();
  });

  it('treats the selected text as the invitation', async () => {
    await clearStoredSettings(h);
    const page = await h.open(GMAIL_FORWARD_URL);
    const tabId = await h.tabId(page);
    // The user selects the forwarded invitation and right-clicks it.
    const selectionText = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('forwarded') as HTMLElement);
      const sel = document.getSelection() as Selection;
      sel.removeAllRanges();
      sel.addRange(range);
      return sel.toString().replace(/\s+/g, ' ').trim(); // Chrome collapses the menu's selectionText
    });
    await clickMenu(tabId, { selectionText });
    await expect.poll(() => replyBoxText(page), { timeout: 15_000 }).toContain('Initech');
    const text = await replyBoxText(page);
    expect(text).toMatch(/^(Hi|Dear|Hello) Marta,/);
    expect(text).toContain('On Tue'); // still a reply to the open message: its quote follows
    expect(text).not.toContain('Chris');
    await page.close();
  });

  it('works after the tab state is gone (as after a browser restart): it asks the page again', async () => {
    await clearStoredSettings(h);
    const page = await h.open(GMAIL_THREAD);
    const tabId = await h.tabId(page);
    await expect.poll(() => badgeText(h, tabId), { timeout: 10_000 }).toBe('1');
    await h.worker.evaluate(() => chrome.storage.session.clear());
    await clickMenu(tabId);
    await expect.poll(() => replyBoxText(page), { timeout: 15_000 }).toContain('Larkspur Health');
    await page.close();
  });
});

describe('context menu on Outlook', () => {
  it('drafts with the defaults into Outlook’s reply', async () => {
    await setStoredSettings(h, { fullName: 'Sam Rivera', defaultTone: 'warm' });
    const page = await h.open(OUTLOOK_OFFICE);
    const tabId = await h.tabId(page);
    await expect.poll(() => badgeText(h, tabId), { timeout: 10_000 }).toBe('1');
    await clickMenu(tabId);
    await expect.poll(() => replyBoxText(page, OUTLOOK_EDITOR), { timeout: 15_000 }).toContain('Sam Rivera');
    const text = await replyBoxText(page, OUTLOOK_EDITOR);
    expect(text).toMatch(/^(Hi|Dear|Hello) Marcus,/);
    expect(text).toContain('Brightwave Analytics');
    await page.close();
  });
});

describe('keyboard shortcut', () => {
  it('"draft-with-defaults" drafts like the menu', async () => {
    await setStoredSettings(h, { fullName: 'Sam Rivera', defaultTone: 'brief' });
    const page = await h.open(GMAIL_THREAD);
    const tabId = await h.tabId(page);
    await expect.poll(() => badgeText(h, tabId), { timeout: 10_000 }).toBe('1');
    await h.worker.evaluate(async (id) => {
      const tab = await chrome.tabs.get(id);
      (chrome.commands.onCommand as unknown as { dispatch: (c: string, t: object) => void }).dispatch('draft-with-defaults', tab);
    }, tabId);
    await expect.poll(() => replyBoxText(page), { timeout: 15_000 }).toContain('Sam Rivera');
    await page.close();
  });
});
