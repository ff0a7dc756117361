// Never send, never destroy: on both webmails, with text the user already typed in the reply box,
// the popup's insert and then the context menu's insert put drafts above it and leave every
// character of what was there before unchanged; the fixture's Send button is never clicked and no
// form is submitted (the fixtures record both).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GMAIL_THREAD, OUTLOOK_OFFICE, openMail, serveAll } from './content-helpers';
import { useHarness } from './harness';
import { GMAIL_EDITOR, OUTLOOK_EDITOR, clickContextMenu, clickInsert } from './popup-helpers';
import { editorText, recordNonGet } from './security-helpers';

const h = useHarness({ serve: [serveAll], clipboard: true, clearSettings: true, closePagesAfterEach: true });

/** Odd but ordinary things people type: markup-looking text, entities, emoji, RTL, spacing. */
const TYPED = 'PS: <b>not bold</b> &amp; 5 > 3 — see you  soon 🙂 שלום\u00e9\u0301 {{x}}';

/** Main-world tripwires on the standard fixtures: a submit event, and Send (which they record). */
async function armTripwires(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.addEventListener('submit', (e) => {
      document.body.dataset.submitted = 'yes';
      e.preventDefault();
    }, true);
  });
}

async function expectNotSent(page: Page): Promise<void> {
  const t = await page.evaluate(() => ({ sent: document.body.dataset.sent ?? null, submitted: document.body.dataset.submitted ?? null }));
  expect(t).toEqual({ sent: null, submitted: null });
}

const SITES = [
  { name: 'Gmail', url: GMAIL_THREAD, editor: GMAIL_EDITOR, reply: 'td.acX .DILLkc' },
  { name: 'Outlook', url: OUTLOOK_OFFICE, editor: OUTLOOK_EDITOR, reply: '[role=toolbar] button[aria-label="Reply"]' },
];

for (const site of SITES) {
  describe(`${site.name}: never send, never destroy`, () => {
    it('text typed in the reply box survives two inserts byte for byte, below the drafts; Send is never pressed', async () => {
      const { page, tabId } = await openMail(h, site.url);
      await armTripwires(page);
      const posts = recordNonGet(h);

      await page.locator(site.reply).first().click();
      await page.locator(site.editor).first().waitFor();
      await page.locator(site.editor).first().focus();
      await page.keyboard.type(TYPED);
      const before = await editorText(page, site.editor);
      expect(before).toContain('PS: <b>not bold</b> &amp; 5 > 3');

      // 1. Toolbar popup -> Insert reply.
      const popup = await h.openPopup(tabId);
      await clickInsert(popup, /^Inserted into the reply/);
      const afterPopup = await editorText(page, site.editor);
      expect(afterPopup.length).toBeGreaterThan(before.length);
      expect(afterPopup.endsWith(before), `what was there before is no longer intact:\nbefore: ${JSON.stringify(before.slice(0, 200))}\nafter: ${JSON.stringify(afterPopup.slice(0, 400))}`).toBe(true);
      await popup.close();

      // 2. Right-click "Draft polite decline" on the same reply.
      await clickContextMenu(h, tabId, { editable: true });
      await expect.poll(async () => (await editorText(page, site.editor)).length, { timeout: 15_000 }).toBeGreaterThan(afterPopup.length);
      const afterMenu = await editorText(page, site.editor);
      expect(afterMenu.endsWith(before)).toBe(true);

      // The typed line, as typed: nothing of it removed, reordered or re-encoded.
      expect(await page.locator(site.editor).first().evaluate((el, t) => (el.textContent ?? '').replace(/\u00a0/g, ' ').includes(t), TYPED)).toBe(true);
      await page.waitForTimeout(500);
      await expectNotSent(page);
      posts.stop();
      expect(posts.list).toEqual([]);
    });
  });
}
