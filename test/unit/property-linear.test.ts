// Time stays linear in the input's length: for each shape of large input that tends to expose
// super-linear regexes, 4x the input must cost less than 6x the time. Each size runs 5 times and the
// fastest counts: on a shared 2-core machine garbage collection and other processes only ever add
// time, so the minimum is the steadiest measure of the algorithm (catastrophic backtracking shows in
// every run, the minimum included). The median was tried first and failed at random on GC pauses.
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { composeDecline } from '../../src/core/compose';
import { detectInvitation } from '../../src/core/detect';
import { extractInvitation } from '../../src/core/extract';
import { checkTone } from '../../src/core/tone';
import { BIG_SHAPES } from './property-arbitraries';

const SIZES = [64 * 1024, 256 * 1024, 1024 * 1024];
// A full garbage collection before each timed run, so no run pays for the garbage of the one before.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;
const RUNS = 5;
/** Below this, timer noise dominates: a step from 0.2 ms to 1.5 ms says nothing about growth. */
const FLOOR_MS = 5;



/**
 * Fastest time of fn(input) per size. The sizes take turns (64K, 256K, 1M, 64K, ...) so a burst of
 * load from other processes hits every size alike; each run gets a distinct input so no cache can answer.
 */
function timeBySize(make: (n: number) => string, fn: (s: string) => unknown): number[] {
  const bases = SIZES.map((n) => make(n));
  for (const b of bases) fn(`${b} warm-up`);
  const best = SIZES.map(() => Number.POSITIVE_INFINITY);
  for (let r = 0; r < RUNS; r++) {
    bases.forEach((base, i) => {
      const input = `${base}${r}`;
      collectGarbage();
      const t0 = performance.now();
      fn(input);
      best[i] = Math.min(best[i] ?? Number.POSITIVE_INFINITY, performance.now() - t0);
    });
  }
  return best;
}

function expectLinear(label: string, times: number[]): void {
  const line = times.map((t, i) => `${Math.round((SIZES[i] ?? 0) / 1024)} KB ${t.toFixed(1)} ms`).join(', ');
  console.log(`${label}: ${line}`);
  for (let i = 1; i < times.length; i++) {
    const ratio = (times[i] ?? 0) / Math.max(times[i - 1] ?? 0, FLOOR_MS);
    expect(ratio, `${label}: 4x the input took ${ratio.toFixed(1)}x the time (${line})`).toBeLessThan(6);
  }
}

const FNS: Record<string, (s: string) => unknown> = {
  'detect (body)': (s) => detectInvitation({ from: { name: 'Jane', email: 'jane@acme.example' }, subject: 'Interview', body: s }),
  'detect (subject and name)': (s) => detectInvitation({ from: { name: s, email: 'jane@acme.example' }, subject: s, body: 'Hi' }),
  'extract (body)': (s) => extractInvitation({ from: { name: 'Jane Doe', email: 'jane@acme.example' }, subject: 'Interview', body: s }),
  'extract (subject and name)': (s) => extractInvitation({ from: { name: s, email: 'jane@acme.example' }, subject: s, body: 'Hi' }),
  checkTone: (s) => checkTone(s, 'en'),
  'compose (every field)': (s) =>
    composeDecline({
      invitation: { company: s, role: s, contactFirstName: s, contactName: s, subject: s, lang: 'en' },
      answers: { customReason: s, specificArea: s, mentionReason: true, reasons: ['other'] },
      settings: { fullName: s, contactInfo: s },
    }),
};

describe('time grows linearly with input size', () => {
  for (const [fnName, fn] of Object.entries(FNS)) {
    for (const [shape, make] of Object.entries(BIG_SHAPES)) {
      // A retry absorbs a burst of load from other processes; super-linear code fails every attempt.
      it(`${fnName}, ${shape}`, { retry: 2 }, () => {
        expectLinear(`${fnName} / ${shape}`, timeBySize(make, fn));
      });
    }
  }
});
