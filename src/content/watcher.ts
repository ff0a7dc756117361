// Notices when the open message changes, cheaply: one MutationObserver whose callback only arms a
// timer, plus hashchange/popstate. The timer's tick asks the adapter for a cheap key; the message is
// read (and detection run) only when that key changes.
import { timed } from './perf';
import type { SiteAdapter } from './sites/types';

/** Mutations come in bursts while a webmail renders; one look per burst is enough. */
export const SETTLE_MS = 40;

export interface WatchEvents {
  /** A new message is open (key changed to a non-null value). False: it could not be read yet, look again. */
  opened(key: string): boolean;
  /** No message is open any more. */
  closed(): void;
  /** Same message, another tick: lets the chip come back after the webmail re-rendered the header. */
  same(key: string): void;
}

export function watch(adapter: SiteAdapter, on: WatchEvents, root: Node = document.documentElement): () => void {
  let current: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const tick = timed(() => {
    timer = null;
    const key = adapter.isListView() ? null : adapter.openKey();
    if (key === current) {
      if (key) on.same(key);
      return;
    }
    const had = current;
    current = key;
    if (key) {
      if (!on.opened(key)) current = null;
    } else if (had) on.closed();
  });

  const arm = timed(() => {
    if (timer === null) timer = setTimeout(tick, SETTLE_MS);
  });
  // Navigation: look at once (single-page webmails often render the message in the same task),
  // and again after the mutations that follow.
  const navigated = timed(() => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      tick();
      arm();
    }, 0);
  });
  const observer = new MutationObserver(arm);
  observer.observe(root, { childList: true, subtree: true });
  window.addEventListener('hashchange', navigated);
  window.addEventListener('popstate', navigated);
  arm();

  return () => {
    observer.disconnect();
    window.removeEventListener('hashchange', navigated);
    window.removeEventListener('popstate', navigated);
    if (timer !== null) clearTimeout(timer);
  };
}
