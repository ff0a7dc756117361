// When the tab's state is gone (the browser restarted, storage.session was cleared) ask the content
// script to read the open message again, check what it sends, and record it.
import { ContentToWorkerSchema, OpenMessageSchema, parseMessage } from '../core/messages';
import { analyseMessage } from './analyse-message';
import { showInvitationBadge } from './badge';
import { sendToTab } from './send-to-tab';
import { setTabState, type TabState } from '../platform/tab-state';

const READ_TIMEOUT_MS = 3_000;

export async function readOpenMessage(tabId: number): Promise<TabState | null> {
  const reply = await sendToTab(tabId, { type: 'read-open-message' }, READ_TIMEOUT_MS);
  if (!reply.ok || reply.reply == null) return null;
  const state = toTabState(reply.reply);
  if (state) {
    await setTabState(tabId, state);
    if (state.detection.invite) await showInvitationBadge(tabId).catch(() => undefined);
  }
  return state;
}

/** Accepts the page's 'message-opened' report, or just {message}, and analyses it here. */
export function toTabState(raw: unknown): TabState | null {
  const full = parseMessage(ContentToWorkerSchema, raw);
  if (full?.type === 'message-opened') {
    const { site, url, message } = full;
    return { site, url, message, ...analyseMessage(message), seenAt: Date.now() };
  }
  const bare = typeof raw === 'object' && raw !== null && 'message' in raw ? parseMessage(OpenMessageSchema, raw.message) : null;
  if (!bare) return null;
  const url = 'url' in (raw as object) && typeof (raw as { url: unknown }).url === 'string' ? (raw as { url: string }).url : '';
  return { site: 'generic', url, message: bare, ...analyseMessage(bare), seenAt: Date.now() };
}
