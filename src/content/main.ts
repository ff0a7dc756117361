import browser from '../platform/browser';

// Minimal loop (foundation): announce the page; the site adapters replace this.
export function startContentScript(): void {
  document.documentElement.dataset.gracefulDecline = 'loaded';
}
void browser;
