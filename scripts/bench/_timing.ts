// The per-mail timing both detector benchmarks use (10-detect in Node, 15-detect-chromium bundles it
// into the page): fresh copies of each mail every pass, so prepareEmail's one-entry cache cannot help.
import type { EmailInput } from '../../src/core/types';

export const copyMail = (m: EmailInput): EmailInput => ({ from: m.from, subject: `${m.subject}`, body: `${m.body} ` });

/** Each mail's time for `fn`, over `rounds` passes, sorted. */
export function timeEach(mails: EmailInput[], fn: (m: EmailInput) => unknown, rounds: number): number[] {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const m of mails) {
      const input = copyMail(m);
      const t0 = performance.now();
      fn(input);
      times.push(performance.now() - t0);
    }
  }
  return times.sort((a, b) => a - b);
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}
