// An inline "are you sure?" for destructive actions: the question, the action button, Cancel.
import type { ComponentChildren } from 'preact';

interface ConfirmPanelProps {
  /** id of the question, so the panel is named by it. */
  id: string;
  question: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmPanel({ id, question, confirmLabel, onConfirm, onCancel }: ConfirmPanelProps) {
  return (
    <div class="notice warn" role="alertdialog" aria-labelledby={id}>
      <p id={id}>{question}</p>
      <div class="row">
        <button type="button" class="primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
