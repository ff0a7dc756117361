// Export the settings to a JSON file, import one, or reset everything to the defaults (confirmed first).
import { useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { settingsFromFile, settingsToFile } from './settings-file';
import { ConfirmPanel } from '../ui/ConfirmPanel';
import { downloadText } from '../ui/download';

export interface BackupSectionProps {
  settings: Settings;
  replace: (s: Settings, note: string) => void;
}

export function BackupSection({ settings, replace }: BackupSectionProps) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error' | 'warn'; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportFile = () => {
    downloadText(settingsToFile(settings), 'application/json', 'graceful-decline-settings.json');
    setMessage({ kind: 'ok', text: 'Exported to graceful-decline-settings.json in your downloads.' });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = settingsFromFile(await file.text(), file.size);
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.error });
      return;
    }
    const note = result.warnings.length
      ? `Imported, but some values were invalid and got their defaults: ${result.warnings.join('; ')}.`
      : 'Imported the settings from the file.';
    replace(result.settings, note);
    setMessage({ kind: result.warnings.length ? 'warn' : 'ok', text: note });
  };

  return (
    <section class="section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Back up or reset</h2>
      <div class="row">
        <button type="button" onClick={exportFile}>
          Export settings
        </button>
        <label class="file-button">
          Import settings…
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            data-testid="import-file"
            onChange={(e) => void importFile((e.currentTarget as HTMLInputElement).files?.[0])}
          />
        </label>
        {confirming ? null : (
          <button type="button" onClick={() => setConfirming(true)}>
            Reset to defaults…
          </button>
        )}
      </div>
      {confirming ? (
        <ConfirmPanel
          id="reset-question"
          question="Reset every setting, including your name and contact lines, to its default?"
          confirmLabel="Reset"
          onConfirm={() => {
            setConfirming(false);
            replace({ ...DEFAULT_SETTINGS, reminders: { ...DEFAULT_SETTINGS.reminders } }, 'Settings reset to the defaults.');
            setMessage({ kind: 'ok', text: 'Settings reset to the defaults.' });
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      <p class={`notice ${message?.kind ?? ''}`} role="status" aria-live="polite" data-testid="backup-status">
        {message?.text ?? ''}
      </p>
    </section>
  );
}
