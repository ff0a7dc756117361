// Forget a tab's invitation (state and badge) when the tab shows something else or closes. In-app
// navigation inside the same webmail (Gmail's #inbox/..., Outlook's /mail/inbox/id/...) is left to the
// content script, which reports message-opened / message-closed itself; clearing here too could race
// with its report and wipe the new message.
import type { Tabs } from '../platform/browser';
import { clearBadge } from './badge';
import { forgetStoredPreview } from './preview-cache';
import { isMailUrl } from '../platform/mail-hosts';
import { clearTabState, getTabState } from '../platform/tab-state';

export async function handleTabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType): Promise<void> {
  if (change.status !== 'loading') return;
  const state = await getTabState(tabId);
  if (state && change.url && sameOrigin(state.url, change.url)) return;
  // From a list view (no state yet) to a message on a mail host: the content script's report may be
  // landing right now, and clearing here would wipe it.
  if (!state && isMailUrl(change.url)) return;
  await forgetTab(tabId);
}

export async function forgetTab(tabId: number): Promise<void> {
  await Promise.all([clearTabState(tabId), forgetStoredPreview(tabId)]);
  await clearBadge(tabId).catch(() => undefined); // the tab may be gone already
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
