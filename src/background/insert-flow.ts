// 'insert-decline' from the popup: compose exactly as the preview did (compose-request.ts) and insert
// into the tab's reply box.
import type { PageToWorker } from '../core/messages';
import type { ComposedDraft, InsertResult } from '../core/types';
import { composeRequest } from './compose-request';
import { emitDeclineInserted } from './events';
import { insertDraftInTab } from './insert-draft';

export interface InsertDeclineReply {
  result: InsertResult;
  /** Always returned, so the popup can copy it when inserting failed. */
  draft: ComposedDraft;
}

type InsertDeclineMessage = Extract<PageToWorker, { type: 'insert-decline' }>;

export async function insertDecline(msg: InsertDeclineMessage): Promise<InsertDeclineReply> {
  const { draft, state } = await composeRequest(msg);
  const result = await insertDraftInTab(msg.tabId, state?.message.messageId ?? null, draft);
  if (result.status !== 'failed') {
    await emitDeclineInserted({ tabId: msg.tabId, state, result, draft, answers: msg.answers, via: 'popup' });
  }
  return { result, draft };
}
