// Shown when the page has no detected invitation: paste the email and the fields fill themselves.
import { TextField } from '../ui/TextField';

export function PasteInvitation({ value, onInput, hasMessage }: { value: string; onInput: (v: string) => void; hasMessage: boolean }) {
  return (
    <section class="section" aria-labelledby="paste-heading">
      <h2 id="paste-heading">No invitation detected</h2>
      <p class="hint">
        {hasMessage
          ? 'The open email does not look like an interview invitation.'
          : 'No open email was found in this tab.'}{' '}
        Paste the invitation below, or fill in the fields yourself; the reply works either way.
      </p>
      <TextField id="pasted" label="Paste the invitation (optional)" value={value} onInput={onInput} multiline rows={3} maxLength={50_000} />
    </section>
  );
}
