// Chooses the site adapter for the page by hostname.
import { generic } from './generic';
import { gmail } from './gmail';
import { outlook } from './outlook';
import { OUTLOOK_HOSTS } from './outlook-selectors';
import type { SiteAdapter } from './types';

export function pickAdapter(loc: { hostname: string; pathname: string }): SiteAdapter {
  if (loc.hostname === 'mail.google.com') return gmail;
  // Outlook serves mail under /mail (calendar, people and settings pages live elsewhere).
  if (OUTLOOK_HOSTS.includes(loc.hostname) && (loc.pathname.startsWith('/mail') || loc.pathname.startsWith('/owa'))) return outlook;
  return generic;
}
