// Trusted messages only: the page cannot talk to the extension (window.postMessage is ignored, and
// chrome.runtime is closed to web pages), and malformed or mis-addressed messages from the
// extension's own contexts are logged and ignored — no storage change, no draft, no notice.
import type { ConsoleMessage, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DRAFT, GMAIL_THREAD, OUTLOOK_OFFICE, openMail, serveAll } from './content-helpers';
import { useHarness } from './harness';
import { GMAIL_EDITOR, OUTLOOK_EDITOR } from './popup-helpers';
import { expectNothingRan, serveSecurityFixtures } from './security-helpers';

const workerLog: string[] = [];
const h = useHarness({
  serve: [serveAll, serveSecurityFixtures],
  clearSettings: true,
  closePagesAfterEach: true,
  setup: (harness) => {
    harness.worker.on('console', (m: ConsoleMessage) => workerLog.push(`${m.type()}: ${m.text()}`));
  },
});

type Snapshot = { local: unknown; sync: unknown; session: unknown };
async function storage(): Promise<Snapshot> {
  return h.worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    sync: await chrome.storage.sync.get(null),
    session: await chrome.storage.session.get(null),
  }));
}

/** The storage once the worker has finished recording the opened message (tab state, then the
 *  invitation list): two equal snapshots 300 ms apart. */
async function settledStorage(): Promise<Snapshot> {
  let last = JSON.stringify(await storage());
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 300));
    const now = JSON.stringify(await storage());
    if (now === last) return JSON.parse(now) as Snapshot;
    last = now;
  }
  throw new Error('storage never settled');
}

/** Nothing happened in the mail page: no reply box, no notice, no draft text, no payload ran. */
async function expectUntouched(page: Page, editor: string): Promise<void> {
  expect(await page.locator(editor).count()).toBe(0);
  expect(await page.locator('[data-graceful-decline-notice]').count()).toBe(0);
  expect(await page.evaluate(() => document.body.dataset.lastAction ?? null)).toBeNull();
  await expectNothingRan(page);
}

const FORGED_DRAFT = { subject: 'Re: x', text: 'FORGED DRAFT', html: '<p>FORGED DRAFT</p><img src=x onerror="window.__pwned=1">' };

