// Shared steps of the content-script browser tests: fixture URLs, opening a mail page and reading the
// worker's per-tab state, and sending the worker's requests to a tab exactly as the worker does.
import type { Page } from 'playwright-core';
import { GMAIL_CSP, type Harness } from './harness';

export const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxQvKnWpLcRtZsMjHgDdBkXs';
export const GMAIL_PLAIN = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxQvPlainThreadNotInvite';
export const GMAIL_DE = 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQbfxRdGermanEinladungXyzQw';
export const GMAIL_BROKEN = 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQbfxQvKnWpLcRtZsMjHgDdBkXs';
export const OUTLOOK_OFFICE = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATNiZmYAZC1hNzQ2LTQ3ZDUtMDACLTAwCgAQAJ3mW1k2gRVPo8iFvIa0S0U%3D';
export const OUTLOOK_LIVE = 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1iNDQ3LWVkNjMtMDACLTAwCgAQALiveGermanInvite01%3D';
export const OUTLOOK_POPOUT = 'https://outlook.office365.com/mail/deeplink/compose/reply';
export const OUTLOOK_MISSING = 'https://outlook.office.com/mail/archive/id/AAQkADAwATNiZmYAZC1hNzQ2LTQ3ZDUtMDACLTAwCgAQAJnoReplyToolbar00%3D';
export const OUTLOOK_BROKEN = 'https://outlook.cloud.microsoft/mail/inbox/id/AAQkADAwATNiZmYAZC1hNzQ2LTQ3ZDUtMDACLTAwCgAQAJ3mW1k2gRVPo8iFvIa0S0U%3D';

/** Serves every page imitation at its URL; Gmail pages with Gmail's Trusted Types header. */
export function serveAll(h: Harness): void {
  const tt = { headers: { 'content-security-policy': GMAIL_CSP } };
  h.serve('https://mail.google.com/mail/u/0/', 'gmail/conversation-en.html', tt);
  h.serve('https://mail.google.com/mail/u/1/', 'gmail/conversation-de.html', tt);
  h.serve('https://mail.google.com/mail/u/2/', 'gmail/reply-broken.html', tt);
  h.serve(OUTLOOK_OFFICE, 'outlook/reading-pane-office.html');
  h.serve(OUTLOOK_LIVE, 'outlook/reading-pane-live-de.html');
  h.serve(OUTLOOK_POPOUT, 'outlook/popout-compose.html');
  h.serve(OUTLOOK_MISSING, 'outlook/reply-missing.html');
  h.serve(OUTLOOK_BROKEN, 'outlook/reply-broken.html');
}

export interface StoredTab {
  site: string;
  url: string;
  message: { subject: string; from: { name: string; email: string }; body: string; messageId: string; threadId: string | null };
  detection: { invite: boolean; score: number; kind: string };
  extraction: { company: string | null; role: string | null };
  seenAt: number;
}

export async function tabState(h: Harness, tabId: number): Promise<StoredTab | null> {
  return h.worker.evaluate(async (id: number) => {
    const got = await chrome.storage.session.get(`tab:${id}`);
    return (got[`tab:${id}`] as unknown) ?? null;
  }, tabId) as Promise<StoredTab | null>;
}

/** Polls until the worker has recorded the tab's open message (or the time is up). */
export async function waitForTabState(h: Harness, tabId: number, subject?: string, ms = 5_000): Promise<StoredTab> {
  const end = Date.now() + ms;
  for (;;) {
    const s = await tabState(h, tabId);
    if (s && (!subject || s.message.subject === subject)) return s;
    if (Date.now() > end) throw new Error(`the worker never recorded ${subject ?? 'a message'} for tab ${tabId} (has: ${s?.message.subject ?? 'nothing'})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Opens a mail page in a new tab and waits until the worker has recorded its open message (`subject`, if given). */
export async function openMail(h: Harness, url: string, subject?: string): Promise<{ page: Page; tabId: number; state: StoredTab }> {
  const page = await h.open(url);
  const tabId = await h.tabId(page);
  const state = await waitForTabState(h, tabId, subject);
  return { page, tabId, state };
}

export const DRAFT = {
  subject: 'Re: Interview invitation',
  text: 'Hi Priya,\n\nThank you so much for considering me for the Senior Product Designer role.\n\nAfter some thought, I have decided to decline the interview for now.\n\nBest regards,\nAlex Morgan',
  html: '<p>Hi Priya,</p>',
};

/** What the worker does on "Insert reply": tabs.sendMessage with an insert-draft request. */
export async function insertFromWorker(h: Harness, tabId: number, messageId: string | null, draft = DRAFT) {
  return h.worker.evaluate(
    ([id, mid, d]) => chrome.tabs.sendMessage(id as number, { type: 'insert-draft', messageId: mid, draft: d }),
    [tabId, messageId, draft] as const,
  ) as Promise<{ status: string; strategy?: string; message: string }>;
}

/** The reply body's text, line by line, trimmed and without empty lines. */
export async function editorLines(page: Page, selector: string): Promise<string[]> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are what the user sees
  const text = await page.locator(selector).first().innerText();
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}
