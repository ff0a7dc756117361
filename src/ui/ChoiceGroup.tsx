// One choice out of a few, as pill-shaped radio buttons inside a fieldset (arrow keys move between them).
export interface Choice<T extends string> {
  value: T;
  label: string;
}

export interface ChoiceGroupProps<T extends string> {
  name: string;
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}

export function ChoiceGroup<T extends string>(p: ChoiceGroupProps<T>) {
  return (
    <fieldset class="group">
      <legend>{p.legend}</legend>
      <div class="segmented">
        {p.choices.map((c) => (
          <label key={c.value}>
            <input type="radio" name={p.name} value={c.value} checked={p.value === c.value} onChange={() => p.onChange(c.value)} />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
