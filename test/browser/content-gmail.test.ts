// The content script on the Gmail imitation (served with Gmail's Trusted Types header), driven
// the way the product is: the worker records what is open, sets the badge, and sends insert-draft.
import { describe, expect, it } from 'vitest';
import {
  DRAFT, editorLines, GMAIL_BROKEN, GMAIL_DE, GMAIL_PLAIN, GMAIL_THREAD, insertFromWorker, openMail, serveAll, tabState, waitForTabState,
} from './content-helpers';
import { useHarness } from './harness';
import { badgeText } from './popup-helpers';

const SUBJECT = 'Interview invitation: Senior Product Designer at Larkspur Health';
const NEWEST = '193c6d41f2b80a9e';
const EDITOR = '.M9 [g_editable="true"]';
const CHIP = '[data-graceful-decline-chip]';

const h = useHarness({ serve: [serveAll], clipboard: ['https://mail.google.com'] });

describe('Gmail: reading and flagging', () => {
  it('reads the newest message of the open invitation, and the worker badges the tab', async () => {
    const { page, tabId, state: s } = await openMail(h, GMAIL_THREAD, SUBJECT);
    expect(s.message.from).toEqual({ name: 'Priya Raman', email: 'priya.raman@larkspurhealth.example' });
    expect(s.message.body).toContain('we would like to invite you to a 45-minute video interview');
    expect(s.message.body).not.toContain('Happy to share more work samples');
    expect(s.extraction.company).toBe('Larkspur Health');
    expect(await badgeText(h, tabId)).toBe('1');
    await page.close();
  });

  it('does not flag a thread that is not an invitation, and follows navigation between threads', async () => {
    const { page, tabId } = await openMail(h, GMAIL_THREAD, SUBJECT);
    await page.locator(CHIP).waitFor();
    await page.evaluate((u) => {
      location.hash = new URL(u).hash;
    }, GMAIL_PLAIN);
    const s = await waitForTabState(h, tabId, 'Q4 design review notes');
    expect(s.detection.invite).toBe(false);
    expect(await badgeText(h, tabId)).toBe('');
    expect(await page.locator(CHIP).count()).toBe(0);
    // Back to the list: the worker forgets the message.
    await page.evaluate(() => {
      location.hash = '#inbox';
    });
    await expect.poll(() => tabState(h, tabId), { timeout: 3_000 }).toBeNull();
    await page.close();
  });
});

describe('Gmail: the chip', () => {
  it('appears beside the subject, is a keyboard-reachable button with a name, and tells the worker', async () => {
    await h.worker.evaluate(() => {
      const g = globalThis as unknown as { __chipSeen: unknown[] };
      g.__chipSeen = [];
      chrome.runtime.onMessage.addListener((m: { type?: string }) => {
        if (m?.type === 'chip-activated') g.__chipSeen.push(m);
      });
    });
    const page = await h.open(GMAIL_THREAD);
    const chip = page.getByRole('button', { name: /^Decline politely/ });
    await chip.waitFor();
    // It sits right after the subject heading.
    expect(await page.evaluate(() => document.querySelector('h2.hP')?.nextElementSibling?.hasAttribute('data-graceful-decline-chip'))).toBe(true);
    await chip.focus();
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-graceful-decline-chip'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => h.worker.evaluate(() => (globalThis as unknown as { __chipSeen: unknown[] }).__chipSeen))
      .toEqual([{ type: 'chip-activated', messageId: NEWEST }]);
    await page.close();
  });

  it('can be dismissed for that message, and stays dismissed when the message is opened again', async () => {
    const page = await h.open(GMAIL_THREAD);
    await page.getByRole('button', { name: /^Hide the Decline politely button/ }).click();
    expect(await page.locator(CHIP).count()).toBe(0);
    await page.evaluate(() => {
      location.hash = '#inbox';
    });
    await page.waitForTimeout(200);
    await page.evaluate((u) => {
      location.hash = new URL(u).hash;
    }, GMAIL_THREAD);
    await waitForTabState(h, await h.tabId(page), SUBJECT);
    await page.waitForTimeout(300);
    expect(await page.locator(CHIP).count()).toBe(0);
    await page.close();
  });
});

