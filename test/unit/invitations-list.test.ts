import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type InvitationEntry,
  MAX_ENTRIES,
  clearDeclined,
  declinedNewestFirst,
  invitationKey,
  pendingOldestFirst,
  prune,
  recordSeen,
  repairInvitations,
  setStatus,
} from '../../src/core/invitations';
import { DAY, HOUR, seen } from './helpers/invitations';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-27T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('recording invitations', () => {
  it('remembers a detected invitation as pending, with where and when', () => {
    const now = Date.now();
    const { list, entry, created } = recordSeen([], seen({ messageId: 'abc', receivedAt: '2026-11-26T09:00:00Z' }), now);
    expect(created).toBe(true);
    expect(list).toHaveLength(1);
    expect(entry).toMatchObject({
      key: 'gmail:m:abc',
      status: 'pending',
      company: 'Northwind Labs',
      role: 'Data Engineer',
      contactName: 'Dana Reyes',
      contactEmail: 'dana@northwind.example',
      url: 'https://mail.google.com/mail/u/0/#inbox/abc',
      receivedAt: Date.parse('2026-11-26T09:00:00Z'),
      firstSeenAt: now,
    });
  });

  it('does not create a duplicate when the same message is seen again, and keeps its status', () => {
    const first = recordSeen([], seen({ messageId: 'abc', role: null }), Date.now());
    const declined = setStatus(first.list, 'gmail:m:abc', 'declined', Date.now(), { reasons: ['relocation'] });
    vi.advanceTimersByTime(3 * HOUR);
    const again = recordSeen(declined.list, seen({ messageId: 'abc', role: 'Data Engineer' }), Date.now());
    expect(again.created).toBe(false);
    expect(again.list).toHaveLength(1);
    expect(again.entry.status).toBe('declined');
    expect(again.entry.reasons).toEqual(['relocation']);
    expect(again.entry.role).toBe('Data Engineer'); // a detail missing the first time is filled in
    expect(again.entry.lastSeenAt - again.entry.firstSeenAt).toBe(3 * HOUR);
  });

  it('keys by site and message id, falling back to the thread id, then sender and subject', () => {
    expect(invitationKey('gmail', 'm1', 't1')).toBe('gmail:m:m1');
    expect(invitationKey('outlook', 'm1', 't1')).not.toBe(invitationKey('gmail', 'm1', 't1'));
    expect(invitationKey('gmail', '', 't1')).toBe('gmail:t:t1');
    expect(invitationKey('gmail', '  ', null, 'A@x.example|Interview')).toBe(invitationKey('gmail', '', null, 'a@x.example|interview'));
    const a = recordSeen([], seen({ messageId: '', threadId: null, subject: 'Hello' }), Date.now());
    const b = recordSeen(a.list, seen({ messageId: '', threadId: null, subject: 'Hello' }), Date.now());
    expect(b.list).toHaveLength(1);
  });

  it('treats an arrival date in the future or unreadable as not trustworthy', () => {
    const now = Date.now();
    expect(recordSeen([], seen({ receivedAt: '2030-01-01T00:00:00Z' }), now).entry.receivedAt).toBe(now);
    expect(recordSeen([], seen({ receivedAt: 'yesterday-ish' }), now).entry.receivedAt).toBeNull();
  });
});

describe('status changes', () => {
  const base = () => recordSeen([], seen({ messageId: 'k' }), Date.now()).list;

  it('records the date and reasons of a decline, and undo brings it back to pending without them', () => {
    const d = setStatus(base(), 'gmail:m:k', 'declined', Date.now(), { reasons: ['compensation', 'compensation', 'other'], customReason: ' too far ' });
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.entry).toMatchObject({ status: 'declined', declinedAt: Date.now(), reasons: ['compensation', 'other'], customReason: 'too far' });
    expect(declinedNewestFirst(d.list)).toHaveLength(1);
    expect(pendingOldestFirst(d.list)).toHaveLength(0);
    vi.advanceTimersByTime(HOUR);
    const undo = setStatus(d.list, 'gmail:m:k', 'pending', Date.now());
    expect(undo.ok && undo.entry).toMatchObject({ status: 'pending', declinedAt: null, reasons: [], customReason: '' });
    expect(undo.ok && undo.previous).toBe('declined');
    expect(pendingOldestFirst(undo.list)).toHaveLength(1);
  });

  it('marks handled or dismissed, which leave the pending list', () => {
    for (const status of ['handled', 'dismissed'] as const) {
      const r = setStatus(base(), 'gmail:m:k', status, Date.now());
      expect(r.ok && r.entry.status).toBe(status);
      expect(pendingOldestFirst(r.list)).toEqual([]);
    }
  });

  it('answers clearly for an unknown key or status and changes nothing', () => {
    const list = base();
    const r = setStatus(list, 'gmail:m:nope', 'declined', Date.now());
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/no longer in the list/) });
    expect(r.list).toEqual(list);
    const bad = setStatus(list, 'gmail:m:k', 'accepted' as never, Date.now());
    expect(bad.ok).toBe(false);
  });
});

