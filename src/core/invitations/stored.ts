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

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const time = v.pipe(v.number(), v.finite());

const EntrySchema = v.object({
  key: str(2000),
  site: v.picklist(['gmail', 'outlook', 'generic'] as const),
  messageId: str(500),
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
});

export interface RepairedInvitations {
  value: StoredInvitations;
  /** One line per problem found (an unreadable entry, a wrong shape). */
  warnings: string[];
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

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
    const parsed = v.safeParse(EntrySchema, item);
    if (!parsed.success) {
      dropped++;
      continue;
    }
    if (seen.has(parsed.output.key)) continue; // a duplicate key keeps its first entry
    seen.add(parsed.output.key);
    entries.push(parsed.output as InvitationEntry);
  }
  if (dropped) warnings.push(`invitations: ${dropped} unreadable entr${dropped === 1 ? 'y' : 'ies'} dropped`);
  const notifications: Record<string, string> = {};
  if (isRecord(record.notifications)) {
    for (const [id, key] of Object.entries(record.notifications)) if (typeof key === 'string' && seen.has(key)) notifications[id] = key;
  }
  return { value: { version: INVITATIONS_VERSION, entries, notifications }, warnings };
}
