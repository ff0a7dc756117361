// Reads the open message through the adapter, runs the detector and extractor, and builds the
// message the worker receives.
import { detectInvitation } from '../core/detect';
import { extractInvitation } from '../core/extract';
import type { ContentToWorker } from '../core/messages';
import { section, timedCore } from './perf';
import type { SiteAdapter } from './sites/types';

export type MessageOpened = Extract<ContentToWorker, { type: 'message-opened' }>;

export function describeOpenMessage(adapter: SiteAdapter): MessageOpened | null {
  const message = section('read', () => adapter.readOpenMessage());
  if (!message) return null;
  const email = { from: message.from, subject: message.subject, body: message.body };
  return {
    type: 'message-opened',
    site: adapter.id,
    url: location.href.slice(0, 4_000),
    message,
    detection: timedCore(() => detectInvitation(email)),
    extraction: timedCore(() => extractInvitation(email)),
  };
}
