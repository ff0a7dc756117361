// A labelled one-line or multi-line text input; the label is a real <label> for screen readers.
import type { ComponentChildren } from 'preact';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  multiline?: boolean;
  placeholder?: string;
  maxLength?: number;
  rows?: number;
  type?: 'text' | 'email';
  autoComplete?: string;
  children?: ComponentChildren;
}

export function TextField(p: TextFieldProps) {
  const hintId = p.hint ? `${p.id}-hint` : undefined;
  const onInput = (e: Event) => p.onInput((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value);
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      {p.multiline ? (
        <textarea
          id={p.id}
          value={p.value}
          placeholder={p.placeholder}
          maxLength={p.maxLength}
          aria-describedby={hintId}
          onInput={onInput}
          rows={p.rows ?? 3}
        />
      ) : (
        <input
          id={p.id}
          value={p.value}
          placeholder={p.placeholder}
          maxLength={p.maxLength}
          aria-describedby={hintId}
          onInput={onInput}
          type={(p.type ?? 'text') as 'text'}
          autoComplete={p.autoComplete ?? 'off'}
        />
      )}
      {p.hint ? (
        <span class="hint" id={hintId}>
          {p.hint}
        </span>
      ) : null}
      {p.children}
    </div>
  );
}
