// Wires the worker's listeners. Registered synchronously at top level (index.ts) so events that
// wake a sleeping worker are delivered.
import browser, { type Runtime } from '../platform/browser';
import { clearBadge, showInvitationBadge } from './badge';
import { createRouter } from './router';
import { clearTabState, getTabState, setTabState } from './tab-state';

export function registerWorker(): void {
  const route = createRouter(
    {
      async 'message-opened'(msg, tabId) {
        await setTabState(tabId, {
          site: msg.site,
          url: msg.url,
          message: msg.message,
          detection: msg.detection,
          extraction: msg.extraction,
          seenAt: Date.now(),
        });
        if (msg.detection.invite) await showInvitationBadge(tabId);
        else await clearBadge(tabId);
        return { ok: true };
      },
      async 'message-closed'(_msg, tabId) {
        await clearTabState(tabId);
        await clearBadge(tabId);
        return { ok: true };
      },
      async 'chip-activated'() {
        return { ok: false };
      },
    },
    {
      async 'get-tab-state'(msg) {
        return getTabState(msg.tabId);
      },
    },
  );
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => route(raw, sender));
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
}
