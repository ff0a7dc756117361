// The record of declines: when, which company and role, which reasons. Export as CSV (for a
// spreadsheet) or JSON, move one back to "waiting", or clear the record after a confirmation.
import { useEffect, useState } from 'preact/hooks';
import { type DeclineRecord as Row, type InvitationEntry, declinedNewestFirst, declinesToCsv, declinesToJson, toDeclineRecords } from '../core/invitations';
import { reasonLabel } from '../core/reasons';
import browser from '../platform/browser';
import { clearDeclineRecord, loadInvitations, onInvitationsChanged } from '../background/invitations';
import { ConfirmPanel } from '../ui/ConfirmPanel';
import { downloadText as download } from '../ui/download';

const today = () => new Date().toISOString().slice(0, 10);
const dateText = (t: number | null) => (t == null ? '' : new Date(t).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' }));

function reasonsText(e: InvitationEntry): string {
  const labels = e.reasons.filter((r) => r !== 'other').map(reasonLabel);
  if (e.customReason) labels.push(e.customReason);
  else if (e.reasons.includes('other')) labels.push(reasonLabel('other'));
  return labels.join('; ') || '—';
}

export function DeclineRecord() {
  const [entries, setEntries] = useState<InvitationEntry[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    loadInvitations().then((s) => live && setEntries(s.entries));
    const off = onInvitationsChanged((s) => setEntries(s.entries));
    return () => {
      live = false;
      off();
    };
  }, []);

  if (!entries) return <section class="section" aria-busy="true" />;
  const declined = declinedNewestFirst(entries);
  const records: Row[] = toDeclineRecords(entries);

  const exportAs = (kind: 'csv' | 'json') => {
    const name = `graceful-decline-declines-${today()}.${kind}`;
    if (kind === 'csv') download(declinesToCsv(records), 'text/csv;charset=utf-8', name);
    else download(declinesToJson(records, Date.now()), 'application/json', name);
    setMessage({ kind: 'ok', text: `Exported ${records.length} decline${records.length === 1 ? '' : 's'} to ${name} in your downloads.` });
  };

  const undo = async (key: string) => {
    const r = (await browser.runtime.sendMessage({ type: 'set-invitation-status', key, status: 'pending' }).catch(() => null)) as { ok?: boolean; error?: string } | null;
    setMessage(r?.ok ? { kind: 'ok', text: 'Moved back to “Waiting for an answer”.' } : { kind: 'error', text: r?.error ?? 'The extension did not answer; try again.' });
  };

  const clearAll = async () => {
    setConfirming(false);
    try {
      const n = await clearDeclineRecord();
      setMessage({ kind: 'ok', text: `Cleared ${n} decline${n === 1 ? '' : 's'} from the record.` });
    } catch (e) {
      setMessage({ kind: 'error', text: `Not cleared: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  return (
    <section class="section decline-record" aria-labelledby="record-heading" data-testid="decline-record">
      <h2 id="record-heading">Record of declines</h2>
      <p class="hint">Kept only in this browser. Export it to keep track of your job search in a spreadsheet.</p>
      {declined.length ? (
        <div class="record-scroll">
          <table class="record-table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Company</th>
                <th scope="col">Role</th>
                <th scope="col">Reasons</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {declined.map((e) => (
                <tr key={e.key} data-key={e.key}>
                  <td>{dateText(e.declinedAt)}</td>
                  <td>{e.company ?? '—'}</td>
                  <td>{e.role ?? '—'}</td>
                  <td>{reasonsText(e)}</td>
                  <td>
                    <button type="button" class="link" onClick={() => void undo(e.key)} aria-label={`Undo the decline to ${e.company ?? e.subject}`}>
                      Undo
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p data-testid="record-empty">No declines recorded yet.</p>
      )}
      <div class="row">
        <button type="button" onClick={() => exportAs('csv')} disabled={!declined.length}>
          Export CSV
        </button>
        <button type="button" onClick={() => exportAs('json')} disabled={!declined.length}>
          Export JSON
        </button>
        {confirming ? null : (
          <button type="button" onClick={() => setConfirming(true)} disabled={!declined.length}>
            Clear all…
          </button>
        )}
      </div>
      {confirming ? (
        <ConfirmPanel
          id="clear-record-question"
          question={
            <>
              Delete all {declined.length} recorded decline{declined.length === 1 ? '' : 's'}? This cannot be undone; export first if you want to keep them.
            </>
          }
          confirmLabel="Delete the record"
          onConfirm={() => void clearAll()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      <p class={`notice ${message?.kind ?? ''}`} role="status" aria-live="polite" data-testid="record-status">
        {message?.text ?? ''}
      </p>
    </section>
  );
}
