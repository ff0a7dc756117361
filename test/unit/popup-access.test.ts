// The popup knows which tab it works on and whether host access to the mail sites was revoked
// (Firefox, Chrome's "on click" site access): then it offers to grant it again.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './background-fake-browser';

let fake: FakeBrowser;
vi.mock('../../src/platform/browser', () => ({
  get default() {
    return fake;
  },
}));

const { loadPopupContext, resolveTabId } = await import('../../src/popup/load-context');

beforeEach(() => {
  fake = createFakeBrowser();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('popup context', () => {
  it('popup.html?tab=<id> targets that tab; otherwise the active tab; junk is ignored', async () => {
    expect(await resolveTabId('?tab=57')).toBe(57);
    expect(await resolveTabId('')).toBe(1);
    expect(await resolveTabId('?tab=57;alert(1)')).toBe(1);
  });

  it('reports nothing missing when access is granted', async () => {
    fake.tabUrls.set(5, 'https://mail.google.com/mail/u/0/');
    const ctx = await loadPopupContext('?tab=5');
    expect(ctx).toMatchObject({ tabId: 5, state: null, missingAccess: null });
    expect(ctx.settings.keepDoorOpen).toBe(true);
  });

  it('reports the mail hosts to request when access was revoked', async () => {
    fake.granted = false; // the tab's URL is hidden too
    const ctx = await loadPopupContext('?tab=5');
    expect(ctx.missingAccess).toEqual(['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://outlook.live.com/*']);
  });

  it('a tab on another site needs no mail access', async () => {
    fake.tabUrls.set(6, 'https://example.com/');
    expect((await loadPopupContext('?tab=6')).missingAccess).toBeNull();
  });

  it('takes the tab state from the worker only when it has the right shape', async () => {
    fake.runtime.onPageMessage = () => ({ nonsense: true });
    expect((await loadPopupContext('?tab=5')).state).toBeNull();
  });
});
