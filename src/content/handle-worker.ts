// Answers the worker's requests. Only this extension may ask (sender.id), and every request is
// validated against the message union before anything happens; window.postMessage is never read.
import { parseMessage, type WorkerToContent, WorkerToContentSchema } from '../core/messages';
import type { InsertResult } from '../core/types';
import browser, { type Runtime } from '../platform/browser';
import { insertDraft } from './insert/insert-draft';
import { describeOpenMessage, type MessageOpened } from './report';
import type { SiteAdapter } from './sites/types';
import { showNotice } from './ui/notice';

export type WorkerReply = InsertResult | MessageOpened | { text: string } | { ok: boolean } | null;

// One insertion at a time: a second click while the reply box opens must not insert twice.
let inserting = false;

async function insertOnce(adapter: SiteAdapter, msg: Extract<WorkerToContent, { type: 'insert-draft' }>): Promise<InsertResult> {
  if (inserting) return { status: 'failed', message: 'A draft is already being inserted into this reply.' };
  inserting = true;
  try {
    return await insertDraft(adapter, msg.messageId, msg.draft);
  } finally {
    inserting = false;
  }
}

export function handleWorkerMessage(adapter: SiteAdapter, msg: WorkerToContent): Promise<WorkerReply> {
  switch (msg.type) {
    case 'insert-draft':
      return insertOnce(adapter, msg);
    case 'get-selection':
      return Promise.resolve({ text: (document.getSelection()?.toString() ?? '').slice(0, 200_000) });
    case 'read-open-message':
      return Promise.resolve(describeOpenMessage(adapter));
    case 'show-notice':
      showNotice(msg.text, msg.kind);
      return Promise.resolve({ ok: true });
  }
}

export function listenToWorker(adapter: SiteAdapter): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseMessage(WorkerToContentSchema, raw);
    if (!msg) {
      console.warn('Graceful Decline: ignored a malformed request from the worker');
      return undefined;
    }
    return handleWorkerMessage(adapter, msg);
  });
}
