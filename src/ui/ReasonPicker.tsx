// The reasons for declining from the guide, several allowed, plus "Other" with its own text.
import { REASONS } from '../core/reasons';
import type { ReasonId } from '../core/types';

export interface ReasonPickerProps {
  idPrefix: string;
  legend: string;
  selected: readonly ReasonId[];
  onChange: (reasons: ReasonId[]) => void;
}

export function ReasonPicker(p: ReasonPickerProps) {
  const toggle = (id: ReasonId, on: boolean) => {
    const next = REASONS.map((r) => r.id).filter((r) => (r === id ? on : p.selected.includes(r)));
    p.onChange(next);
  };
  return (
    <fieldset class="group">
      <legend>{p.legend}</legend>
      {REASONS.map((r) => (
        <div class="check" key={r.id}>
          <input
            type="checkbox"
            id={`${p.idPrefix}-${r.id}`}
            checked={p.selected.includes(r.id)}
            onChange={(e) => toggle(r.id, (e.currentTarget as HTMLInputElement).checked)}
          />
          <label for={`${p.idPrefix}-${r.id}`}>{r.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
