// Tone-check findings ("mistakes to avoid") with the suggestion for each, as plain text.
import type { ToneFinding } from '../core/types';

export function ToneFindings({ findings, id }: { findings: readonly ToneFinding[]; id?: string }) {
  if (findings.length === 0) return null;
  return (
    <ul class="findings" id={id} aria-label="Tone suggestions">
      {findings.map((f, i) => (
        <li key={`${f.rule}-${f.start}-${i}`}>
          <strong>{f.message}</strong> {f.suggestion}
        </li>
      ))}
    </ul>
  );
}
