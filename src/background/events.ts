// Extension points for features that follow what the worker sees and does (the pending-invitations
// list of issue 7 records invitations and marks them declined). Listeners are added synchronously in
// worker.ts on every start, like browser listeners, so nothing here is state that a restart loses.
import type { ComposedDraft, DeclineAnswers, InsertResult } from '../core/types';
import type { TabState } from '../platform/tab-state';

export interface InvitationSeenEvent {
  tabId: number;
  state: TabState;
}

export interface DeclineInsertedEvent {
  tabId: number;
  /** The open message the draft answers, when the page showed one. */
  state: TabState | null;
  result: InsertResult;
  draft: ComposedDraft;
  /** How the user asked for it. */
  via: 'popup' | 'context-menu' | 'command';
  /** The answers the draft was composed from (absent: the options' defaults). */
  answers?: DeclineAnswers;
}

type Listener<E> = (e: E) => void | Promise<void>;

const seen: Listener<InvitationSeenEvent>[] = [];
const inserted: Listener<DeclineInsertedEvent>[] = [];

/** Called for every open message the content script reports (check state.detection.invite). */
export function onMessageSeen(fn: Listener<InvitationSeenEvent>): void {
  seen.push(fn);
}

/** Called after a draft was inserted or copied (not when it failed). */
export function onDeclineInserted(fn: Listener<DeclineInsertedEvent>): void {
  inserted.push(fn);
}

export function emitMessageSeen(e: InvitationSeenEvent): Promise<void> {
  return runAll(seen, e);
}

export function emitDeclineInserted(e: DeclineInsertedEvent): Promise<void> {
  return runAll(inserted, e);
}

/** One failing listener never stops the others or the flow that emitted the event. */
async function runAll<E>(list: Listener<E>[], e: E): Promise<void> {
  for (const fn of list) {
    try {
      await fn(e);
    } catch (err) {
      console.warn('Graceful Decline: a listener failed', err);
    }
  }
}
