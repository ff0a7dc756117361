// Turns every settings shape an earlier build stored into the current shape (src/core/settings.ts),
// before repairSettings validates it field by field. Nothing the user set is dropped: each old field
// has a home in the current shape, and a value that cannot be carried over is reported in a warning.
//
// Stored shapes, oldest first (fixtures of each in test/fixtures/storage/):
//
//   version 1 (pre-release, 0.0.x): a flat object under the storage.sync key "settings", no `version`:
//     { name: string,            -> fullName
//       signature: string,       -> contactInfo (its first line dropped when it only repeats `name`)
//       tone: 'friendly' | 'formal' | 'short' | a current tone id,      -> defaultTone
//       reasons: string[] of old ids (see LEGACY_REASONS) or current ids, -> defaultReasons
//       mention: boolean,        -> mentionReason
//       doorOpen: boolean,       -> keepDoorOpen
//       referral?: boolean,      -> offerReferral
//       lang?: 'auto' | Lang,    -> language
//       remind?: boolean,        -> reminders.enabled
//       remindAfterHours?: number -> reminders.afterHours }
//     Some 0.0.x builds wrote `version: 1` explicitly; both are read the same way.
//
//   version 2 (current): the Settings interface itself, with `version: 2`.
//
// A shape newer than this build knows (a downgrade) keeps every field this build understands.
import { REASON_IDS, type ReasonId, type Tone } from './types';

/** The version of the flat pre-release shape. */
export const LEGACY_FLAT_VERSION = 1;

/** Old reason ids (0.0.x) and the current id each became. */
export const LEGACY_REASONS: Readonly<Record<string, ReasonId>> = Object.freeze({
  career: 'career-goals',
  goals: 'career-goals',
  culture: 'culture-fit',
  values: 'culture-fit',
  salary: 'compensation',
  pay: 'compensation',
  happy: 'content-current-role',
  'current-role': 'content-current-role',
  relocate: 'relocation',
  location: 'relocation',
  custom: 'other',
});

/** Old tone ids (0.0.x) and the current tone each became. */
export const LEGACY_TONES: Readonly<Record<string, Tone>> = Object.freeze({
  friendly: 'warm',
  short: 'brief',
  concise: 'brief',
});

/** Keys only the flat shape has: any of them marks a stored value as version 1. */
const FLAT_KEYS = ['name', 'signature', 'tone', 'reasons', 'mention', 'doorOpen', 'referral', 'lang', 'remind', 'remindAfterHours'];

export interface MigrationResult {
  /** A record in the current shape (fields still unvalidated: repairSettings checks each). */
  record: Record<string, unknown>;
  /** The version the stored value was read as (1, 2, a newer number, or 0 when unknown). */
  fromVersion: number;
  warnings: string[];
}

/** True for a settings object in the flat pre-release shape (e.g. a settings file saved by 0.0.x). */
export function isLegacyFlatSettings(raw: Record<string, unknown>): boolean {
  return !('fullName' in raw) && FLAT_KEYS.some((k) => k in raw);
}

/** Which shape a stored object is in. */
export function storedSettingsVersion(raw: Record<string, unknown>): number {
  const v = raw.version;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1) return v;
  if (FLAT_KEYS.some((k) => k in raw)) return LEGACY_FLAT_VERSION;
  // No version and no known key: treat as current (repair fills the defaults).
  return 0;
}

/**
 * Migrates a stored settings object to the current shape. `currentVersion` is passed in by
 * settings.ts so this module needs nothing from it at run time (no import cycle).
 */
export function migrateSettings(raw: Record<string, unknown>, currentVersion: number): MigrationResult {
  const warnings: string[] = [];
  const fromVersion = storedSettingsVersion(raw);
  if (fromVersion === LEGACY_FLAT_VERSION && !('fullName' in raw)) {
    return { record: fromFlat(raw, warnings), fromVersion, warnings };
  }
  if (fromVersion > currentVersion) {
    warnings.push(`settings: stored by a newer version (${fromVersion}); keeping the fields this version knows`);
  }
  if (typeof raw.version !== 'number' && raw.version !== undefined) {
    warnings.push('settings: the stored version is not a number; reading the fields as they are');
  }
  return { record: { ...raw }, fromVersion, warnings };
}

function fromFlat(raw: Record<string, unknown>, warnings: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if ('name' in raw) out.fullName = typeof raw.name === 'string' ? raw.name.trim() : raw.name;
  if ('signature' in raw) out.contactInfo = signatureToContact(raw.signature, typeof raw.name === 'string' ? raw.name : '');
  if ('tone' in raw) out.defaultTone = typeof raw.tone === 'string' ? (LEGACY_TONES[raw.tone] ?? raw.tone) : raw.tone;
  if ('reasons' in raw) out.defaultReasons = migrateReasons(raw.reasons, warnings);
  if ('mention' in raw) out.mentionReason = raw.mention;
  if ('doorOpen' in raw) out.keepDoorOpen = raw.doorOpen;
  if ('referral' in raw) out.offerReferral = raw.referral;
  if ('lang' in raw) out.language = raw.lang;
  if ('remind' in raw || 'remindAfterHours' in raw) {
    const reminders: Record<string, unknown> = {};
    if ('remind' in raw) reminders.enabled = raw.remind;
    if ('remindAfterHours' in raw) reminders.afterHours = raw.remindAfterHours;
    out.reminders = reminders;
  }
  return out;
}

/** The old signature usually began with the name, which the current shape keeps in fullName. */
function signatureToContact(signature: unknown, name: string): unknown {
  if (typeof signature !== 'string') return signature;
  const lines = signature.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
  if (name.trim() !== '' && lines[0]?.trim() === name.trim()) lines.shift();
  return lines.join('\n').trim();
}

/** Maps old reason ids to current ones; keeps current ids; drops (and reports) unknown ones only. */
function migrateReasons(reasons: unknown, warnings: string[]): unknown {
  if (!Array.isArray(reasons)) return reasons; // repairSettings reports it and uses the default
  const out: string[] = [];
  for (const r of reasons) {
    if (typeof r !== 'string') {
      warnings.push('defaultReasons: dropped a value that is not a reason id');
      continue;
    }
    const mapped = LEGACY_REASONS[r] ?? r;
    if (CURRENT_REASON_IDS.has(mapped)) out.push(mapped);
    else warnings.push(`defaultReasons: dropped unknown reason "${r.slice(0, 40)}"`);
  }
  return out;
}

const CURRENT_REASON_IDS: ReadonlySet<string> = new Set<string>(REASON_IDS);
