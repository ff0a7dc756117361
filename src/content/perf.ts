// Counts the main-thread time the content script spends in its own callbacks, so the benchmark
// (scripts/bench/30-content-browser.ts) can report it. Only a bench build (esbuild define
// __GD_BENCH__ = true) publishes the total, as a data attribute the page can read.

declare const __GD_BENCH__: boolean | undefined;
const BENCH = typeof __GD_BENCH__ !== 'undefined' && __GD_BENCH__;

let totalMs = 0;
let calls = 0;

export function timed<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  if (!BENCH) return fn;
  return (...args: A) => {
    const t0 = performance.now();
    try {
      return fn(...args);
    } finally {
      totalMs += performance.now() - t0;
      calls++;
      // An attribute change: the watcher observes childList only, so this does not feed back.
      document.documentElement.dataset.gdBench = `${totalMs.toFixed(3)}/${calls}`;
    }
  };
}
