// "2 days ago" for when an invitation arrived (a prompt answer is part of a good decline).
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

export function timeAgo(then: number, now = Date.now()): string {
  const diff = Math.max(0, now - then);
  if (diff < 60_000) return 'just now';
  const fmt = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (diff >= ms) return fmt.format(-Math.floor(diff / ms), unit);
  }
  return 'just now';
}

/** The arrival time: the page's receivedAt when it parses, else when the extension first saw it. */
export function arrivedAt(receivedAt: string | null | undefined, seenAt: number): number {
  const t = receivedAt ? Date.parse(receivedAt) : Number.NaN;
  return Number.isFinite(t) && t <= Date.now() + 60_000 ? t : seenAt;
}