describe('messages from the web page', () => {
  for (const [name, url, editor] of [
    ['Gmail', GMAIL_THREAD, GMAIL_EDITOR],
    ['Outlook', OUTLOOK_OFFICE, OUTLOOK_EDITOR],
  ] as const) {
    it(`${name}: window.postMessage and DOM events in the extension's message shapes are ignored`, async () => {
      const { page } = await openMail(h, url);
      const before = await settledStorage();
      await page.evaluate((draft) => {
        const shapes = [
          { type: 'insert-draft', messageId: null, draft },
          { type: 'show-notice', text: 'Your account is locked, click here', kind: 'error' },
          { type: 'chip-activated', messageId: 'x' },
          { type: 'insert-decline', tabId: 1, answers: {}, invitation: {} },
          { source: 'graceful-decline', payload: { type: 'insert-draft', messageId: null, draft } },
        ];
        for (const s of shapes) {
          window.postMessage(s, '*');
          window.postMessage(JSON.stringify(s), '*');
          document.dispatchEvent(new CustomEvent('graceful-decline', { detail: s }));
        }
      }, FORGED_DRAFT);
      await page.waitForTimeout(1_500);
      await expectUntouched(page, editor);
      expect(await storage()).toEqual(before);
    });
  }

  it('a click the page fakes on the chip (untrusted) opens nothing; a real click does', async () => {
    const { page } = await openMail(h, GMAIL_THREAD);
    await expect.poll(() => page.locator('[data-graceful-decline-chip]').count(), { timeout: 5_000 }).toBe(1);
    // Decline forms open: the toolbar popup (when the browser allows it) plus any popup windows/tabs.
    const windows = () =>
      h.worker.evaluate(async () => {
        const popups = await (chrome.runtime as unknown as { getContexts: (f: object) => Promise<unknown[]> }).getContexts({ contextTypes: ['POPUP', 'TAB'] });
        return popups.length + (await chrome.windows.getAll({ populate: true })).flatMap((w) => w.tabs ?? []).length;
      });
    const before = await windows();
    // The page's own script reaches into the (open) shadow root and clicks, again and again.
    await page.evaluate(() => {
      const button = document.querySelector('[data-graceful-decline-chip]')?.shadowRoot?.querySelector('button');
      for (let i = 0; i < 5; i++) button?.click();
      button?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    await page.waitForTimeout(1_500);
    expect(await windows()).toBe(before);
    // A real click by the user opens the decline form (so the check above can fail).
    await page.locator('[data-graceful-decline-chip]').getByRole('button', { name: /^Decline politely:/ }).click();
    await expect.poll(windows, { timeout: 5_000 }).toBeGreaterThan(before);
  });

  it('a page cannot reach the extension through chrome.runtime (no externally_connectable)', async () => {
    const page = await h.open(GMAIL_THREAD);
    const outcome = await page.evaluate(async (id) => {
      const rt = (window as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }).chrome?.runtime;
      if (!rt?.sendMessage) return 'no chrome.runtime.sendMessage in the page';
      try {
        await rt.sendMessage(id, { type: 'insert-decline', tabId: 1, answers: {}, invitation: {} });
        return 'delivered';
      } catch (e) {
        return `refused: ${(e as Error).message}`;
      }
    }, h.extId);
    expect(outcome).not.toBe('delivered');
  });
});

describe('malformed messages from the extension\'s own pages', () => {
  it('are logged and ignored: no storage change, no draft, no reply', async () => {
    const { page, tabId, state } = await openMail(h, GMAIL_THREAD);
    const popup = await h.openPopup(tabId);
    const before = await settledStorage();
    const logStart = workerLog.length;
    const goodAnswers = { reasons: [], customReason: '', mentionReason: false, keepDoorOpen: true, offerReferral: false, specificArea: '', tone: 'warm' };
    const goodInvitation = { company: 'Acme', role: null, contactFirstName: null, contactName: null };
    const malformed: unknown[] = [
      null,
      'insert-decline',
      42,
      [],
      {},
      { type: 'nope' },
      { type: 'insert-decline', tabId: 'x', answers: goodAnswers, invitation: goodInvitation },
      { type: 'insert-decline', tabId, answers: { ...goodAnswers, tone: 'shouty' }, invitation: goodInvitation },
      { type: 'insert-decline', tabId, answers: { ...goodAnswers, reasons: ['hate-them'] }, invitation: goodInvitation },
      { type: 'insert-decline', tabId, answers: goodAnswers },
      { type: 'insert-decline', tabId: 1.5, answers: goodAnswers, invitation: goodInvitation },
      { type: 'insert-decline', tabId, answers: { ...goodAnswers, customReason: 'x'.repeat(5_000) }, invitation: goodInvitation },
      { type: 'get-tab-state', tabId: { $gt: 0 } },
      { type: 'set-invitation-status', key: 7, status: 'declined' },
      { type: 'set-invitation-status', key: 'gmail:m:x', status: 'deleted' },
      { type: 'open-invitation' },
      // A content-script message sent from an extension page: the wrong sender for that shape.
      { type: 'message-opened', site: 'gmail', url: 'https://mail.google.com/', message: state.message, detection: state.detection, extraction: state.extraction },
      { type: 'insert-draft', messageId: null, draft: FORGED_DRAFT },
      JSON.parse('{"type":"insert-decline","__proto__":{"tabId":1},"answers":{},"invitation":{}}'),
    ];
    const replies = await popup.evaluate(async (msgs) => {
      const out: string[] = [];
      for (const m of msgs) {
        try {
          const r = await chrome.runtime.sendMessage(m);
          out.push(JSON.stringify(r ?? null));
        } catch (e) {
          out.push(`error: ${(e as Error).message}`);
        }
      }
      return out;
    }, malformed);
    // No reply carries a result: each message was dropped before any handler ran.
    for (const r of replies) expect(r === 'null' || r.startsWith('error:'), r).toBe(true);
    await page.waitForTimeout(1_000);
    await expectUntouched(page, GMAIL_EDITOR);
    expect(await storage()).toEqual(before);
    const warnings = workerLog.slice(logStart).filter((l) => /ignored/i.test(l));
    expect(warnings.length).toBeGreaterThanOrEqual(malformed.length - 2);
  });

  it('malformed requests to the content script are ignored too (and logged in the page)', async () => {
    const { page, tabId } = await openMail(h, OUTLOOK_OFFICE);
    const pageLog: string[] = [];
    page.on('console', (m) => pageLog.push(m.text()));
    const replies = await h.worker.evaluate(
      async ({ id, draft }) => {
        const msgs: unknown[] = [
          { type: 'insert-draft', messageId: null },
          { type: 'insert-draft', messageId: null, draft: { ...draft, text: 42 } },
          { type: 'insert-draft', messageId: 7, draft },
          { type: 'show-notice', text: 'x', kind: 'phishing' },
          { type: 'message-opened' },
          'insert-draft',
        ];
        const out: string[] = [];
        for (const m of msgs) {
          out.push(await chrome.tabs.sendMessage(id, m).then((r) => JSON.stringify(r ?? null), (e: Error) => `error: ${e.message}`));
        }
        return out;
      },
      { id: tabId, draft: DRAFT },
    );
    for (const r of replies) expect(r === 'null' || r.startsWith('error:'), r).toBe(true);
    await page.waitForTimeout(800);
    await expectUntouched(page, OUTLOOK_EDITOR);
    expect(pageLog.filter((l) => /ignored a malformed request/i.test(l)).length).toBe(replies.length);
  });
});
