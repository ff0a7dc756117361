// Right-click "Draft polite decline", dispatched through the real chrome.contextMenus.onClicked in
// the worker, on the Gmail and Outlook imitations: the item exists, a click drafts at once with the
// options' defaults into the reply box, a selection is treated as the invitation, and it still works
// when the worker's tab state is gone.
import { describe, expect, it } from 'vitest';
import { GMAIL_THREAD, OUTLOOK_OFFICE, serveAll } from './content-helpers';
import { clearStoredSettings, setStoredSettings, useHarness } from './harness';
import { FORWARDED, GMAIL_FORWARD_URL, gmailPage } from './popup-fixture';
import { OUTLOOK_EDITOR, actionTitle, badgeText, clickContextMenu, pressDraftShortcut, replyBoxText } from './popup-helpers';

const h = useHarness({
  serve: [serveAll, (harness) => harness.serveHtml(GMAIL_FORWARD_URL, gmailPage(FORWARDED))],
  clipboard: true,
  closePagesAfterEach: true,
});

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
    await clickContextMenu(h, tabId);
    await expect.poll(() => replyBoxText(page), { timeout: 15_000 }).toContain('Sam Rivera');
    const text = await replyBoxText(page);
    expect(text).toMatch(/^Dear Priya Raman,/); // formal greets by full name
    expect(text).toContain('sam@example.com');
    expect(text).toMatch(/Larkspur Health/);
    expect(text).toMatch(/current role|current position/i); // the default reason, mentioned
    expect(await actionTitle(h, tabId)).toMatch(/^Graceful Decline: /);
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
    await clickContextMenu(h, tabId, { selectionText });
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
    await clickContextMenu(h, tabId);
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
    await clickContextMenu(h, tabId);
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
    await pressDraftShortcut(h, tabId);
    await expect.poll(() => replyBoxText(page), { timeout: 15_000 }).toContain('Sam Rivera');
    await page.close();
  });
});
