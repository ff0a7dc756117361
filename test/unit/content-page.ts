// Loads a page imitation into the test's happy-dom document, scripts and all, at a webmail URL.
// Test files using it start with:
//   // @vitest-environment happy-dom
//   // @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PAGES = resolve(__dirname, '../fixtures/pages');

export const GMAIL_EN = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxQvKnWpLcRtZsMjHgDdBkXs';
export const GMAIL_EN_PLAIN = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxQvPlainThreadNotInvite';
export const GMAIL_DE = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxRdGermanEinladungXyzQw';
export const GMAIL_INBOX = 'https://mail.google.com/mail/u/0/#inbox';
export const OUTLOOK_OFFICE = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATNiZmYAZC1hNzQ2LTQ3ZDUtMDACLTAwCgAQAJ3mW1k2gRVPo8iFvIa0S0U%3D';
export const OUTLOOK_LIVE = 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1iNDQ3LWVkNjMtMDACLTAwCgAQALiveGermanInvite01%3D';
export const OUTLOOK_POPOUT = 'https://outlook.office.com/mail/deeplink/compose/reply';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function setUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
}

export async function loadPage(file: string, url: string): Promise<void> {
  const html = readFileSync(join(PAGES, file), 'utf8');
  setUrl(url);
  document.open();
  document.write(html);
  document.close();
  await sleep(20);
}
