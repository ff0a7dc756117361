// When the tab's state is gone (the browser restarted, storage.session was cleared) ask the content
// script to read the open message again, check what it sends, and record it.
import { detectInvitation } from '../core/detect/index';
import { extractInvitation } from '../core/extract/index';
import { ContentToWorkerSchema, OpenMessageSchema, parseMessage } from '../core/messages';
import { showInvitationBadge } from './badge';
import { sendToTab } from './send-to-tab';
import { setTabState, type TabState } from './tab-state';

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

/**
 * Accepts a full 'message-opened' report, or just {message} (then the worker detects and extracts
 * itself with the same core code the content script uses).
 */
export function toTabState(raw: unknown): TabState | null {
  const full = parseMessage(ContentToWorkerSchema, raw);
  if (full?.type === 'message-opened') {
    const { site, url, message, detection, extraction } = full;
    return { site, url, message, detection, extraction, seenAt: Date.now() };
  }
  const bare = typeof raw === 'object' && raw !== null && 'message' in raw ? parseMessage(OpenMessageSchema, raw.message) : null;
  if (!bare) return null;
  const url = 'url' in (raw as object) && typeof (raw as { url: unknown }).url === 'string' ? (raw as { url: string }).url : '';
  return { site: 'generic', url, message: bare, detection: detectInvitation(bare), extraction: extractInvitation(bare), seenAt: Date.now() };
}
