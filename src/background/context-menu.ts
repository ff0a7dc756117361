// The right-click item "Draft polite decline" on the mail hosts. Created on install/update; clicks are
// handled by a listener registered at top level, so they work after the worker restarted.
import browser, { type Tabs } from '../platform/browser';
import { mailHostPatterns } from '../platform/mail-hosts';
import { draftWithDefaults, type QuickDraftOutcome } from './quick-draft';

export const MENU_ID = 'draft-polite-decline';

export async function createContextMenu(): Promise<void> {
  // Removing first makes this safe to run again (an update re-runs onInstalled).
  await browser.contextMenus.remove(MENU_ID).catch(() => undefined);
  await new Promise<void>((resolve) => {
    browser.contextMenus.create(
      {
        id: MENU_ID,
        title: 'Draft polite decline',
        contexts: ['page', 'selection', 'editable'],
        documentUrlPatterns: mailHostPatterns(),
      },
      () => {
        const err = (browser.runtime as { lastError?: { message?: string } }).lastError;
        if (err) console.warn('Graceful Decline: could not create the context menu', err.message);
        resolve();
      },
    );
  });
}

export interface MenuClickInfo {
  menuItemId: string | number;
  selectionText?: string;
}

export function handleMenuClick(info: MenuClickInfo, tab: Tabs.Tab | undefined): Promise<QuickDraftOutcome> | undefined {
  if (info.menuItemId !== MENU_ID || tab?.id == null || tab.id < 0) return undefined;
  return draftWithDefaults(tab.id, { selectionText: info.selectionText, via: 'context-menu' });
}
