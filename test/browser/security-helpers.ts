// Shared steps of the security, hostile-page and broken-page browser tests: fixture URLs, the
// tripwires a page records (a payload that ran, a Send click, a form submit), and what counts as
// markup that must never come out of mail content.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { GMAIL_CSP, type Harness } from './harness';

export const GMAIL_HOSTILE = 'https://mail.google.com/mail/u/3/#inbox/FMfcgzQbfxHostilePayloadThread01';
export const OUTLOOK_HOSTILE = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATNiZmYAZC1hNzQ2LTQ3ZDUtMDACLTAwCgAQAHostilePayload01%3D';
export const GMAIL_NO_REPLY = 'https://mail.google.com/mail/u/4/#inbox/FMfcgzQbfxQvKnWpLcRtZsMjHgDdBkXs';
export const GMAIL_NO_BODY = 'https://mail.google.com/mail/u/5/#inbox/FMfcgzQbfxQvKnWpLcRtZsMjHgDdBkXs';
/** A site with no content script: as when host access was revoked, or on any other site. */
export const NOT_MAIL = 'https://intranet.example.org/hr/messages/42';

export function serveSecurityFixtures(h: Harness): void {
  const tt = { headers: { 'content-security-policy': GMAIL_CSP } };
  h.serve('https://mail.google.com/mail/u/3/', 'hostile/gmail-hostile.html', tt);
  h.serve(OUTLOOK_HOSTILE, 'hostile/outlook-hostile.html');
  h.serve('https://mail.google.com/mail/u/4/', 'broken/gmail-no-reply.html', tt);
  h.serve('https://mail.google.com/mail/u/5/', 'broken/gmail-no-body.html', tt);
  h.serveHtml(
    NOT_MAIL,
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>HR messages</title></head><body><h1>Interview invitation</h1>' +
      '<p>Hi Alex, we would like to invite you to an interview for the Data Engineer role at Acme. Could you share your availability?</p>' +
      '<textarea aria-label="Reply"></textarea></body></html>',
  );
}

/** Elements that mail content must never produce in a page, the popup or a draft. */
export const DANGEROUS =
  'script:not([src]), iframe, frame, object, embed, math, base, meta, link, svg [onload], img[src="x"], [onerror], [onload], [onclick], [onmouseover], [onfocus], [srcdoc], a[href^="javascript:" i], [style*="javascript:" i], form form';

/** What a payload that ran left behind in the page (window.__pwned), or null. */
export async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);
}

/** What the page's tripwires saw: a payload that ran, a Send click, a form submit. */
export async function tripwires(page: Page): Promise<{ pwned: unknown; title: string; sent: string | null; submitted: string | null }> {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    title: document.title,
    sent: document.body.dataset.sent ?? null,
    submitted: document.body.dataset.submitted ?? null,
  }));
}

export async function expectNothingRan(page: Page): Promise<void> {
  const t = await tripwires(page);
  expect(t.pwned, 'a payload ran in the page').toBeNull();
  expect(t.title).not.toBe('PWNED');
  expect(t.sent, 'Send was clicked').toBeNull();
  expect(t.submitted, 'a form was submitted').toBeNull();
}

/** Dangerous elements inside `selector` (shadow roots included), as tag names. */
export async function dangerousIn(page: Page, selector = 'html'): Promise<string[]> {
  return page.evaluate(
    ({ selector, dangerous }) => {
      const found: string[] = [];
      const visit = (root: ParentNode) => {
        for (const el of Array.from(root.querySelectorAll(dangerous))) found.push(el.outerHTML.slice(0, 120));
        for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) visit(el.shadowRoot);
      };
      for (const r of Array.from(document.querySelectorAll(selector))) visit(r);
      return found;
    },
    { selector, dangerous: DANGEROUS },
  );
}

/** Records every request that is not a GET (a form post, a beacon) made while the test runs. */
export function recordNonGet(h: Harness): { list: string[]; stop: () => void } {
  const list: string[] = [];
  const on = (req: { method(): string; url(): string }) => {
    if (req.method() !== 'GET') list.push(`${req.method()} ${req.url()}`);
  };
  h.context.on('request', on);
  return { list, stop: () => h.context.off('request', on) };
}

/** The editor's text exactly as the DOM holds it (no layout-dependent normalisation). */
export async function editorText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((el) => el.textContent ?? '');
}

/**
 * Opens a page on a host the extension has no access to (no content script) in a new tab. The worker
 * cannot see its URL (no host permission, no "tabs" permission), so its tab id is found as the
 * active tab once it is in front.
 */
export async function openWithoutAccess(h: Harness, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await h.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  const ids = await h.worker.evaluate(async () => (await chrome.tabs.query({ active: true })).filter((t) => !t.url).map((t) => t.id ?? -1));
  if (ids.length !== 1) throw new Error(`expected one active tab without a visible URL, found ${ids.length}`);
  return { page, tabId: ids[0] as number };
}
