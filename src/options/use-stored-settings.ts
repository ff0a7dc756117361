// The options page's settings: loaded from storage.sync, saved shortly after each change (so typing
// does not write on every key), with a status the page announces.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { SettingsSaveError, loadSettings, saveSettings } from '../platform/settings-store';

export type SaveStatus = { kind: 'idle' | 'saving' | 'saved' | 'error'; text: string };

const SAVE_DELAY_MS = 400;

export function useStoredSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle', text: '' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    loadSettings().then(setSettings);
    return () => clearTimeout(timer.current);
  }, []);

  const save = (next: Settings, savedText: string) => {
    clearTimeout(timer.current);
    setStatus({ kind: 'saving', text: 'Saving…' });
    timer.current = setTimeout(() => {
      saveSettings(next).then(
        () => setStatus({ kind: 'saved', text: savedText }),
        (e: unknown) => setStatus({ kind: 'error', text: e instanceof SettingsSaveError ? e.message : `Not saved: ${String(e)}` }),
      );
    }, SAVE_DELAY_MS);
  };

  const update = (patch: Partial<Settings>) => {
    setSettings((s) => {
      if (!s) return s;
      const next = { ...s, ...patch };
      save(next, 'All changes saved.');
      return next;
    });
  };

  const replace = (next: Settings, note: string) => {
    setSettings(next);
    save(next, note);
  };

  return { settings, status, update, replace };
}
