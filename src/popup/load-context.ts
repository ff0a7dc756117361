// What the popup needs before it can show the form: which tab, what the worker knows about it, the
// user's settings, and whether the extension may work on that tab's mail site.
import { getStoredPreview, type StoredPreview } from '../background/preview-cache';
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
  /** The worker's preview of the default form, if it has one (used only if its fingerprint matches). */
  stored: StoredPreview | null;
}

/** popup.html?tab=<id> targets that tab (the in-page chip, tests); otherwise the active tab. */
export async function resolveTabId(search = location.search): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Every read starts at once: each is a trip to the browser process, and the popup waits for all. */
export async function loadPopupContext(search = location.search): Promise<PopupContext> {
  const loadingSettings = loadSettings();
  const tabId = await resolveTabId(search);
  if (tabId == null) return { tabId, state: null, settings: await loadingSettings, missingAccess: null, stored: null };
  const [settings, state, missingAccess, stored] = await Promise.all([
    loadingSettings,
    tabState(tabId),
    missingHostAccess(tabId),
    getStoredPreview(tabId).catch(() => null),
  ]);
  return { tabId, state, settings, missingAccess, stored };
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
