// Export and import of the settings as a JSON file. An import is checked like stored settings
// (field by field, defaults for anything broken); a file that is not ours gets a clear error.
import { repairSettings, type Settings } from '../core/settings';
import { isLegacyFlatSettings } from '../core/settings-migrate';

export const FILE_KIND = 'graceful-decline-settings';
const MAX_FILE_BYTES = 100_000;

export function settingsToFile(s: Settings): string {
  return `${JSON.stringify({ kind: FILE_KIND, exportedAt: new Date().toISOString(), settings: s }, null, 2)}\n`;
}

export type ImportResult = { ok: true; settings: Settings; warnings: string[] } | { ok: false; error: string };

const KNOWN_KEYS = ['fullName', 'contactInfo', 'defaultTone', 'defaultReasons', 'mentionReason', 'keepDoorOpen', 'offerReferral', 'language', 'reminders'];

export function settingsFromFile(text: string, size = text.length): ImportResult {
  if (size > MAX_FILE_BYTES) return { ok: false, error: 'This file is too large to be a Graceful Decline settings file.' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not valid JSON, so nothing was imported. Choose a file exported from these options.' };
  }
  // Our own export wraps the settings; a bare settings object is accepted too.
  const inner = isRecord(parsed) && parsed.kind === FILE_KIND ? parsed.settings : parsed;
  // Settings in the flat pre-release shape are accepted too: repairSettings migrates them.
  if (!isRecord(inner) || !(KNOWN_KEYS.some((k) => k in inner) || isLegacyFlatSettings(inner))) {
    return { ok: false, error: 'This file holds no Graceful Decline settings, so nothing was imported.' };
  }
  const { value, warnings } = repairSettings(inner);
  return { ok: true, settings: value, warnings };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
