// Brings an invitation's message back in front of the user: the tab that shows it if one is open,
// else its link in a new tab.
import { keyOfSeen } from '../core/invitations';
import browser from '../platform/browser';
import { getInvitation } from './invitations';
import { getTabState } from '../platform/tab-state';

export type OpenResult = { ok: true; how: 'focused' | 'opened'; tabId: number } | { ok: false; error: string };

/** Only web links are opened; a stored link is data from a page and must not become a script URL. */
export function isOpenableLink(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

async function findTabShowing(key: string, url: string): Promise<{ id: number; windowId?: number } | null> {
  const tabs = await browser.tabs.query({});
  let byUrl: { id: number; windowId?: number } | null = null;
  for (const tab of tabs) {
    if (tab.id == null) continue;
    const state = await getTabState(tab.id);
    if (state) {
      if (keyOfSeen(state) === key) return { id: tab.id, windowId: tab.windowId };
    }
    if (!byUrl && url && tab.url === url) byUrl = { id: tab.id, windowId: tab.windowId };
  }
  return byUrl;
}

export async function openInvitation(key: string): Promise<OpenResult> {
  const entry = await getInvitation(key);
  if (!entry) return { ok: false, error: 'This invitation is no longer in the list.' };
  const tab = await findTabShowing(key, entry.url);
  if (tab) {
    await browser.tabs.update(tab.id, { active: true });
    if (tab.windowId != null) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
    return { ok: true, how: 'focused', tabId: tab.id };
  }
  if (!isOpenableLink(entry.url)) return { ok: false, error: 'The link to this message is missing; find it in your mailbox.' };
  const created = await browser.tabs.create({ url: entry.url, active: true });
  return { ok: true, how: 'opened', tabId: created.id ?? -1 };
}
