// The in-page chip opens the decline form: the real toolbar popup when the browser allows it, else
// popup.html?tab=<id> in a small window. The shortcut drafts on the active tab when none is given.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './background-fake-browser';

let fake: FakeBrowser;
vi.mock('../../src/platform/browser', () => ({
  get default() {
    return fake;
  },
}));

const { openPopupForTab } = await import('../../src/background/open-popup');
const { handleCommand } = await import('../../src/background/commands');

beforeEach(() => {
  fake = createFakeBrowser();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('opening the popup for the chip', () => {
  it('uses the toolbar popup when the browser allows it', async () => {
    fake.canOpenPopup = true;
    expect(await openPopupForTab(42, 3)).toBe('action');
    expect(fake.windowsCreated).toEqual([]);
  });

  it('falls back to popup.html?tab=<id> in a popup window', async () => {
    expect(await openPopupForTab(42)).toBe('window');
    expect(fake.windowsCreated).toEqual([{ url: 'chrome-extension://ext-id/popup.html?tab=42', type: 'popup', width: 400, height: 640 }]);
  });
});

describe('keyboard shortcut', () => {
  it('ignores other commands', async () => {
    expect(await handleCommand('_execute_action', { id: 1 } as never)).toBeUndefined();
  });

  it('without a tab, drafts on the active tab (and says so when nothing is open there)', async () => {
    const out = await handleCommand('draft-with-defaults');
    expect(out?.result.status).toBe('failed');
    expect(fake.sent.map((s) => s.tabId)).toContain(1);
  });
});
