// "Insert reply", "Copy", and one line that says what happened and what to do next (read aloud).
import { useState } from 'preact/hooks';
import { copyDraft } from '../ui/clipboard';
import type { Outcome } from './insert-reply';

export interface ReplyActionsProps {
  onInsert: () => Promise<Outcome>;
  draft: { text: string; html: string } | null;
}

export function ReplyActions({ onInsert, draft }: ReplyActionsProps) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const insert = async () => {
    setBusy(true);
    setOutcome({ kind: 'ok', text: 'Inserting…' });
    try {
      setOutcome(await onInsert());
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    const ok = draft ? await copyDraft(draft.text, draft.html) : false;
    setOutcome(
      ok
        ? { kind: 'ok', text: 'Copied to the clipboard. Paste it into your reply (Ctrl+V).' }
        : { kind: 'error', text: 'Copying failed: select the preview text and copy it yourself.' },
    );
  };
  return (
    <footer class="actions">
      <div class="row">
        <button type="button" class="primary" onClick={insert} disabled={busy} aria-busy={busy}>
          Insert reply
        </button>
        <button type="button" onClick={copy}>
          Copy
        </button>
      </div>
      <p class={`result notice ${outcome?.kind ?? ''}`} role="status" aria-live="polite" data-testid="result">
        {outcome?.text ?? ''}
      </p>
    </footer>
  );
}
