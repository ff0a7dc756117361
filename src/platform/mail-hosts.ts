// The mail hosts the extension works on, read from the manifest's host_permissions so the list lives
// in one place.
import browser from './browser';

/** Match patterns such as "https://mail.google.com/*". */
export function mailHostPatterns(): string[] {
  const hp = (browser.runtime.getManifest() as { host_permissions?: string[] }).host_permissions ?? [];
  return hp.filter((p) => /^https:\/\/[^/*]+\/\*$/.test(p));
}

export function isMailUrl(url: string | undefined | null, patterns = mailHostPatterns()): boolean {
  if (!url) return false;
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:') return false;
    host = u.host;
  } catch {
    return false;
  }
  return patterns.some((p) => p === `https://${host}/*`);
}

/** The host pattern for a URL when it is one of the mail hosts, else null. */
export function mailPatternFor(url: string | undefined | null): string | null {
  if (!url || !isMailUrl(url)) return null;
  return `https://${new URL(url).host}/*`;
}
