// The user's settings: schema, defaults, and a repair step that keeps every valid field and falls
// back to the default for each broken one (so one corrupt value never wipes the rest).
import * as v from 'valibot';
import { LANGS, REASON_IDS, TONES, type Lang, type ReasonId, type Tone } from './types';
import { migrateSettings } from './settings-migrate';

export const SETTINGS_VERSION = 2;

export interface ReminderSettings {
  enabled: boolean;
  /** Remind about a pending invitation this many hours after it arrived. */
  afterHours: number;
  /** Quiet hours, local time, 0..23; no reminders from quietStart up to quietEnd. */
  quietStart: number;
  quietEnd: number;
}

export interface Settings {
  version: number;
  fullName: string;
  contactInfo: string;
  defaultTone: Tone;
  defaultReasons: ReasonId[];
  mentionReason: boolean;
  keepDoorOpen: boolean;
  offerReferral: boolean;
  /** 'auto': answer in the invitation's language. */
  language: 'auto' | Lang;
  reminders: ReminderSettings;
  /** Show the number of pending invitations on the toolbar badge when none is open. */
  badgePendingCount: boolean;
  /** Invitations older than this are pruned from the local list. */
  retentionDays: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  fullName: '',
  contactInfo: '',
  defaultTone: 'warm',
  defaultReasons: [],
  mentionReason: false,
  keepDoorOpen: true,
  offerReferral: false,
  language: 'auto',
  reminders: Object.freeze({ enabled: true, afterHours: 24, quietStart: 21, quietEnd: 8 }),
  badgePendingCount: false,
  retentionDays: 180,
}) as Readonly<Settings>;

const hour = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** One schema per field, so each can be checked (and repaired) on its own. */
const FIELD_SCHEMAS = {
  fullName: text(200),
  contactInfo: text(1000),
  defaultTone: v.picklist(TONES),
  defaultReasons: v.pipe(v.array(v.picklist(REASON_IDS)), v.maxLength(REASON_IDS.length)),
  mentionReason: v.boolean(),
  keepDoorOpen: v.boolean(),
  offerReferral: v.boolean(),
  language: v.picklist(['auto', ...LANGS] as const),
  badgePendingCount: v.boolean(),
  retentionDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)),
} as const;

const REMINDER_SCHEMAS = {
  enabled: v.boolean(),
  afterHours: v.pipe(v.number(), v.minValue(1), v.maxValue(24 * 30)),
  quietStart: hour,
  quietEnd: hour,
} as const;

export interface RepairResult<T> {
  value: T;
  /** One line per field that was missing-but-expected or invalid and replaced by its default. */
  warnings: string[];
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function repairFields<T extends object>(
  raw: Record<string, unknown>,
  schemas: Record<string, v.GenericSchema>,
  defaults: T,
  prefix: string,
  warnings: string[],
): T {
  const out = { ...defaults } as Record<string, unknown>;
  for (const [key, schema] of Object.entries(schemas)) {
    if (!(key in raw) || raw[key] === undefined) continue; // absent: the default, silently
    const parsed = v.safeParse(schema, raw[key]);
    if (parsed.success) out[key] = parsed.output;
    else warnings.push(`${prefix}${key}: invalid value replaced by the default`);
  }
  return out as T;
}

/**
 * Turns anything read from storage (any older shape, partial, corrupt) into valid current settings.
 * Older shapes are migrated first (see settings-migrate.ts), then each field is validated.
 */
export function repairSettings(raw: unknown): RepairResult<Settings> {
  const warnings: string[] = [];
  if (raw !== undefined && raw !== null && !isRecord(raw)) {
    warnings.push('settings: stored value is not an object; using defaults');
  }
  const migrated = isRecord(raw) ? migrateSettings(raw, SETTINGS_VERSION) : null;
  if (migrated) warnings.push(...migrated.warnings);
  const record = migrated ? migrated.record : {};
  const base = repairFields(record, FIELD_SCHEMAS, DEFAULT_SETTINGS as Settings, '', warnings);
  const rawReminders = record.reminders;
  if (rawReminders !== undefined && !isRecord(rawReminders)) warnings.push('reminders: invalid value replaced by the default');
  base.reminders = repairFields(
    isRecord(rawReminders) ? rawReminders : {},
    REMINDER_SCHEMAS,
    { ...DEFAULT_SETTINGS.reminders },
    'reminders.',
    warnings,
  );
  base.defaultReasons = [...new Set(base.defaultReasons)];
  base.version = SETTINGS_VERSION;
  return { value: base, warnings };
}
