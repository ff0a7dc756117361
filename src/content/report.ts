// Reads the open message through the adapter and builds the report the worker receives. The worker
// runs the detector and extractor, off the page's main thread.
import type { ContentToWorker } from '../core/messages';
import { section } from './perf';
import type { SiteAdapter } from './sites/types';

export type MessageOpened = Extract<ContentToWorker, { type: 'message-opened' }>;

export function describeOpenMessage(adapter: SiteAdapter): MessageOpened | null {
  const message = section('read', () => adapter.readOpenMessage());
  if (!message) return null;
  return { type: 'message-opened', site: adapter.id, url: location.href.slice(0, 4_000), message };
}
