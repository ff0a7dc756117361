// "Draft with my defaults" — the context menu and the keyboard shortcut: compose from the options'
// defaults for the selected text or the open message, insert, and tell the user in the page and on
// the toolbar button.
import { composeDecline } from '../core/compose/index';
import { extractInvitation } from '../core/extract/index';
import type { ComposedDraft, InsertResult } from '../core/types';
import browser from '../platform/browser';
import { loadSettings } from '../platform/settings-store';
import { answersFromSettings } from '../core/default-answers';
import { emitDeclineInserted } from './events';
import { insertDraftInTab } from './insert-draft';
import { buildInvitation, overridesFromExtraction } from '../core/invitation-context';
import { readOpenMessage } from './read-open-message';
import { sendToTab } from './send-to-tab';
import { getTabState } from '../platform/tab-state';

export interface QuickDraftOutcome {
  result: InsertResult;
  draft: ComposedDraft | null;
}

export async function draftWithDefaults(
  tabId: number,
  opts: { selectionText?: string | undefined; via: 'context-menu' | 'command' },
): Promise<QuickDraftOutcome> {
  const selection = await fullSelection(tabId, opts.selectionText ?? '');
  const [settings, stored] = await Promise.all([loadSettings(), getTabState(tabId)]);
  const state = stored ?? (selection ? null : await readOpenMessage(tabId));
  const pasted = selection ? { subject: '', extraction: extractInvitation({ subject: '', body: selection }) } : null;
  const source = pasted?.extraction ?? state?.extraction;
  if (!source) {
    const result: InsertResult = {
      status: 'failed',
      message: 'No open email found here. Open the invitation (or select its text) and try again, or use the toolbar button.',
    };
    await report(tabId, result);
    return { result, draft: null };
  }
  const invitation = buildInvitation(state, overridesFromExtraction(source), pasted);
  const answers = answersFromSettings(settings);
  const draft = composeDecline({ invitation, answers, settings });
  const result = await insertDraftInTab(tabId, state?.message.messageId ?? null, draft);
  await report(tabId, result);
  if (result.status !== 'failed') await emitDeclineInserted({ tabId, state, result, draft, answers, via: opts.via });
  return { result, draft };
}

/**
 * The browser gives the menu the selection with its line breaks collapsed, which hides the structure
 * the extractor reads (greeting, signature lines); the page still has it, so ask for it there.
 */
async function fullSelection(tabId: number, menuText: string): Promise<string> {
  const collapsed = menuText.replace(/\s+/g, ' ').trim();
  if (!collapsed) return '';
  const reply = await sendToTab(tabId, { type: 'get-selection' }, 1_000);
  const got = reply.ok ? (reply.reply as { text?: unknown } | null)?.text : undefined;
  const text = typeof got === 'string' ? got.trim() : '';
  return text.replace(/\s+/g, ' ').includes(collapsed.slice(0, 200)) ? text : collapsed;
}

/** In the page (when the content script is there) and in the toolbar button's tooltip. */
async function report(tabId: number, result: InsertResult): Promise<void> {
  const kind = result.status === 'failed' ? 'error' : 'info';
  await Promise.all([
    sendToTab(tabId, { type: 'show-notice', text: result.message, kind }, 2_000),
    browser.action.setTitle({ tabId, title: `Graceful Decline: ${result.message}` }).catch(() => undefined),
    result.status === 'failed' ? browser.action.setBadgeText({ tabId, text: '!' }).catch(() => undefined) : undefined,
  ]);
}
