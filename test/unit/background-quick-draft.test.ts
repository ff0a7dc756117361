// The context menu and the shortcut: what they draft (the options' defaults, the selection or the
// open message), where it goes, and what the user is told — against a fake browser.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './background-fake-browser';

let fake: FakeBrowser;
vi.mock('../../src/platform/browser', () => ({
  get default() {
    return fake;
  },
}));

const { createContextMenu, handleMenuClick, MENU_ID } = await import('../../src/background/context-menu');
const { handleCommand } = await import('../../src/background/commands');
const { setTabState, getTabState } = await import('../../src/platform/tab-state');
const { onDeclineInserted } = await import('../../src/background/events');
const { DEFAULT_SETTINGS } = await import('../../src/core/settings');

const TAB = 7;
const INVITE_BODY =
  'Hi Sam,\n\nThank you for applying to the Senior Data Engineer position at Globex. We would like to invite you to an interview. Could you share your availability for a 30-minute call next week?\n\nBest regards,\nPriya Natarajan\nTalent Acquisition, Globex';

function openMessageState() {
  return {
    site: 'gmail' as const,
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmRvplSbJpTnxbHdzNqk',
    message: {
      from: { name: 'Priya Natarajan', email: 'priya@globex.com' },
      subject: 'Interview invitation: Senior Data Engineer',
      body: INVITE_BODY,
      messageId: 'msg-f:1',
      threadId: 'thread-1',
      receivedAt: null,
    },
    detection: { invite: true, score: 0.9, kind: 'schedule' as const, lang: 'en' as const, signals: ['asks for your availability'] },
    extraction: {
      company: 'Globex',
      role: 'Senior Data Engineer',
      contactFirstName: 'Priya',
      contactName: 'Priya Natarajan',
      schedulingLinks: [],
      proposedTimes: [],
      lang: 'en' as const,
    },
    seenAt: Date.now(),
  };
}

/** A content script that inserts whatever it gets and remembers it. */
function insertingContentScript(store: { draft?: { text: string }; notices: string[] }, selected = '') {
  return (msg: { type: string } & Record<string, unknown>) => {
    if (msg.type === 'get-selection') return { text: selected };
    if (msg.type === 'insert-draft') {
      store.draft = msg.draft as { text: string };
      return { status: 'inserted', strategy: 'execCommand', message: 'The draft is in the reply box.' };
    }
    if (msg.type === 'show-notice') store.notices.push(String(msg.text));
    if (msg.type === 'read-open-message') return { type: 'message-opened', ...openMessageState() };
    return { ok: true };
  };
}

