// The first end-to-end loop: the built content script injects on a Gmail page (under Gmail's
// Trusted Types header) and on an Outlook page, reads the open message, and the worker records it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTLOOK_OFFICE, GMAIL_THREAD, serveAll, waitForTabState } from './content-helpers';
import { type Harness, launch } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  serveAll(h);
});
afterAll(() => h?.close());

describe('content script → worker loop', () => {
  it('Gmail: injects, reads the open conversation, and the worker stores it for the tab', async () => {
    const page = await h.open(GMAIL_THREAD);
    expect(await page.evaluate(() => document.documentElement.dataset.trustedTypes)).toBe('enforced');
    const state = await waitForTabState(h, await h.tabId(page));
    expect(state.site).toBe('gmail');
    expect(state.url).toBe(GMAIL_THREAD);
    expect(state.message.subject).toBe('Interview invitation: Senior Product Designer at Larkspur Health');
    expect(state.message.messageId).toBe('193c6d41f2b80a9e');
    expect(state.detection.invite).toBe(true);
    await page.close();
  });

  it('Outlook: injects on outlook.office.com and the worker stores the open message', async () => {
    const page = await h.open(OUTLOOK_OFFICE);
    const state = await waitForTabState(h, await h.tabId(page));
    expect(state.site).toBe('outlook');
    expect(state.message.subject).toBe('Interview invitation – Data Engineer at Brightwave Analytics');
    expect(state.message.from.email).toBe('marcus.chen@brightwave.example');
    expect(state.detection.invite).toBe(true);
    await page.close();
  });
});
