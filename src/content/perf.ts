// Counts the main-thread time the content script spends in its own callbacks, so the benchmark
// (scripts/bench/30-content-browser.ts) can report it. Only a bench build (esbuild define
// __GD_BENCH__ = true) publishes the total, as a data attribute the page can read.

declare const __GD_BENCH__: boolean | undefined;
const BENCH = typeof __GD_BENCH__ !== 'undefined' && __GD_BENCH__;

let totalMs = 0;
let calls = 0;
let depth = 0;
const sections: Record<string, number> = {};

let publishPending = false;
/** Writes the figures at most every 50 ms, so measuring does not add a DOM write per mutation. */
const publish = () => {
  if (publishPending) return;
  publishPending = true;
  setTimeout(() => {
    publishPending = false;
    // An attribute change: the watcher observes childList only, so this does not feed back.
    document.documentElement.dataset.gdBench = `${totalMs.toFixed(3)}/${calls}`;
    document.documentElement.dataset.gdBenchSections = JSON.stringify(sections);
  }, 50);
};

export function timed<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  if (!BENCH) return fn;
  return (...args: A) => {
    // Nested timed() calls (a tick that reports a message) are counted once, by the outermost.
    if (depth > 0) return fn(...args);
    depth++;
    const t0 = performance.now();
    try {
      return fn(...args);
    } finally {
      depth--;
      totalMs += performance.now() - t0;
      calls++;
      publish();
    }
  };
}

/** Time of one part of the work (already counted in the enclosing timed() call), published per name
 *  in data-gd-bench-sections. */
export function section<R>(name: string, fn: () => R): R {
  if (!BENCH) return fn();
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    const ms = performance.now() - t0;
    sections[name] = (sections[name] ?? 0) + ms;
    publish();
  }
}
