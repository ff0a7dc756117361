// The invitation list in storage.local: survives browser restarts and extension updates (storage.local
// is kept across updates; the versioned shape is repaired/migrated on every read). Writes go through
// one queue per context so two quick events never overwrite each other's change.
import {
  type DeclineDetails,
  type InvitationEntry,
  type InvitationStatus,
  type SeenInvitation,
  type StatusChange,
  type StoredInvitations,
  clearDeclined,
  markReminded,
  prune,
  recordSeen,
  repairInvitations,
  setStatus,
} from '../core/invitations';
import browser from '../platform/browser';
import { loadSettings } from '../platform/settings-store';

export const INVITATIONS_KEY = 'invitations';

export async function loadInvitations(): Promise<StoredInvitations> {
  let raw: unknown;
  try {
    raw = (await browser.storage.local.get(INVITATIONS_KEY))[INVITATIONS_KEY];
  } catch (e) {
    console.warn('Graceful Decline: could not read the invitation list', e instanceof Error ? e.message : e);
  }
  const { value, warnings } = repairInvitations(raw);
  for (const w of warnings) console.warn(`Graceful Decline: ${w}`);
  return value;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Read, change, prune, write — one at a time. `change` returns the new stored value and a result
 * for the caller. Old entries are pruned on every write, so the list stays bounded.
 */
export function updateInvitations<R>(change: (s: StoredInvitations, now: number) => { value: StoredInvitations; result: R }): Promise<R> {
  const run = queue.then(async () => {
    const now = Date.now();
    const [current, settings] = await Promise.all([loadInvitations(), loadSettings()]);
    const { value, result } = change(current, now);
    const entries = prune(value.entries, now, settings.retentionDays);
    const keys = new Set(entries.map((e) => e.key));
    const notifications = Object.fromEntries(Object.entries(value.notifications).filter(([, k]) => keys.has(k)));
    await browser.storage.local.set({ [INVITATIONS_KEY]: { ...value, entries, notifications } });
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Remembers a detected invitation (no duplicate when the same message is seen again). */
export function recordInvitation(seen: SeenInvitation): Promise<{ entry: InvitationEntry; created: boolean }> {
  return updateInvitations((s, now) => {
    const r = recordSeen(s.entries, seen, now);
    return { value: { ...s, entries: r.list }, result: { entry: r.entry, created: r.created } };
  });
}

export function setInvitationStatus(key: string, status: InvitationStatus, details?: DeclineDetails): Promise<StatusChange> {
  return updateInvitations((s, now) => {
    const r = setStatus(s.entries, key, status, now, details);
    return { value: { ...s, entries: r.list }, result: r };
  });
}

export function noteReminded(keys: readonly string[], notificationIds: Record<string, string>): Promise<void> {
  return updateInvitations((s, now) => ({
    value: { ...s, entries: markReminded(s.entries, keys, now), notifications: { ...s.notifications, ...notificationIds } },
    result: undefined,
  }));
}

export function forgetNotification(id: string): Promise<void> {
  return updateInvitations((s) => {
    const { [id]: _gone, ...rest } = s.notifications;
    return { value: { ...s, notifications: rest }, result: undefined };
  });
}

/** Clears the record of declines (the options page's "Clear all"). Pending and other entries stay. */
export function clearDeclineRecord(): Promise<number> {
  return updateInvitations((s) => {
    const entries = clearDeclined(s.entries);
    return { value: { ...s, entries }, result: s.entries.length - entries.length };
  });
}

export async function getInvitation(key: string): Promise<InvitationEntry | null> {
  return (await loadInvitations()).entries.find((e) => e.key === key) ?? null;
}

/** Calls back with the repaired list whenever it changes in any context. Returns an unsubscribe. */
export function onInvitationsChanged(cb: (s: StoredInvitations) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(INVITATIONS_KEY in changes)) return;
    cb(repairInvitations(changes[INVITATIONS_KEY]?.newValue).value);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
