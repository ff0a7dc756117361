// Hostile mail in real Chromium: a Gmail and an Outlook imitation whose subject, sender name, body,
// role and company carry injection payloads (test/fixtures/pages/hostile). Nothing may run, the
// popup and the chip show the payloads as text, and the drafts inserted from the popup and from
// the context menu contain no element that came from the mail. Send is never clicked, no form is
// submitted.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openMail } from './content-helpers';
import { useHarness } from './harness';
import { GMAIL_EDITOR, OUTLOOK_EDITOR, clickContextMenu, clickInsert, replyBoxText } from './popup-helpers';
import {
  GMAIL_HOSTILE, NOT_MAIL, OUTLOOK_HOSTILE, dangerousIn, expectNothingRan, openWithoutAccess, pwned, recordNonGet, serveSecurityFixtures,
} from './security-helpers';

const h = useHarness({ serve: [serveSecurityFixtures], clipboard: true, clearSettings: true, closePagesAfterEach: true });

const SITES = [
  { name: 'Gmail (Trusted Types)', url: GMAIL_HOSTILE, editor: GMAIL_EDITOR },
  { name: 'Outlook', url: OUTLOOK_HOSTILE, editor: OUTLOOK_EDITOR },
];

/** The popup never turns mail text into markup, and no payload runs there. */
async function expectPopupSafe(popup: Page): Promise<void> {
  expect(await dangerousIn(popup, 'body')).toEqual([]);
  expect(await pwned(popup)).toBeNull();
  expect(await popup.title()).not.toBe('PWNED');
}

describe('the tripwires themselves', () => {
  it('would catch a payload that ran (so a pass means something)', async () => {
    // On the Outlook page: Gmail's Trusted Types policy refuses even this test's setAttribute('onerror').
    const page = await h.open(OUTLOOK_HOSTILE);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.setAttribute('src', 'x');
      img.setAttribute('onerror', 'window.__pwned=1');
      document.body.append(img);
    });
    await expect.poll(() => pwned(page)).toBe(1);
    expect(await dangerousIn(page, 'body')).not.toEqual([]);
  });
});

for (const site of SITES) {
  describe(`hostile mail on ${site.name}`, () => {
    it('is read as text: the worker gets the payloads verbatim, nothing runs in the page, the chip holds no markup', async () => {
      const { page, state } = await openMail(h, site.url);
      // The subject and sender come through as the characters the page shows, not parsed.
      expect(state.message.subject).toContain('<img src=x onerror=');
      // The sender's name may be trimmed by the adapter's "Name <address>" parsing, never parsed as markup.
      expect(state.message.from.name).toMatch(/window\.__pwned=1/);
      expect(state.message.body).toContain('<svg/onload=window.__pwned=1>');
      await page.waitForTimeout(500); // give any payload a chance to fire
      await expectNothingRan(page);
      // The invitation is still recognised, so the chip is there to be checked.
      await expect.poll(() => page.locator('[data-graceful-decline-chip]').count(), { timeout: 5_000 }).toBe(1);
      expect(await dangerousIn(page, '[data-graceful-decline-chip], [data-graceful-decline-notice]')).toEqual([]);
    });

    it('the popup shows the payloads as text and inserts a draft with no element from the mail', async () => {
      const { page, tabId } = await openMail(h, site.url);
      const posts = recordNonGet(h);
      const popup = await h.openPopup(tabId);
      await expectPopupSafe(popup);
      // Whatever was extracted is shown as plain characters in the editable fields.
      const company = await popup.getByLabel('Company', { exact: true }).inputValue();
      const role = await popup.getByLabel('Role', { exact: true }).inputValue();
      const person = await popup.getByLabel('Person who invited you', { exact: true }).inputValue();
      expect(`${company} ${role} ${person}`).not.toMatch(/&lt;|&gt;|&amp;lt;/); // not double-escaped either
      // The extractor keeps only what reads like a name ("Acme"); the fields are editable, so put the
      // payloads in them as a less careful extraction would, and in the user's own words.
      await popup.getByLabel('Company', { exact: true }).fill('Acme <img src=x onerror="window.__pwned=8"> Labs');
      await popup.getByLabel('Role', { exact: true }).fill('<script>window.__pwned=9</script> Engineer');
      await popup.getByLabel('Something you admire about them (optional)').fill('<img src=x onerror="window.__pwned=2"> your <b>team</b>');
      await expect.poll(async () => (await popup.getByTestId('preview').textContent()) ?? '').toContain('<b>team</b>');
      const preview = (await popup.getByTestId('preview').textContent()) ?? '';
      expect(preview).toContain('Acme <img src=x onerror="window.__pwned=8"> Labs');
      expect(preview).toContain('<script>window.__pwned=9</script> Engineer');
      await expectPopupSafe(popup);

      await clickInsert(popup, /^Inserted into the reply/);
      const text = await replyBoxText(page, site.editor);
      expect(text).toContain('<b>team</b>'); // the user's words, as characters
      expect(text).toContain('Acme <img src=x onerror="window.__pwned=8"> Labs');
      expect(text).toContain('<script>window.__pwned=9</script> Engineer');
      expect(await dangerousIn(page, site.editor)).toEqual([]);
      expect(await page.locator(`${site.editor} img`).count()).toBe(0);
      expect(await page.locator(`${site.editor} b`, { hasText: 'team' }).count()).toBe(0);
      await page.waitForTimeout(300);
      await expectNothingRan(page);
      await expectPopupSafe(popup);
      posts.stop();
      expect(posts.list).toEqual([]);
    });

    it('the context menu drafts from the hostile mail with no element from it, and nothing runs', async () => {
      const { page, tabId } = await openMail(h, site.url);
      const posts = recordNonGet(h);
      await clickContextMenu(h, tabId);
      await expect.poll(() => replyBoxText(page, site.editor), { timeout: 15_000 }).toMatch(/thank/i);
      expect(await dangerousIn(page, site.editor)).toEqual([]);
      expect(await dangerousIn(page, '[data-graceful-decline-chip], [data-graceful-decline-notice]')).toEqual([]);
      await page.waitForTimeout(300);
      await expectNothingRan(page);
      posts.stop();
      expect(posts.list).toEqual([]);
    });
  });
}

