// Sends a composed draft to the tab's content script and turns every outcome into an InsertResult the
// user can act on: the content script's own answer, or a clear failure (the caller still has the draft).
import { InsertResultSchema, parseMessage } from '../core/messages';
import type { ComposedDraft, InsertResult } from '../core/types';
import browser from '../platform/browser';
import { isMailUrl, mailHostPatterns, mailPatternFor } from '../platform/mail-hosts';
import { sendToTab } from './send-to-tab';

/** Opening the reply and waiting for the editor takes a few seconds at most on a slow page. */
export const INSERT_TIMEOUT_MS = 15_000;

export async function insertDraftInTab(tabId: number, messageId: string | null, draft: ComposedDraft): Promise<InsertResult> {
  const reply = await sendToTab(
    tabId,
    { type: 'insert-draft', messageId, draft: { subject: draft.subject, text: draft.text, html: draft.html } },
    INSERT_TIMEOUT_MS,
  );
  if (reply.ok) {
    const result = parseMessage(InsertResultSchema, reply.reply);
    if (result) return result;
    return failed('The page answered in a way Graceful Decline did not understand, so nothing was inserted.');
  }
  if (reply.reason === 'timeout') {
    return failed('The mail page did not answer in time, so nothing was inserted. Reload the tab and try again, or copy the reply.');
  }
  return failed(await unreachableMessage(tabId));
}

function failed(message: string): InsertResult {
  return { status: 'failed', message };
}

/** Why the tab has no content script, as precisely as the worker can tell. */
async function unreachableMessage(tabId: number): Promise<string> {
  const url = await browser.tabs.get(tabId).then((t) => t.url ?? null, () => null);
  const pattern = mailPatternFor(url);
  if (pattern && !(await browser.permissions.contains({ origins: [pattern] }).catch(() => true))) {
    return 'Graceful Decline has no access to this mail site. Open the popup and choose "Allow access", or copy the reply.';
  }
  if (!url && !(await browser.permissions.contains({ origins: mailHostPatterns() }).catch(() => true))) {
    // Without host access the tab's URL is hidden too: the likeliest cause is revoked access.
    return 'Graceful Decline could not reach this tab; its access to Gmail and Outlook may be turned off. Open the popup to allow access, or copy the reply.';
  }
  if (url && !isMailUrl(url)) {
    return 'This tab is not Gmail or Outlook on the web, so the reply could not be inserted. Copy it and paste it into your reply.';
  }
  return 'Graceful Decline cannot reach this page yet. Reload the mail tab (needed once after installing), then try again, or copy the reply.';
}
