// Opens the decline form for a tab when the in-page chip is used: the real toolbar popup where the
// browser allows it, else popup.html?tab=<id> in a small window of its own.
import browser from '../platform/browser';

export async function openPopupForTab(tabId: number, windowId?: number): Promise<'action' | 'window'> {
  try {
    await browser.action.openPopup(windowId == null ? undefined : { windowId });
    return 'action';
  } catch {
    // Not allowed here (older browser, no focused window): fall back to a popup window.
  }
  await browser.windows.create({
    url: browser.runtime.getURL(`popup.html?tab=${tabId}`),
    type: 'popup',
    width: 400,
    height: 640,
  });
  return 'window';
}