describe('Gmail: inserting the draft', () => {
  it('opens Reply on the newest message and puts the draft at the top, quoted history below, then autosave sees it', async () => {
    const { page, tabId, state: s } = await openMail(h, GMAIL_THREAD, SUBJECT);
    const result = await insertFromWorker(h, tabId, s.message.messageId);
    expect(result).toMatchObject({ status: 'inserted', strategy: 'execCommand' });
    expect(await page.evaluate(() => document.body.dataset.lastAction)).toBe(`reply:${NEWEST}`);
    expect(await page.locator('.M9 input[name=rm]').inputValue()).toBe(NEWEST);
    const lines = await editorLines(page, EDITOR);
    expect(lines.slice(0, 5)).toEqual(DRAFT.text.split('\n').filter(Boolean));
    expect(lines[5]).toMatch(/^On Tue, Nov 24, 2026, 9:14 AM Priya Raman <priya.raman@larkspurhealth.example> wrote:$/);
    // The draft is above the quote in the DOM too, and the quote is intact.
    expect(await page.evaluate(() => document.querySelector('.M9 .gmail_quote')?.textContent?.includes('we would like to invite you'))).toBe(true);
    await expect.poll(() => page.evaluate(() => Number(document.body.dataset.draftSaves ?? 0))).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.body.dataset.sent)).toBeUndefined();
    await page.close();
  });

  it('keeps what the user already typed, unchanged, below the draft', async () => {
    const { page, tabId } = await openMail(h, GMAIL_THREAD, SUBJECT);
    await page.locator('td.acX .DILLkc').click();
    // The reply opens with the caret at the top of its body; the user types there.
    await page.locator(EDITOR).waitFor();
    await page.keyboard.type('PS: I can also send references.');
    const result = await insertFromWorker(h, tabId, NEWEST);
    expect(result.status).toBe('inserted');
    const lines = await editorLines(page, EDITOR);
    const draftLines = DRAFT.text.split('\n').filter(Boolean);
    expect(lines.slice(0, draftLines.length)).toEqual(draftLines);
    expect(lines[draftLines.length]).toBe('PS: I can also send references.');
    expect(lines[draftLines.length + 1]).toMatch(/wrote:$/);
    await page.close();
  });

  it('works the same on the German UI', async () => {
    const { page, tabId, state: s } = await openMail(h, GMAIL_DE, 'Einladung zum Vorstellungsgespräch – UX Designer (m/w/d)');
    expect(s.detection.invite).toBe(true);
    const draft = { subject: 'Re', text: 'Hallo Frau Vogel,\n\nvielen Dank für die Einladung.', html: '' };
    const result = await insertFromWorker(h, tabId, s.message.messageId, draft);
    expect(result.status).toBe('inserted');
    const lines = await editorLines(page, EDITOR);
    expect(lines.slice(0, 3)).toEqual(['Hallo Frau Vogel,', 'vielen Dank für die Einladung.', expect.stringMatching(/^Am Mo\., 23\. Nov\. 2026, 14:12 schrieb Katrin Vogel/)]);
    await page.close();
  });

  it('copies the draft and says so, in the page and in the answer, when the reply box never opens', async () => {
    const { page, tabId, state: s } = await openMail(h, GMAIL_BROKEN, SUBJECT);
    await page.bringToFront();
    const result = await insertFromWorker(h, tabId, s.message.messageId);
    expect(result.status).toBe('copied');
    expect(result.message).toMatch(/did not open in time.*copied to your clipboard/);
    const notice = page.locator('[data-graceful-decline-notice]').getByRole('status');
    await expect.poll(() => notice.textContent()).toMatch(/copied to your clipboard/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(DRAFT.text);
    await page.close();
  }, 30_000);
});
