// Who the worker listens to, and when it forgets a tab's invitation.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './background-fake-browser';

let fake: FakeBrowser;
vi.mock('../../src/platform/browser', () => ({
  get default() {
    return fake;
  },
}));

const { createRouter } = await import('../../src/background/router');
const { handleTabUpdated } = await import('../../src/background/tab-lifecycle');
const { setTabState, getTabState } = await import('../../src/platform/tab-state');

beforeEach(() => {
  fake = createFakeBrowser();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

function router() {
  const calls: string[] = [];
  const route = createRouter(
    {
      'message-opened': async () => void calls.push('opened'),
      'message-closed': async (_m, tabId) => void calls.push(`closed:${tabId}`),
      'chip-activated': async () => void calls.push('chip'),
    },
    { 'get-tab-state': async (m) => void calls.push(`state:${m.tabId}`) },
  );
  return { route, calls };
}

describe('router', () => {
  it('accepts the popup also when it runs in a tab (popup.html?tab=…)', async () => {
    const { route, calls } = router();
    await route({ type: 'get-tab-state', tabId: 4 }, { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html?tab=4', tab: { id: 9 } as never });
    expect(calls).toEqual(['state:4']);
  });

  it('takes content-script messages with the sender’s tab', async () => {
    const { route, calls } = router();
    await route({ type: 'message-closed', site: 'gmail', url: 'https://mail.google.com/' }, { id: 'ext-id', url: 'https://mail.google.com/', tab: { id: 5 } as never });
    expect(calls).toEqual(['closed:5']);
  });

  it('ignores other extensions, malformed messages, and page messages from a content script', () => {
    const { route, calls } = router();
    expect(route({ type: 'get-tab-state', tabId: 1 }, { id: 'other', url: 'chrome-extension://other/x.html' })).toBeUndefined();
    expect(route({ type: 'message-closed' }, { id: 'ext-id', url: 'https://mail.google.com/', tab: { id: 5 } as never })).toBeUndefined();
    expect(route({ type: 'insert-decline', tabId: 5 }, { id: 'ext-id', url: 'https://mail.google.com/', tab: { id: 5 } as never })).toBeUndefined();
    expect(route('hello', { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' })).toBeUndefined();
    expect(calls).toEqual([]);
  });
});

describe('tab lifecycle', () => {
  const state = (url: string) => ({
    site: 'gmail' as const,
    url,
    message: { from: { name: '', email: '' }, subject: 's', body: 'b', messageId: 'm', threadId: null, receivedAt: null },
    detection: { invite: true, score: 1, kind: 'schedule' as const, lang: 'en' as const, signals: [] },
    extraction: { company: null, role: null, contactFirstName: null, contactName: null, schedulingLinks: [], proposedTimes: [], lang: 'en' as const },
    seenAt: 0,
  });

  it('another mail site in the same tab clears it too', async () => {
    await setTabState(2, state('https://mail.google.com/mail/u/0/#inbox/abc'));
    await handleTabUpdated(2, { status: 'loading', url: 'https://outlook.office.com/mail/' });
    expect(await getTabState(2)).toBeNull();
  });

  it('a navigation away clears the state and the badge', async () => {
    await setTabState(2, state('https://mail.google.com/mail/u/0/#inbox/abc'));
    await fake.action.setBadgeText({ tabId: 2, text: '1' });
    await handleTabUpdated(2, { status: 'loading' }); // URL hidden: another site
    expect(await getTabState(2)).toBeNull();
    expect(fake.badge.get(2)?.text).toBe('');
  });

  it('in-app navigation in the same webmail is left to the content script', async () => {
    await setTabState(2, state('https://mail.google.com/mail/u/0/#inbox/abc'));
    await handleTabUpdated(2, { status: 'loading', url: 'https://mail.google.com/mail/u/0/#inbox/def' });
    expect(await getTabState(2)).not.toBeNull();
    await handleTabUpdated(2, { status: 'loading', url: 'https://mail.google.com/mail/u/1/#inbox' });
    expect(await getTabState(2)).not.toBeNull();
    await handleTabUpdated(2, { status: 'complete' });
    expect(await getTabState(2)).not.toBeNull();
  });

  it('opening a message from the inbox list keeps the report that lands meanwhile', async () => {
    // The tab had no invitation (a list view); Chrome's 'loading' update for the new URL and the
    // content script's report race: the report must survive.
    const update = handleTabUpdated(3, { status: 'loading', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz123' });
    await setTabState(3, state('https://mail.google.com/mail/u/0/#inbox/FMfcgz123'));
    await update;
    expect(await getTabState(3)).not.toBeNull();
  });
});
