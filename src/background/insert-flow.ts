// 'insert-decline' from the popup: compose with the same inputs the popup previewed (answers, the
// user's fields, settings from storage.sync) and insert into the tab's reply box.
import { composeDecline } from '../core/compose/index';
import { extractInvitation } from '../core/extract/index';
import type { PageToWorker } from '../core/messages';
import type { ComposedDraft, InsertResult } from '../core/types';
import { loadSettings } from '../platform/settings-store';
import { emitDeclineInserted } from './events';
import { insertDraftInTab } from './insert-draft';
import { buildInvitation } from './invitation-context';
import { getTabState } from './tab-state';

export interface InsertDeclineReply {
  result: InsertResult;
  /** Always returned, so the popup can copy it when inserting failed. */
  draft: ComposedDraft;
}

type InsertDeclineMessage = Extract<PageToWorker, { type: 'insert-decline' }>;

export async function insertDecline(msg: InsertDeclineMessage): Promise<InsertDeclineReply> {
  const [settings, state] = await Promise.all([loadSettings(), getTabState(msg.tabId)]);
  const pasted = msg.pastedEmail
    ? { subject: msg.pastedEmail.subject, extraction: extractInvitation({ subject: msg.pastedEmail.subject, body: msg.pastedEmail.body }) }
    : null;
  const invitation = buildInvitation(state, msg.invitation, pasted);
  const draft = composeDecline({ invitation, answers: msg.answers, settings });
  const result = await insertDraftInTab(msg.tabId, state?.message.messageId ?? null, draft);
  if (result.status !== 'failed') await emitDeclineInserted({ tabId: msg.tabId, state, result, draft, via: 'popup', answers: msg.answers });
  return { result, draft };
}
