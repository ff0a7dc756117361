// Reminders for unanswered invitations (never ghost): when, not at night, the badge count, and how
// long the local list is kept.
import { useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { Checkbox } from '../ui/Checkbox';
import { SelectField } from '../ui/SelectField';

const AFTER_HOURS = [4, 12, 24, 48, 72, 168];
const RETENTION_DAYS = [30, 90, 180, 365, 730];
const DEFAULT_QUIET = { quietStart: 21, quietEnd: 8 };

const hourLabel = (h: number) => `${String(h).padStart(2, '0')}:00`;
const HOURS = Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: hourLabel(h) }));

function afterLabel(h: number): string {
  if (h < 24) return `${h} hours`;
  if (h === 24) return '1 day';
  if (h === 168) return '1 week';
  return `${h / 24} days`;
}

/** The choices, plus the stored value when it is not one of them (set by an import, say). */
function withCurrent(values: number[], current: number, label: (n: number) => string) {
  const all = values.includes(current) ? values : [...values, current].sort((a, b) => a - b);
  return all.map((n) => ({ value: String(n), label: label(n) }));
}

export interface ReminderSettingsProps {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
}

export function ReminderSettings({ settings, update }: ReminderSettingsProps) {
  const r = settings.reminders;
  const setReminders = (patch: Partial<Settings['reminders']>) => update({ reminders: { ...r, ...patch } });
  // Shown while the box is ticked, even when both hours are briefly the same during a change.
  const [quiet, setQuiet] = useState(r.quietStart !== r.quietEnd);
  return (
    <section class="section" aria-labelledby="reminders-heading" data-testid="reminder-settings">
      <h2 id="reminders-heading">Reminders</h2>
      <p class="hint">Never leave a recruiter waiting: a gentle notification about an invitation you have not answered yet, at most once a day for each.</p>
      <Checkbox id="reminders-enabled" label="Remind me about unanswered invitations" checked={r.enabled} onChange={(enabled) => setReminders({ enabled })} />
      <fieldset class="group" disabled={!r.enabled}>
        <legend class="visually-hidden">When to remind</legend>
        <SelectField
          id="reminders-after"
          label="Remind me when an invitation has waited"
          value={String(r.afterHours)}
          options={withCurrent(AFTER_HOURS, r.afterHours, afterLabel)}
          onChange={(v) => setReminders({ afterHours: Number(v) })}
        />
        <Checkbox
          id="reminders-quiet"
          label="No reminders at night"
          checked={quiet}
          onChange={(on) => {
            setQuiet(on);
            setReminders(on ? DEFAULT_QUIET : { quietStart: 0, quietEnd: 0 });
          }}
        />
        {quiet ? (
          <div class="row quiet-hours">
            <SelectField id="reminders-quiet-start" label="From" value={String(r.quietStart)} options={HOURS} onChange={(v) => setReminders({ quietStart: Number(v) })} />
            <SelectField id="reminders-quiet-end" label="Until" value={String(r.quietEnd)} options={HOURS} onChange={(v) => setReminders({ quietEnd: Number(v) })} />
          </div>
        ) : null}
        {quiet && r.quietStart === r.quietEnd ? <p class="hint">The same start and end hour means no quiet hours.</p> : null}
      </fieldset>
      <Checkbox
        id="badge-pending"
        label="Show the number of waiting invitations on the toolbar button"
        hint="when the open page shows no invitation"
        checked={settings.badgePendingCount}
        onChange={(badgePendingCount) => update({ badgePendingCount })}
      />
      <SelectField
        id="retention-days"
        label="Keep the list of invitations and declines for"
        value={String(settings.retentionDays)}
        options={withCurrent(RETENTION_DAYS, settings.retentionDays, (d) => (d % 365 === 0 ? `${d / 365} year${d === 365 ? '' : 's'}` : `${d} days`))}
        onChange={(v) => update({ retentionDays: Number(v) })}
      />
    </section>
  );
}
