import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type InvitationEntry,
  MAX_REMINDERS_PER_RUN,
  ageText,
  dueReminders,
  isQuietHour,
  markReminded,
  recordSeen,
  reminderText,
  setStatus,
} from '../../src/core/invitations';
import { DEFAULT_SETTINGS, type ReminderSettings } from '../../src/core/settings';
import { DAY, HOUR, seen } from './helpers/invitations';

// Local wall-clock times, so quiet hours are tested the way the user sets them.
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();
const settings = (over: Partial<ReminderSettings> = {}): ReminderSettings => ({ ...DEFAULT_SETTINGS.reminders, ...over });

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(at(20, 10));
});
afterEach(() => vi.useRealTimers());

function oneInvitation(): InvitationEntry[] {
  return recordSeen([], seen({ messageId: 'nw' }), Date.now()).list;
}

describe('threshold', () => {
  it('reminds only once a pending invitation is older than afterHours', () => {
    const list = oneInvitation();
    vi.advanceTimersByTime(23 * HOUR + 59 * 60 * 1000);
    expect(dueReminders(list, Date.now(), settings())).toEqual([]);
    vi.advanceTimersByTime(60 * 1000);
    expect(dueReminders(list, Date.now(), settings()).map((e) => e.key)).toEqual(['gmail:m:nw']);
    expect(dueReminders(list, Date.now(), settings({ afterHours: 48 }))).toEqual([]);
  });

  it('measures age from when the message arrived, not when it was opened', () => {
    const list = recordSeen([], seen({ receivedAt: new Date(at(18, 9)).toISOString() }), Date.now()).list;
    expect(dueReminders(list, Date.now(), settings())).toHaveLength(1);
  });

  it('is silent when reminders are off, and for anything not pending', () => {
    const list = oneInvitation();
    vi.advanceTimersByTime(2 * DAY);
    expect(dueReminders(list, Date.now(), settings({ enabled: false }))).toEqual([]);
    for (const status of ['declined', 'handled', 'dismissed'] as const) {
      const r = setStatus(list, 'gmail:m:nw', status, Date.now());
      expect(dueReminders(r.list, Date.now(), settings())).toEqual([]);
    }
  });
});

describe('at most one reminder per invitation per day', () => {
  it('waits 24 hours after a reminder before the next one', () => {
    let list = oneInvitation();
    vi.advanceTimersByTime(DAY);
    const first = dueReminders(list, Date.now(), settings());
    expect(first).toHaveLength(1);
    list = markReminded(list, first.map((e) => e.key), Date.now());
    // Checks every 30 minutes for the rest of the day find nothing.
    for (let i = 0; i < 47; i++) {
      vi.advanceTimersByTime(30 * 60 * 1000);
      expect(dueReminders(list, Date.now(), settings({ quietStart: 0, quietEnd: 0 }))).toEqual([]);
    }
    vi.advanceTimersByTime(30 * 60 * 1000);
    expect(dueReminders(list, Date.now(), settings({ quietStart: 0, quietEnd: 0 }))).toHaveLength(1);
  });

  it('gives each pending invitation its own reminder, oldest first, a few at a time', () => {
    let list: InvitationEntry[] = [];
    for (let i = 0; i < MAX_REMINDERS_PER_RUN + 2; i++) {
      list = recordSeen(list, seen({ messageId: `m${i}`, receivedAt: new Date(at(10, 10) - i * HOUR).toISOString() }), Date.now()).list;
    }
    const due = dueReminders(list, Date.now(), settings());
    expect(due).toHaveLength(MAX_REMINDERS_PER_RUN);
    expect(due[0]?.messageId).toBe(`m${MAX_REMINDERS_PER_RUN + 1}`);
    list = markReminded(list, due.map((e) => e.key), Date.now());
    vi.advanceTimersByTime(30 * 60 * 1000);
    expect(dueReminders(list, Date.now(), settings()).map((e) => e.messageId)).toEqual(['m1', 'm0']);
  });
});

describe('quiet hours', () => {
  it('spans midnight: 21 -> 8 is quiet from 21:00 to 07:59', () => {
    expect(isQuietHour(at(20, 20, 59), 21, 8)).toBe(false);
    expect(isQuietHour(at(20, 21), 21, 8)).toBe(true);
    expect(isQuietHour(at(21, 0, 30), 21, 8)).toBe(true);
    expect(isQuietHour(at(21, 7, 59), 21, 8)).toBe(true);
    expect(isQuietHour(at(21, 8), 21, 8)).toBe(false);
  });

  it('works within a day too, and equal hours mean never quiet', () => {
    expect(isQuietHour(at(20, 12, 30), 12, 14)).toBe(true);
    expect(isQuietHour(at(20, 14), 12, 14)).toBe(false);
    for (let h = 0; h < 24; h++) expect(isQuietHour(at(20, h), 5, 5)).toBe(false);
  });

  it('holds a due reminder until the quiet hours end', () => {
    const list = oneInvitation(); // seen at 10:00 on the 20th
    vi.setSystemTime(at(21, 22)); // 36 hours later, but 22:00
    expect(dueReminders(list, Date.now(), settings())).toEqual([]);
    vi.setSystemTime(at(22, 7, 30));
    expect(dueReminders(list, Date.now(), settings())).toEqual([]);
    vi.setSystemTime(at(22, 8));
    expect(dueReminders(list, Date.now(), settings())).toHaveLength(1);
  });
});

describe('reminder text', () => {
  const entry = (over: Partial<InvitationEntry>) => ({ ...oneInvitation()[0]!, ...over });

  it('names the company and role, as the issue shows', () => {
    const e = entry({});
    expect(reminderText(e, Date.now() + 2 * DAY)).toEqual({
      title: 'Waiting for your answer · 2 days',
      message: "You haven't answered Northwind Labs about the Data Engineer role — draft a polite decline?",
    });
  });

  it('reads well with details missing or a role that already says "role"', () => {
    const now = Date.now();
    expect(reminderText(entry({ role: 'Backend Engineer Position' }), now).message).toBe(
      "You haven't answered Northwind Labs about the Backend Engineer Position — draft a polite decline?",
    );
    expect(reminderText(entry({ role: null }), now).message).toBe("You haven't answered Northwind Labs about their interview invitation — draft a polite decline?");
    expect(reminderText(entry({ company: null }), now).message).toBe("You haven't answered Dana Reyes about the Data Engineer role — draft a polite decline?");
    expect(reminderText(entry({ company: null, role: null, contactName: null, contactEmail: '', subject: '' }), now).message).toBe(
      "You haven't answered an interview invitation — draft a polite decline?",
    );
  });

  it('says how long it has waited', () => {
    expect(ageText(20 * 60 * 1000)).toBe('less than an hour');
    expect(ageText(HOUR)).toBe('1 hour');
    expect(ageText(30 * HOUR)).toBe('30 hours');
    expect(ageText(3 * DAY)).toBe('3 days');
    expect(ageText(30 * DAY)).toBe('4 weeks');
    expect(ageText(-5)).toBe('less than an hour');
  });
});
