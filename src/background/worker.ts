// Wires the worker's listeners; the work itself lives in one file per job. Everything is registered
// synchronously at top level (index.ts) so events that wake a sleeping worker are delivered, and no
// state that matters lives in globals (tabs: storage.session, settings: storage.sync).
//
// Issue 7 (pending invitations, reminders, record of declines) hooks in through events.ts
// (onMessageSeen / onDeclineInserted, registered by registerInvitations()) and its page handlers.
import browser, { type Runtime } from '../platform/browser';
import { analyseMessage } from './analyse-message';
import { clearBadge, showInvitationBadge } from './badge';
import { handleCommand } from './commands';
import { createContextMenu, handleMenuClick } from './context-menu';
import { emitMessageSeen, onMessageSeen } from './events';
import { insertDecline } from './insert-flow';
import { invitationPageHandlers, registerInvitations } from './invitation-hooks';
import { openPopupForTab } from './open-popup';
import { precomposeDefaultPreview, previewDecline } from './preview-flow';
import { readOpenMessage } from './read-open-message';
import { refreshPendingBadge } from './pending-badge';
import { createRouter } from './router';
import { forgetTab, handleTabUpdated } from './tab-lifecycle';
import { getTabState, setTabState, type TabState } from '../platform/tab-state';

export function registerWorker(): void {
  const route = createRouter(
    {
      async 'message-opened'(msg, tabId) {
        const state: TabState = { site: msg.site, url: msg.url, message: msg.message, ...analyseMessage(msg.message), seenAt: Date.now() };
        await setTabState(tabId, state);
        if (state.detection.invite) await showInvitationBadge(tabId);
        else await clearBadge(tabId);
        await emitMessageSeen({ tabId, state });
        // The page shows its chip on this answer.
        return { ok: true, invite: state.detection.invite };
      },
      async 'message-closed'(_msg, tabId) {
        await forgetTab(tabId);
        await refreshPendingBadge(tabId); // no invitation open: the pending count, when that option is on
        return { ok: true };
      },
      async 'chip-activated'(_msg, tabId, sender) {
        return { ok: true, opened: await openPopupForTab(tabId, sender.tab?.windowId) };
      },
    },
    {
      // After a browser restart storage.session is empty: the page is asked again.
      'get-tab-state': async (msg) => (await getTabState(msg.tabId)) ?? readOpenMessage(msg.tabId),
      'preview-decline': (msg) => previewDecline(msg),
      'insert-decline': (msg) => insertDecline(msg),
      ...invitationPageHandlers,
    },
  );
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => route(raw, sender));
  browser.runtime.onInstalled.addListener(() => void createContextMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));
  browser.tabs.onUpdated.addListener((tabId, change) => void handleTabUpdated(tabId, change));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  registerInvitations();
  // The popup's first preview, ready before it opens (preview-cache.ts); never delays the page's answer.
  onMessageSeen(({ tabId, state }) => void precomposeDefaultPreview(tabId, state).catch(() => undefined));
}
