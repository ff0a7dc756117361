// Issue 7 in the worker: remember detected invitations, mark them declined once a decline is
// inserted, answer the popup's and options page's status / open requests, run the reminders and keep
// the pending-count badge current. Registered synchronously from worker.ts on every start.
import { type SeenInvitation, keyOfSeen } from '../core/invitations';
import type { PageToWorker } from '../core/messages';
import browser from '../platform/browser';
import { loadSettings } from '../platform/settings-store';
import { answersFromSettings } from '../core/default-answers';
import { type DeclineInsertedEvent, type InvitationSeenEvent, onDeclineInserted, onMessageSeen } from './events';
import { onInvitationsChanged, recordInvitation, setInvitationStatus } from './invitations';
import { openInvitation } from './open-invitation';
import { refreshPendingBadge } from './pending-badge';
import { registerReminders } from './reminders';
import type { TabState } from '../platform/tab-state';

function seenFromState(state: TabState): SeenInvitation {
  return { site: state.site, url: state.url, message: state.message, extraction: state.extraction };
}

export async function onSeen({ tabId, state }: InvitationSeenEvent): Promise<void> {
  if (state.detection.invite) await recordInvitation(seenFromState(state));
  else await refreshPendingBadge(tabId); // a tab with no invitation shows the pending count (option)
}

/** A decline inserted into the reply box marks its invitation declined, with the reasons chosen. */
export async function onInserted(e: DeclineInsertedEvent): Promise<void> {
  if (e.result.status !== 'inserted' || !e.state?.detection.invite) return;
  const answers = e.answers ?? answersFromSettings(await loadSettings());
  await recordInvitation(seenFromState(e.state)); // in case it was never recorded (e.g. storage was cleared)
  await setInvitationStatus(keyOfSeen(e.state), 'declined', {
    reasons: answers.reasons,
    customReason: answers.customReason,
  });
}

type StatusMsg = Extract<PageToWorker, { type: 'set-invitation-status' }>;
type OpenMsg = Extract<PageToWorker, { type: 'open-invitation' }>;

/** Page handlers for worker.ts's router. Each answers {ok: true} or {ok: false, error}. */
export const invitationPageHandlers = {
  async 'set-invitation-status'(msg: StatusMsg) {
    const r = await setInvitationStatus(msg.key, msg.status);
    return r.ok ? { ok: true, status: r.entry.status, previous: r.previous } : { ok: false, error: r.error };
  },
  async 'open-invitation'(msg: OpenMsg) {
    return openInvitation(msg.key);
  },
};

export function registerInvitations(): void {
  onMessageSeen(onSeen);
  onDeclineInserted(onInserted);
  registerReminders();
  onInvitationsChanged(() => void refreshPendingBadge().catch(() => undefined));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && 'settings' in changes) void refreshPendingBadge().catch(() => undefined);
  });
}
