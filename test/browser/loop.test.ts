// The first end-to-end loop: the built content script injects on a Gmail page (under Gmail's
// Trusted Types header) and on an Outlook page, reads the open message, and the worker records it.
import { describe, expect, it } from 'vitest';
import { OUTLOOK_OFFICE, GMAIL_THREAD, openMail, serveAll } from './content-helpers';
import { useHarness } from './harness';

const h = useHarness({ serve: [serveAll] });

describe('content script → worker loop', () => {
  it('Gmail: injects, reads the open conversation, and the worker stores it for the tab', async () => {
    const { page, state } = await openMail(h, GMAIL_THREAD);
    expect(await page.evaluate(() => document.documentElement.dataset.trustedTypes)).toBe('enforced');
    expect(state.site).toBe('gmail');
    expect(state.url).toBe(GMAIL_THREAD);
    expect(state.message.subject).toBe('Interview invitation: Senior Product Designer at Larkspur Health');
    expect(state.message.messageId).toBe('193c6d41f2b80a9e');
    expect(state.detection.invite).toBe(true);
    await page.close();
  });

  it('Outlook: injects on outlook.office.com and the worker stores the open message', async () => {
    const { page, state } = await openMail(h, OUTLOOK_OFFICE);
    expect(state.site).toBe('outlook');
    expect(state.message.subject).toBe('Interview invitation – Data Engineer at Brightwave Analytics');
    expect(state.message.from.email).toBe('marcus.chen@brightwave.example');
    expect(state.detection.invite).toBe(true);
    await page.close();
  });
});