beforeEach(() => {
  fake = createFakeBrowser();
  fake.tabUrls.set(TAB, 'https://mail.google.com/mail/u/0/');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('context menu item', () => {
  it('is created once on the mail hosts for page, selection and editable, and re-creating is safe', async () => {
    await createContextMenu();
    await createContextMenu();
    expect(fake.menus).toHaveLength(1);
    expect(fake.menus[0]).toMatchObject({
      id: MENU_ID,
      title: 'Draft polite decline',
      contexts: ['page', 'selection', 'editable'],
      documentUrlPatterns: ['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://outlook.live.com/*'],
    });
  });

  it('ignores clicks on other items and clicks without a tab', () => {
    expect(handleMenuClick({ menuItemId: 'something-else' }, { id: TAB } as never)).toBeUndefined();
    expect(handleMenuClick({ menuItemId: MENU_ID }, undefined)).toBeUndefined();
  });
});

describe('drafting with the defaults', () => {
  it('drafts to the open invitation with the options’ defaults and tells the user in the page', async () => {
    const page: { draft?: { text: string }; notices: string[] } = { notices: [] };
    fake.contentScripts.set(TAB, insertingContentScript(page));
    await setTabState(TAB, openMessageState());
    await fake.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, fullName: 'Sam Rivera', defaultTone: 'formal', keepDoorOpen: true } });

    const out = await handleMenuClick({ menuItemId: MENU_ID }, { id: TAB } as never);
    expect(out?.result.status).toBe('inserted');
    expect(page.draft?.text).toContain('Sam Rivera');
    expect(page.draft?.text).toContain('Priya Natarajan'); // formal greets by full name
    expect(page.draft?.text).toContain('Globex');
    const insert = fake.sent.find((s) => s.msg.type === 'insert-draft');
    expect(insert?.msg).toMatchObject({ messageId: 'msg-f:1' });
    expect(page.notices).toEqual(['The draft is in the reply box.']);
    expect(fake.badge.get(TAB)?.title).toContain('The draft is in the reply box.');
  });

  it('uses the selected text as the invitation', async () => {
    const page: { draft?: { text: string }; notices: string[] } = { notices: [] };
    const selection =
      'Hello,\n\nWe were impressed by your profile and would like to invite you to interview for the Backend Developer role at Initech. Please pick a time that suits you.\n\nKind regards,\nMarta Kowalski\nRecruiter, Initech';
    fake.contentScripts.set(TAB, insertingContentScript(page, selection));
    await setTabState(TAB, openMessageState());
    // The browser collapses the selection's line breaks; the page's own selection keeps them.
    const out = await handleMenuClick({ menuItemId: MENU_ID, selectionText: selection.replace(/\s+/g, ' ') }, { id: TAB } as never);
    expect(out?.result.status).toBe('inserted');
    expect(page.draft?.text).toContain('Initech');
    expect(page.draft?.text).toContain('Marta');
    expect(page.draft?.text).not.toContain('Globex');
    expect(fake.sent.find((s) => s.msg.type === 'insert-draft')?.msg).toMatchObject({ messageId: 'msg-f:1' }); // still a reply to the open message
  });

  it('asks the content script to read the message again when the tab state is gone', async () => {
    const page: { draft?: { text: string }; notices: string[] } = { notices: [] };
    fake.contentScripts.set(TAB, insertingContentScript(page));
    const out = await handleCommand('draft-with-defaults', { id: TAB } as never);
    expect(out?.result.status).toBe('inserted');
    expect(fake.sent.map((s) => s.msg.type)).toEqual(['read-open-message', 'insert-draft', 'show-notice']);
    expect((await getTabState(TAB))?.message.messageId).toBe('msg-f:1');
    expect(fake.badge.get(TAB)?.text).toBe('1'); // the recovered invitation is badged again
    expect(page.draft?.text).toContain('Globex');
  });

  it('says clearly that nothing was found when the tab has no message and nothing is selected', async () => {
    fake.contentScripts.set(TAB, (msg) => (msg.type === 'read-open-message' ? null : { ok: true }));
    const out = await handleMenuClick({ menuItemId: MENU_ID }, { id: TAB } as never);
    expect(out?.result.status).toBe('failed');
    expect(out?.result.message).toMatch(/No open email/);
    expect(fake.badge.get(TAB)).toMatchObject({ text: '!' });
  });

  it('a tab without the content script fails with advice, and marks the toolbar button', async () => {
    await setTabState(TAB, openMessageState());
    const out = await handleMenuClick({ menuItemId: MENU_ID }, { id: TAB } as never);
    expect(out?.result.status).toBe('failed');
    expect(out?.result.message).toMatch(/Reload the mail tab/);
    expect(out?.draft?.text).toContain('Thank');
    expect(fake.badge.get(TAB)?.text).toBe('!');
  });

  it('tells decline listeners (issue 7) about a success, not about a failure', async () => {
    const seen: string[] = [];
    onDeclineInserted((e) => void seen.push(`${e.via}:${e.result.status}:${e.state?.message.messageId}`));
    await setTabState(TAB, openMessageState());
    await handleMenuClick({ menuItemId: MENU_ID }, { id: TAB } as never); // no content script: fails
    fake.contentScripts.set(TAB, insertingContentScript({ notices: [] }));
    await handleMenuClick({ menuItemId: MENU_ID }, { id: TAB } as never);
    expect(seen).toEqual(['context-menu:inserted:msg-f:1']);
  });
});
