// Opens the reply on the message, puts the draft at the top of its body with the first strategy
// the editor honours, confirms by reading it back, and falls back to the clipboard with a notice.
// Never sends and never submits anything.
import type { InsertResult } from '../../core/types';
import type { SiteAdapter } from '../sites/types';
import { showNotice } from '../ui/notice';
import { copyText } from './clipboard';
import { STRATEGIES } from './strategies';
import { contentOf, landedOnTop, snapshot } from './verify';

export const EDITOR_TIMEOUT_MS = 8_000;

export interface DraftToInsert {
  subject: string;
  text: string;
}

export async function insertDraft(
  adapter: SiteAdapter,
  messageId: string | null,
  draft: DraftToInsert,
  timeoutMs = EDITOR_TIMEOUT_MS,
): Promise<InsertResult> {
  if (!draft.text.trim()) return { status: 'failed', message: 'The draft is empty: nothing was inserted.' };
  const opened = await adapter.openReply(messageId, timeoutMs);
  if ('error' in opened) return clipboardFallback(draft.text, opened.error);
  const { editor } = opened;
  const before = contentOf(editor);
  const restore = snapshot(editor);
  for (const name of adapter.strategies) {
    try {
      STRATEGIES[name](editor, draft);
    } catch {
      // An editor that throws on one strategy may still take the next one.
    }
    if (landedOnTop(editor, draft.text, before)) {
      adapter.signalChange(editor);
      return {
        status: 'inserted',
        strategy: name,
        message: 'The draft is at the top of the reply, above the quoted message.',
      };
    }
    if (contentOf(editor) !== before) restore();
  }
  return clipboardFallback(draft.text, 'The reply box did not accept the draft.');
}

async function clipboardFallback(text: string, why: string): Promise<InsertResult> {
  const copied = await copyText(text);
  if (copied) {
    const message = `${why} The draft is copied to your clipboard: open the reply and paste it (Ctrl+V or ⌘V).`;
    showNotice(message, 'info');
    return { status: 'copied', strategy: 'clipboard', message };
  }
  const message = `${why} The draft could not be copied either: open the reply yourself and use "Insert reply" again.`;
  showNotice(message, 'error');
  return { status: 'failed', message };
}
