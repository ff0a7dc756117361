// What was detected — company, role, the person, when it arrived and why we think it is an
// invitation — each field editable. Mail text is only ever rendered as text nodes.
import type { InvitationOverrides } from '../core/invitation-context';
import type { TabState } from '../platform/tab-state';
import { TextField } from '../ui/TextField';
import { arrivedAt, timeAgo } from '../ui/relative-time';

export interface InvitationDetailsProps {
  state: TabState | null;
  fields: InvitationOverrides;
  onField: (key: keyof InvitationOverrides, value: string) => void;
}

const FIELDS: { key: keyof InvitationOverrides; label: string; placeholder: string }[] = [
  { key: 'company', label: 'Company', placeholder: 'e.g. Acme' },
  { key: 'role', label: 'Role', placeholder: 'e.g. Data Engineer' },
  { key: 'contactName', label: 'Person who invited you', placeholder: 'e.g. Dana Smith' },
  { key: 'contactFirstName', label: 'Greet them as', placeholder: 'e.g. Dana' },
];

export function InvitationDetails({ state, fields, onField }: InvitationDetailsProps) {
  const invite = state?.detection.invite === true;
  const days = state ? (Date.now() - arrivedAt(state.message.receivedAt, state.seenAt)) / 86_400_000 : 0;
  return (
    <section class="section" aria-labelledby="invitation-heading">
      <h2 id="invitation-heading">{invite ? 'Interview invitation' : 'The invitation'}</h2>
      {state ? (
        <p class="hint">
          {state.message.subject ? <span class="subject">“{state.message.subject}”</span> : null}{' '}
          <span data-testid="arrived">
            arrived {timeAgo(arrivedAt(state.message.receivedAt, state.seenAt))}
            {days >= 2 ? ' — a prompt answer is kind, even a no.' : '.'}
          </span>
        </p>
      ) : null}
      {invite && state && state.detection.signals.length > 0 ? (
        <details class="signals">
          <summary>Why we think this is an invitation</summary>
          <ul>
            {state.detection.signals.map((s, i) => (
              <li key={`${i}-${s}`}>{s}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <div class="grid2">
        {FIELDS.map((f) => (
          <TextField
            key={f.key}
            id={`field-${f.key}`}
            label={f.label}
            value={fields[f.key] ?? ''}
            placeholder={f.placeholder}
            maxLength={200}
            onInput={(v) => onField(f.key, v)}
          />
        ))}
      </div>
    </section>
  );
}
