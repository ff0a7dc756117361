// Notices when the open message changes, cheaply: one MutationObserver whose callback only arms a
// timer, plus hashchange/popstate. The tick (after the burst settles and the next frame is drawn)
// asks the adapter for a cheap key; the message is read (and detection run) only when it changes.
import { afterFrame } from './dom/after-frame';
import { section, timed } from './perf';
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
  let cancel: (() => void) | null = null;

  const tick = timed(() => {
    cancel = null;
    const key = section('key', () => (adapter.isListView() ? null : adapter.openKey()));
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

  /** One look per burst: the first change arms it, the rest of the burst finds it armed. */
  const schedule = (delayMs: number) => {
    let stopFrame: (() => void) | null = null;
    const timer = setTimeout(() => {
      stopFrame = afterFrame(tick);
    }, delayMs);
    cancel = () => {
      clearTimeout(timer);
      stopFrame?.();
    };
  };
  const arm = timed(() => {
    if (cancel === null) schedule(SETTLE_MS);
  });
  // Navigation: look at the next frame instead of waiting for the burst to settle.
  const navigated = timed(() => {
    cancel?.();
    schedule(0);
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
    cancel?.();
  };
}
