// The pending count on the toolbar badge (option "badgePendingCount"): set as the global badge
// text, so every tab without a tab-specific badge (an open invitation) shows it.
import { pendingOldestFirst } from '../core/invitations';
import browser from '../platform/browser';
import { loadSettings } from '../platform/settings-store';
import { loadInvitations } from './invitations';

const PENDING_COLOR = '#5f6368';

export function pendingBadgeText(count: number, enabled: boolean): string {
  if (!enabled || count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/**
 * Updates the global badge; with a tab id, also drops that tab's own badge so it falls back to the
 * global one (call it for a tab that shows no invitation).
 */
export async function refreshPendingBadge(tabId?: number): Promise<string> {
  const [settings, stored] = await Promise.all([loadSettings(), loadInvitations()]);
  const count = pendingOldestFirst(stored.entries).length;
  const text = pendingBadgeText(count, settings.badgePendingCount);
  const title = text ? `Graceful Decline — ${count} invitation${count === 1 ? '' : 's'} waiting for your answer` : 'Graceful Decline';
  await browser.action.setBadgeBackgroundColor({ color: PENDING_COLOR });
  await browser.action.setBadgeText({ text });
  await browser.action.setTitle({ title });
  if (tabId != null) {
    await browser.action.setBadgeText({ tabId, text: null }).catch(() => browser.action.setBadgeText({ tabId, text }));
    await browser.action.setBadgeBackgroundColor({ tabId, color: PENDING_COLOR }).catch(() => undefined);
    await browser.action.setTitle({ tabId, title }).catch(() => undefined);
  }
  return text;
}
