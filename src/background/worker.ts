import browser from '../platform/browser';

export function registerWorker(): void {
  browser.runtime.onInstalled.addListener(() => undefined);
}