describe('pruning', () => {
  it('drops entries with no activity for longer than retentionDays and keeps the rest', () => {
    let list: InvitationEntry[] = recordSeen([], seen({ messageId: 'old' }), Date.now()).list;
    vi.advanceTimersByTime(100 * DAY);
    list = recordSeen(list, seen({ messageId: 'mid' }), Date.now()).list;
    vi.advanceTimersByTime(81 * DAY); // 'old' is now 181 days old, 'mid' 81
    const kept = prune(list, Date.now(), 180);
    expect(kept.map((e) => e.key)).toEqual(['gmail:m:mid']);
    expect(prune(list, Date.now(), 365)).toHaveLength(2);
    expect(prune(list, Date.now(), 30)).toHaveLength(0);
  });

  it('counts a recent decline as activity: an old invitation declined last week stays in the record', () => {
    const list = recordSeen([], seen({ messageId: 'x', receivedAt: '2026-01-01T00:00:00Z' }), Date.parse('2026-01-02T00:00:00Z')).list;
    const d = setStatus(list, 'gmail:m:x', 'declined', Date.now() - 7 * DAY);
    expect(prune(d.list, Date.now(), 180)).toHaveLength(1);
  });

  it('caps the number of entries, dropping the least recently active', () => {
    let list: InvitationEntry[] = [];
    for (let i = 0; i < MAX_ENTRIES + 5; i++) list = recordSeen(list, seen({ messageId: `m${i}` }), Date.now() + i).list;
    const kept = prune(list, Date.now() + MAX_ENTRIES + 5, 180);
    expect(kept).toHaveLength(MAX_ENTRIES);
    expect(kept[0]?.key).toBe('gmail:m:m5');
  });

  it('uses the default when retentionDays is nonsense', () => {
    const list = recordSeen([], seen(), Date.now()).list;
    expect(prune(list, Date.now() + 179 * DAY, Number.NaN)).toHaveLength(1);
    expect(prune(list, Date.now() + 181 * DAY, -5)).toHaveLength(0);
  });
});

describe('lists', () => {
  it('orders pending oldest first by arrival, and clears only the decline record', () => {
    let list = recordSeen([], seen({ messageId: 'new', receivedAt: '2026-11-27T08:00:00Z' }), Date.now()).list;
    list = recordSeen(list, seen({ messageId: 'old', receivedAt: '2026-11-20T08:00:00Z' }), Date.now()).list;
    list = recordSeen(list, seen({ messageId: 'gone' }), Date.now()).list;
    expect(pendingOldestFirst(list).map((e) => e.messageId)).toEqual(['old', 'new', 'gone']);
    const d = setStatus(list, 'gmail:m:gone', 'declined', Date.now());
    expect(clearDeclined(d.list).map((e) => e.messageId)).toEqual(['new', 'old']);
  });
});

describe('stored shape', () => {
  it('keeps every readable entry, repairs corrupt fields, drops unidentifiable ones with a warning, and survives garbage', () => {
    const good = recordSeen([], seen({ messageId: 'ok' }), Date.now()).entry;
    const { value, warnings } = repairInvitations({
      version: 1,
      entries: [good, { ...good, key: 'bad', status: 'maybe' }, 42, { ...good }, { ...good, key: 'k2', reasons: ['relocation', 'future-reason'] }],
      notifications: { 'gd-remind-1': good.key, 'gd-remind-2': 'missing-key', 'gd-remind-3': 7 },
    });
    // An entry with one corrupt field is kept, that field reset to its default (issue 8: field by field).
    expect(value.entries.map((e) => e.key)).toEqual([good.key, 'bad', 'k2']);
    expect(value.entries[1]?.status).toBe('pending');
    expect(value.entries[2]?.reasons).toEqual(['relocation']);
    expect(value.notifications).toEqual({ 'gd-remind-1': good.key });
    expect(warnings).toEqual(['invitations: bad: status invalid, replaced by the default', 'invitations: 1 unreadable entry dropped']);
    expect(repairInvitations('garbage').value).toEqual({ version: 1, entries: [], notifications: {} });
    expect(repairInvitations(undefined).warnings).toEqual([]);
  });

  it('migrates the version-0 shape (a bare array)', () => {
    const good = recordSeen([], seen({ messageId: 'v0' }), Date.now()).entry;
    expect(repairInvitations([good]).value.entries).toEqual([good]);
  });
});
