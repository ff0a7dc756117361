// What the popup needs before it can show the form: which tab, what the worker knows about it, the
// user's settings, and whether the extension may work on that tab's mail site.
import type { Settings } from '../core/settings';
import { getTabState, type TabState } from '../platform/tab-state';
import browser from '../platform/browser';
import { loadSettings } from '../platform/settings-store';
import { isMailUrl, mailHostPatterns, mailPatternFor } from '../platform/mail-hosts';

export interface PopupContext {
  tabId: number | null;
  state: TabState | null;
  settings: Settings;
  /** Host patterns to request when access to the tab's mail site is missing, else null. */
  missingAccess: string[] | null;
}

/** popup.html?tab=<id> targets that tab (the in-page chip, tests); otherwise the active tab. */
export async function resolveTabId(search = location.search): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function loadPopupContext(search = location.search): Promise<PopupContext> {
  const [tabId, settings] = await Promise.all([resolveTabId(search), loadSettings()]);
  if (tabId == null) return { tabId, state: null, settings, missingAccess: null };
  const [state, missingAccess] = await Promise.all([tabState(tabId), missingHostAccess(tabId)]);
  return { tabId, state, settings, missingAccess };
}

/**
 * storage.session directly (extension pages may read it; no trip through the worker), else the worker,
 * which asks the page again (after a browser restart the session store is empty).
 */
async function tabState(tabId: number): Promise<TabState | null> {
  const stored = await getTabState(tabId).catch(() => null);
  if (stored) return stored;
  return browser.runtime.sendMessage({ type: 'get-tab-state', tabId }).then(
    (s) => (s && typeof s === 'object' && 'message' in s ? (s as TabState) : null),
    () => null,
  );
}

/**
 * Firefox (and Chrome's "on click" site access) let users revoke host access. Without it the tab's
 * URL is hidden as well, so an unknown URL with any mail host missing counts as revoked.
 */
async function missingHostAccess(tabId: number): Promise<string[] | null> {
  const url = await browser.tabs.get(tabId).then((t) => t.url ?? null, () => null);
  const all = mailHostPatterns();
  const wanted = url ? (isMailUrl(url) ? [mailPatternFor(url) as string] : []) : all;
  if (wanted.length === 0) return null;
  const granted = await browser.permissions.contains({ origins: wanted }).catch(() => true);
  return granted ? null : all;
}
