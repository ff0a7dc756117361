// Per-tab detections live in storage.session (not in globals), so nothing is lost when the worker sleeps.
import type { Detection, Extraction, OpenMessage, SiteId } from '../core/types';
import browser from './browser';

export interface TabState {
  site: SiteId;
  url: string;
  message: OpenMessage;
  detection: Detection;
  extraction: Extraction;
  /** ms since epoch when the content script reported it. */
  seenAt: number;
}

const key = (tabId: number) => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState | null> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabState | undefined) ?? null;
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
