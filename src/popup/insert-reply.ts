// Asks the worker to compose and insert, and turns its answer into the sentence the popup shows.
// When inserting failed, the popup copies the worker's draft itself (it has the user's click).
import type { InsertDeclineReply } from '../background/insert-flow';
import type { ComposedDraft } from '../core/types';
import browser from '../platform/browser';
import { copyDraft } from '../ui/clipboard';
import { composeInputs, type DeclineForm } from './decline-form';

export interface Outcome {
  kind: 'ok' | 'warn' | 'error';
  text: string;
}

export async function insertReply(tabId: number | null, form: DeclineForm, preview: ComposedDraft | null): Promise<Outcome> {
  if (tabId == null) return copyInstead('There is no mail tab to insert into.', preview);
  let reply: InsertDeclineReply | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ type: 'insert-decline', tabId, ...composeInputs(form) })) as InsertDeclineReply | undefined;
  } catch {
    reply = undefined;
  }
  if (!reply?.result) return copyInstead('Graceful Decline could not start the insert.', preview);
  const { result, draft } = reply;
  if (result.status === 'inserted') {
    return { kind: 'ok', text: `Inserted into the reply. ${result.message} Review it, then send it from your mail when you are ready.` };
  }
  if (result.status === 'copied') {
    // The page's message already says why and how to paste.
    return { kind: 'warn', text: `Not inserted. ${result.message}` };
  }
  return copyInstead(`Not inserted: ${result.message}`, draft);
}

async function copyInstead(why: string, draft: { text: string; html: string } | null): Promise<Outcome> {
  const copied = draft ? await copyDraft(draft.text, draft.html) : false;
  return copied
    ? { kind: 'warn', text: `${why} The reply is copied to the clipboard: click in your reply and paste it (Ctrl+V).` }
    : { kind: 'error', text: `${why} Copying failed too: select the preview text and copy it yourself.` };
}
