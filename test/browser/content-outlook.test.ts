// The content script on the Outlook on the web imitations: reading panes on office.com and
// live.com (German UI), the pop-out compose, and a RoosterJS-like editor that handles paste itself.
import { describe, expect, it } from 'vitest';
import {
  DRAFT, editorLines, insertFromWorker, OUTLOOK_BROKEN, OUTLOOK_LIVE, OUTLOOK_MISSING, OUTLOOK_OFFICE, OUTLOOK_POPOUT, openMail,
  serveAll, tabState, waitForTabState,
} from './content-helpers';
import { useHarness } from './harness';
import { badgeText } from './popup-helpers';

const SUBJECT = 'Interview invitation – Data Engineer at Brightwave Analytics';
const EDITOR = '[role=textbox][aria-multiline=true]';

const h = useHarness({ serve: [serveAll], clipboard: ['https://outlook.office.com', 'https://outlook.cloud.microsoft'] });

describe('Outlook: reading and flagging', () => {
  it('reads the newest message on outlook.office.com, badges the tab and shows the chip', async () => {
    const { page, tabId, state: s } = await openMail(h, OUTLOOK_OFFICE, SUBJECT);
    expect(s.message.from).toEqual({ name: 'Marcus Chen', email: 'marcus.chen@brightwave.example' });
    expect(s.message.body).not.toContain('Thanks for reaching out about the Data Engineer opening');
    expect(s.extraction.role).toBe('Data Engineer');
    expect(await badgeText(h, tabId)).toBe('1');
    await page.getByRole('button', { name: /^Decline politely/ }).waitFor();
    // Selecting a conversation that is not an invitation clears both.
    await page.locator('#MailList [role=option]').nth(1).click();
    const plain = await waitForTabState(h, tabId, 'Project kickoff moved to Monday');
    expect(plain.detection.invite).toBe(false);
    expect(await badgeText(h, tabId)).toBe('');
    expect(await page.locator('[data-graceful-decline-chip]').count()).toBe(0);
    await page.close();
  });

  it('reads the German UI on outlook.live.com', async () => {
    const { page, state: s } = await openMail(h, OUTLOOK_LIVE, 'Einladung zum Vorstellungsgespräch: Projektmanager Logistik (m/w/d)');
    expect(s.site).toBe('outlook');
    expect(s.message.from.name).toBe('Stefan Krüger');
    expect(s.detection.invite).toBe(true);
    await page.close();
  });
});

describe('Outlook: inserting the draft', () => {
  it('opens Reply, inserts through the editor’s own paste handling, above #appendonsend and the quoted message', async () => {
    const { page, tabId, state: s } = await openMail(h, OUTLOOK_OFFICE, SUBJECT);
    const result = await insertFromWorker(h, tabId, s.message.messageId);
    expect(result).toMatchObject({ status: 'inserted', strategy: 'paste' });
    expect(await page.evaluate(() => document.body.dataset.lastAction)).toBe('reply:0');
    const editor = page.locator(EDITOR);
    expect(await editor.getAttribute('data-pastes')).toBe('1');
    expect(await editor.getAttribute('data-last-paste')).toBe('text/html');
    const lines = await editorLines(page, EDITOR);
    const draftLines = DRAFT.text.split('\n').filter(Boolean);
    expect(lines.slice(0, draftLines.length)).toEqual(draftLines);
    expect(lines[draftLines.length]).toBe('From: Marcus Chen<marcus.chen@brightwave.example>');
    // In the DOM: the draft comes before #appendonsend, the quoted header after it.
    const order = await editor.evaluate((e) => {
      const draft = Array.from(e.querySelectorAll('div')).find((d) => d.textContent === 'Hi Priya,');
      const marker = e.querySelector('#appendonsend');
      return draft && marker ? draft.compareDocumentPosition(marker) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    await expect.poll(() => editor.getAttribute('data-saves')).toBe('1');
    expect(await page.evaluate(() => document.body.dataset.sent)).toBeUndefined();
    await page.close();
  });

  it('puts the draft above what the user typed in the pop-out reply, which stays unchanged', async () => {
    const page = await h.open(OUTLOOK_POPOUT);
    const tabId = await h.tabId(page);
    expect(await tabState(h, tabId)).toBeNull();
    const result = await insertFromWorker(h, tabId, null);
    expect(result).toMatchObject({ status: 'inserted', strategy: 'paste' });
    const lines = await editorLines(page, EDITOR);
    const n = DRAFT.text.split('\n').filter(Boolean).length;
    expect(lines[0]).toBe('Hi Priya,');
    expect(lines[n]).toBe('Note to self: check the calendar first.');
    expect(lines[n + 1]).toMatch(/^From: Marcus Chen/);
    await page.close();
  });

  it('copies the draft with a notice when the message has no Reply button', async () => {
    const { page, tabId, state: s } = await openMail(h, OUTLOOK_MISSING, SUBJECT);
    await page.bringToFront();
    const result = await insertFromWorker(h, tabId, s.message.messageId);
    expect(result).toMatchObject({ status: 'copied', strategy: 'clipboard' });
    expect(result.message).toMatch(/no Reply button.*copied to your clipboard/);
    await expect.poll(() => page.locator('[data-graceful-decline-notice]').getByRole('status').textContent()).toMatch(/clipboard/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(DRAFT.text);
    await page.close();
  });

  it('copies the draft with a notice when the reply editor never shows up', async () => {
    const { page, tabId, state: s } = await openMail(h, OUTLOOK_BROKEN, SUBJECT);
    await page.bringToFront();
    const result = await insertFromWorker(h, tabId, s.message.messageId);
    expect(result.status).toBe('copied');
    expect(result.message).toMatch(/did not open in time/);
    expect(await page.evaluate(() => document.body.dataset.lastAction)).toBe('reply:0');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(DRAFT.text);
    await page.close();
  }, 30_000);
});
