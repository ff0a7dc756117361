// Forget a tab's invitation (state and badge) when the tab shows something else or closes. In-app
// navigation inside the same webmail (Gmail's #inbox/...) is left to the content script, which reports
// message-opened / message-closed itself.
import type { Tabs } from '../platform/browser';
import { clearBadge } from './badge';
import { clearTabState, getTabState } from './tab-state';

export async function handleTabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType): Promise<void> {
  if (change.status !== 'loading') return;
  const state = await getTabState(tabId);
  if (state && change.url && samePage(state.url, change.url)) return;
  await forgetTab(tabId);
}

export async function forgetTab(tabId: number): Promise<void> {
  await clearTabState(tabId);
  await clearBadge(tabId).catch(() => undefined); // the tab may be gone already
}

function samePage(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin && x.pathname === y.pathname;
  } catch {
    return false;
  }
}
