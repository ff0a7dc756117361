// The worker's message router against senders the browser tests cannot forge: another extension,
// a web page, a content script sending a page's request, a page sending a content script's report.
// Only this extension's own contexts, each with its own message shapes, reach a handler.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const OWN_ID = 'ownextensionid';
const BASE = `chrome-extension://${OWN_ID}/`;
vi.mock('../../src/platform/browser', () => ({
  default: { runtime: { id: OWN_ID, getURL: (p: string) => `${BASE}${p.replace(/^\//, '')}` } },
}));

const { createRouter } = await import('../../src/background/router');

const calls: string[] = [];
const handler = (name: string) => async () => {
  calls.push(name);
  return { ok: true };
};
const route = createRouter(
  { 'message-opened': handler('message-opened'), 'message-closed': handler('message-closed'), 'chip-activated': handler('chip-activated') },
  { 'get-tab-state': handler('get-tab-state'), 'insert-decline': handler('insert-decline') },
);

const OPENED = {
  type: 'message-opened',
  site: 'gmail',
  url: 'https://mail.google.com/mail/u/0/#inbox/x',
  message: { from: { name: 'Jane', email: 'jane@acme.example' }, subject: 'Interview', body: 'Hi', messageId: 'm1', threadId: null, receivedAt: null },
};
const INSERT = {
  type: 'insert-decline',
  tabId: 7,
  answers: { reasons: [], customReason: '', mentionReason: false, keepDoorOpen: true, offerReferral: false, specificArea: '', tone: 'warm' },
  invitation: { company: 'Acme', role: null, contactFirstName: null, contactName: null },
};
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false, windowId: 1 };
const contentSender = { id: OWN_ID, tab, url: 'https://mail.google.com/mail/u/0/', frameId: 0 };
const popupSender = { id: OWN_ID, url: `${BASE}popup.html?tab=7` };

let warn: { mock: { calls: unknown[][] }; mockRestore(): void };
beforeEach(() => {
  calls.length = 0;
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

describe('worker router: who may say what', () => {
  it('dispatches this extension\'s content script report and popup request (so the refusals below mean something)', async () => {
    await route(OPENED, contentSender);
    await route(INSERT, popupSender);
    expect(calls).toEqual(['message-opened', 'insert-decline']);
  });

  it('ignores and logs another extension, even with a valid message and a mail tab', async () => {
    expect(route(INSERT, { ...popupSender, id: 'evilextension' })).toBeUndefined();
    expect(route(OPENED, { ...contentSender, id: 'evilextension' })).toBeUndefined();
    expect(route(INSERT, { url: 'https://evil.example/', tab })).toBeUndefined(); // a web page (no id)
    expect(calls).toEqual([]);
    expect(warn.mock.calls.length).toBe(3);
  });

  it('a content script cannot send a page request (insert, status changes): it is not an extension page', async () => {
    expect(route(INSERT, contentSender)).toBeUndefined();
    expect(route({ type: 'set-invitation-status', key: 'k', status: 'declined' }, contentSender)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('an extension page cannot send a content script report (it has no tab of its own to speak for)', async () => {
    expect(route(OPENED, popupSender)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('an extension-looking URL on another origin does not count as an extension page', async () => {
    expect(route(INSERT, { id: OWN_ID, url: `https://mail.google.com/${BASE}popup.html`, tab })).toBeUndefined();
    expect(route(INSERT, { id: OWN_ID, url: `chrome-extension://${OWN_ID}evil/popup.html` })).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('a sender with no tab and no extension URL is ignored', async () => {
    expect(route(INSERT, { id: OWN_ID })).toBeUndefined();
    expect(route(OPENED, { id: OWN_ID, url: 'https://mail.google.com/' })).toBeUndefined();
    expect(calls).toEqual([]);
  });
});
