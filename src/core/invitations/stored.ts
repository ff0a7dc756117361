// The stored shape of the invitation list (storage.local), with a version and a repair step: any
// older or damaged value becomes a valid current list, keeping every entry that can be read.
import * as v from 'valibot';
import { REASON_IDS } from '../types';
import { INVITATION_STATUSES, type InvitationEntry } from './entry';

export const INVITATIONS_VERSION = 1;

export interface StoredInvitations {
  version: number;
  entries: InvitationEntry[];
  /** Notification id -> invitation key, so a click finds its invitation after the worker slept. */
  notifications: Record<string, string>;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const time = v.pipe(v.number(), v.finite());

/** What identifies an entry: without these it cannot be found again, so it is dropped. */
const IdentitySchema = v.object({
  key: v.pipe(str(2000), v.minLength(1)),
  site: v.picklist(['gmail', 'outlook', 'generic'] as const),
  messageId: str(500),
});

/**
 * Every other field, each checked on its own: a missing one (an entry written before the field
 * existed) takes its default silently, an invalid one takes it with a warning. Nothing else is lost.
 */
const FIELD_SCHEMAS: Record<string, v.GenericSchema> = {
  threadId: v.nullable(str(500)),
  company: v.nullable(str(300)),
  role: v.nullable(str(300)),
  contactName: v.nullable(str(300)),
  contactEmail: str(300),
  subject: str(500),
  url: str(4000),
  receivedAt: v.nullable(time),
  firstSeenAt: time,
  lastSeenAt: time,
  status: v.picklist(INVITATION_STATUSES),
  statusAt: time,
  declinedAt: v.nullable(time),
  // Unknown reason ids (e.g. from a newer version) are dropped, not the whole entry.
  reasons: v.pipe(
    v.array(v.unknown()),
    v.transform((xs) => xs.filter((x): x is (typeof REASON_IDS)[number] => (REASON_IDS as readonly unknown[]).includes(x))),
  ),
  customReason: str(1000),
  lastRemindedAt: v.nullable(time),
};

/**
 * The whole current entry in one schema: the fast path for the common case (an entry this version
 * wrote), about five times cheaper than checking field by field; anything it rejects is repaired below.
 */
const CurrentEntrySchema = v.object({ ...IdentitySchema.entries, ...FIELD_SCHEMAS });

/** Defaults for an entry's fields; times default to the entry's other times so pruning keeps it. */
function entryDefaults(raw: Record<string, unknown>): Omit<InvitationEntry, 'key' | 'site' | 'messageId'> {
  const times = [raw.firstSeenAt, raw.lastSeenAt, raw.statusAt, raw.receivedAt].filter((t): t is number => typeof t === 'number' && Number.isFinite(t));
  const seen = times.length ? Math.min(...times) : Date.now();
  return {
    threadId: null,
    company: null,
    role: null,
    contactName: null,
    contactEmail: '',
    subject: '',
    url: '',
    receivedAt: null,
    firstSeenAt: seen,
    lastSeenAt: times.length ? Math.max(...times) : seen,
    status: 'pending',
    statusAt: seen,
    declinedAt: null,
    reasons: [],
    customReason: '',
    lastRemindedAt: null,
  };
}

function repairEntry(item: unknown, warnings: string[]): InvitationEntry | null {
  if (!isRecord(item)) return null;
  const whole = v.safeParse(CurrentEntrySchema, item);
  if (whole.success) {
    const entry = whole.output as unknown as InvitationEntry;
    if (!(entry.status === 'declined' && entry.declinedAt === null)) return entry;
  }
  const id = v.safeParse(IdentitySchema, item);
  if (!id.success) return null;
  const out: Record<string, unknown> = { ...entryDefaults(item), ...id.output };
  const bad: string[] = [];
  for (const [field, schema] of Object.entries(FIELD_SCHEMAS)) {
    if (!(field in item) || item[field] === undefined) continue;
    const parsed = v.safeParse(schema, item[field]);
    if (parsed.success) out[field] = parsed.output;
    else bad.push(field);
  }
  if (out.status === 'declined' && out.declinedAt === null) out.declinedAt = out.statusAt;
  if (bad.length) warnings.push(`invitations: ${id.output.key.slice(0, 80)}: ${bad.join(', ')} invalid, replaced by the default`);
  return out as unknown as InvitationEntry;
}

export interface RepairedInvitations {
  value: StoredInvitations;
  /** One line per problem found (an unreadable entry, a wrong shape). */
  warnings: string[];
}

/**
 * Brings an older shape up to the current one. Version 0 (never shipped, but cheap to accept) was
 * a bare array of entries. A future version adds a step here and bumps INVITATIONS_VERSION.
 */
function migrate(raw: unknown, warnings: string[]): Record<string, unknown> {
  if (raw === undefined || raw === null) return {};
  if (Array.isArray(raw)) return { version: 1, entries: raw, notifications: {} };
  if (!isRecord(raw)) {
    warnings.push('invitations: stored value is not an object; starting an empty list');
    return {};
  }
  if (typeof raw.version === 'number' && raw.version > INVITATIONS_VERSION) {
    warnings.push(`invitations: stored by a newer version (${raw.version}); keeping the fields this version knows`);
  }
  return raw;
}

export function repairInvitations(raw: unknown): RepairedInvitations {
  const warnings: string[] = [];
  const record = migrate(raw, warnings);
  const rawEntries = Array.isArray(record.entries) ? record.entries : [];
  if (record.entries !== undefined && !Array.isArray(record.entries)) warnings.push('invitations: entries is not a list; starting an empty list');
  const seen = new Set<string>();
  const entries: InvitationEntry[] = [];
  let dropped = 0;
  for (const item of rawEntries) {
    const entry = repairEntry(item, warnings);
    if (!entry) {
      dropped++;
      continue;
    }
    if (seen.has(entry.key)) continue; // a duplicate key keeps its first entry
    seen.add(entry.key);
    entries.push(entry);
  }
  if (dropped) warnings.push(`invitations: ${dropped} unreadable entr${dropped === 1 ? 'y' : 'ies'} dropped`);
  const notifications: Record<string, string> = {};
  if (isRecord(record.notifications)) {
    for (const [id, key] of Object.entries(record.notifications)) if (typeof key === 'string' && seen.has(key)) notifications[id] = key;
  }
  return { value: { version: INVITATIONS_VERSION, entries, notifications }, warnings };
}