describe('hostile text typed or pasted by the user', () => {
  const IMG = '<img src=x onerror="window.__pwned=3">';

  it('the options page: a name and contact lines made of markup stay text in the fields and the sample reply', async () => {
    const options = await h.openOptions();
    await options.getByLabel('Full name').fill(`Sam ${IMG}`);
    await options.getByLabel('Contact lines').fill(`<script>window.__pwned=4</script>\n<a href="javascript:window.__pwned=5">site</a>`);
    await expect.poll(async () => (await options.getByTestId('sample').textContent()) ?? '', { timeout: 5_000 }).toContain(`Sam ${IMG}`);
    expect(await options.getByTestId('sample').textContent()).toContain('<script>window.__pwned=4</script>');
    expect(await dangerousIn(options, 'body')).toEqual([]);
    expect(await pwned(options)).toBeNull();
    await h.worker.evaluate(() => chrome.storage.sync.clear());
  });

  it('the options page: importing a hostile settings file gives repaired settings or a clear error, never markup', async () => {
    const options = await h.openOptions();
    const file = JSON.stringify({ version: 2, fullName: `Eve ${IMG}`, defaultTone: '<b>loud</b>', contactInfo: 42, __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } });
    await options.getByTestId('import-file').setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(async () => (await options.getByTestId('backup-status').textContent()) ?? '', { timeout: 5_000 }).not.toBe('');
    expect(await dangerousIn(options, 'body')).toEqual([]);
    expect(await options.evaluate(() => ((({}) as Record<string, unknown>).polluted ?? null))).toBeNull();
    const stored = await h.worker.evaluate(() => chrome.storage.sync.get('settings'));
    const s = (stored as { settings?: Record<string, unknown> }).settings;
    if (s) {
      expect(['warm', 'formal', 'brief']).toContain(s.defaultTone);
      expect(typeof s.contactInfo).toBe('string');
    }
    await h.worker.evaluate(() => chrome.storage.sync.clear());
  });

  it('the popup: a hostile invitation pasted on a page without one fills the fields as text only', async () => {
    const { tabId } = await openWithoutAccess(h, NOT_MAIL);
    const popup = await h.openPopup(tabId);
    const pasted = `Subject: Interview for ${IMG} Engineer\n\nHi Alex,\n\nThank you for applying for the <svg/onload=window.__pwned=6> Engineer role at Acme ${IMG} Labs. We would like to invite you to an interview next week. Could you share your availability?\n\nBest regards,\nJane <script>window.__pwned=7</script> Doe\nRecruiter, Acme ${IMG} Labs`;
    await popup.getByLabel('Paste the invitation (optional)').fill(pasted);
    // The extractor may or may not accept names like these; either way the preview updates and stays text.
    await expect.poll(async () => (await popup.getByTestId('preview').textContent()) ?? '', { timeout: 5_000 }).toMatch(/interview/i);
    await popup.waitForTimeout(800);
    expect(await dangerousIn(popup, 'body')).toEqual([]);
    expect(await pwned(popup)).toBeNull();
  });
});
