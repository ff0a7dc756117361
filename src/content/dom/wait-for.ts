// Wait until a lookup returns an element, watching only the given root, with a timeout.

export function waitFor<T>(lookup: () => T | null, opts: { root?: Node; timeoutMs: number }): Promise<T | null> {
  const now = lookup();
  if (now) return Promise.resolve(now);
  const root = opts.root ?? document.documentElement;
  return new Promise((resolve) => {
    let done = false;
    const finish = (v: T | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      resolve(v);
    };
    const observer = new MutationObserver(() => {
      const found = lookup();
      if (found) finish(found);
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'contenteditable', 'style', 'hidden'] });
    const timer = setTimeout(() => finish(lookup()), opts.timeoutMs);
  });
}
