// Settings in storage.sync: every read is repaired field by field (a corrupt value falls back to its
// default with a logged warning), every write is validated first, and a full sync quota becomes a
// clear message instead of a silent loss.
import { repairSettings, type Settings } from '../core/settings';
import browser from './browser';

export const SETTINGS_KEY = 'settings';

/** Thrown by saveSettings with a message the options page can show as is. */
export class SettingsSaveError extends Error {
  override name = 'SettingsSaveError';
}

export async function loadSettings(): Promise<Settings> {
  let raw: unknown;
  try {
    raw = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch (e) {
    console.warn('Graceful Decline: could not read settings; using defaults', errorText(e));
  }
  const { value, warnings } = repairSettings(raw);
  for (const w of warnings) console.warn(`Graceful Decline: ${w}`);
  return value;
}

/** Validates and stores the settings; returns what was stored (repaired where needed). */
export async function saveSettings(next: unknown): Promise<Settings> {
  const { value, warnings } = repairSettings(next);
  for (const w of warnings) console.warn(`Graceful Decline: ${w}`);
  try {
    await browser.storage.sync.set({ [SETTINGS_KEY]: value });
  } catch (e) {
    throw new SettingsSaveError(saveErrorMessage(errorText(e)));
  }
  return value;
}

/** Calls back with the repaired settings whenever they change in any context (options, popup, worker). */
export function onSettingsChanged(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
    cb(repairSettings(changes[SETTINGS_KEY]?.newValue).value);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function saveErrorMessage(reason: string): string {
  // Checked first: Chrome's rate-limit error also contains the word "quota".
  if (/MAX_WRITE_OPERATIONS/i.test(reason)) {
    return 'Your settings were not saved: too many changes in a short time. Wait a minute, then change any field to save again.';
  }
  if (/QUOTA_BYTES|quota/i.test(reason)) {
    return 'Your settings were not saved: the browser’s sync storage is full. Shorten the contact lines, or free space used by other extensions that sync, then try again.';
  }
  return `Your settings were not saved (${reason.slice(0, 200)}). Try again; if it keeps failing, export them to a file first.`;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
