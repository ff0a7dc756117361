// "Waiting for an answer": the invitations the user has not answered yet, oldest first, with their
// age. One click opens one; each can be marked answered elsewhere or "not an invitation", with undo.
import { useEffect, useState } from 'preact/hooks';
import { type InvitationEntry, type InvitationStatus, ageText, arrivedAt, invitationTitle, keyOfSeen, pendingOldestFirst } from '../core/invitations';
import browser from '../platform/browser';
import { loadInvitations, onInvitationsChanged } from '../background/invitations';
import { getTabState } from '../platform/tab-state';

/** How many rows show before "Show all". */
const COLLAPSED_ROWS = 5;

const STATUS_DONE: Record<Exclude<InvitationStatus, 'pending'>, string> = {
  declined: 'Marked as declined.',
  handled: 'Marked as answered.',
  dismissed: 'Hidden: not an invitation.',
};

async function send(msg: { type: 'set-invitation-status'; key: string; status: InvitationStatus } | { type: 'open-invitation'; key: string }) {
  const r = (await browser.runtime.sendMessage(msg)) as { ok?: boolean; error?: string } | undefined;
  if (!r?.ok) throw new Error(r?.error ?? 'The extension did not answer; try again.');
}

export interface PendingListProps {
  /** The tab the popup works on; the invitation open there is labelled "open here". */
  tabId?: number | null;
}

export function PendingList({ tabId = null }: PendingListProps) {
  const [entries, setEntries] = useState<InvitationEntry[] | null>(null);
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [notice, setNotice] = useState<{ text: string; undoKey?: string; error?: boolean } | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let live = true;
    loadInvitations().then((s) => live && setEntries(s.entries));
    const off = onInvitationsChanged((s) => setEntries(s.entries));
    if (tabId != null) getTabState(tabId).then((s) => live && s && setCurrentKey(keyOfSeen(s)), () => undefined);
    const tick = setInterval(() => setNow(Date.now()), 60_000);
    return () => {
      live = false;
      off();
      clearInterval(tick);
    };
  }, [tabId]);

  if (!entries) return null;
  const pending = pendingOldestFirst(entries);
  if (!pending.length && !notice) return null;
  const shown = showAll ? pending : pending.slice(0, COLLAPSED_ROWS);

  const act = (key: string, status: InvitationStatus) =>
    send({ type: 'set-invitation-status', key, status }).then(
      () => setNotice(status === 'pending' ? { text: 'Back in the list.' } : { text: STATUS_DONE[status], undoKey: key }),
      (e: Error) => setNotice({ text: e.message, error: true }),
    );
  const open = (key: string) => send({ type: 'open-invitation', key }).catch((e: Error) => setNotice({ text: e.message, error: true }));

  return (
    <section class="section pending-list" aria-labelledby="pending-heading" data-testid="pending-list">
      <h2 id="pending-heading">
        Waiting for an answer <span class="pending-count">({pending.length})</span>
      </h2>
      {pending.length ? (
        <p class="hint">A prompt, kind answer keeps the door open. Oldest first.</p>
      ) : (
        <p class="hint">Nothing is waiting for an answer.</p>
      )}
      <ul class="pending-items">
        {shown.map((e) => (
          <li key={e.key} class="pending-item" data-key={e.key}>
            <button type="button" class="pending-open" onClick={() => void open(e.key)} title={e.subject || undefined}>
              <span class="pending-title">{invitationTitle(e)}</span>
              <span class="pending-age">
                {ageText(now - arrivedAt(e))}
                {e.key === currentKey ? ' · open here' : ''}
              </span>
            </button>
            <div class="pending-actions">
              <button type="button" class="link" onClick={() => void act(e.key, 'handled')} aria-label={`Mark ${invitationTitle(e)} as answered`}>
                Answered
              </button>
              <button type="button" class="link" onClick={() => void act(e.key, 'dismissed')} aria-label={`${invitationTitle(e)} is not an invitation`}>
                Not an invitation
              </button>
            </div>
          </li>
        ))}
      </ul>
      {pending.length > COLLAPSED_ROWS ? (
        <button type="button" class="link" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show all ${pending.length}`}
        </button>
      ) : null}
      <p class={`notice ${notice?.error ? 'error' : 'ok'}`} role="status" aria-live="polite" data-testid="pending-status">
        {notice?.text ?? ''}
        {notice?.undoKey ? (
          <>
            {' '}
            <button type="button" class="link" onClick={() => void act(notice.undoKey!, 'pending')}>
              Undo
            </button>
          </>
        ) : null}
      </p>
    </section>
  );
}
