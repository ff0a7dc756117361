// A checkbox with its label and an optional hint, all clickable.
import type { ComponentChildren } from 'preact';

export interface CheckboxProps {
  id: string;
  label: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}

export function Checkbox(p: CheckboxProps) {
  return (
    <div class="check">
      <input
        type="checkbox"
        id={p.id}
        checked={p.checked}
        aria-describedby={p.hint ? `${p.id}-hint` : undefined}
        onChange={(e) => p.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={p.id}>
        {p.label}
        {p.hint ? (
          <span class="hint" id={`${p.id}-hint`}>
            {' '}
            — {p.hint}
          </span>
        ) : null}
      </label>
    </div>
  );
}
