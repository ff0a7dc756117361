// The worker side of reminders against an in-memory browser: the storage-backed list, the periodic
// check, the notifications and what a click opens. Fake timers stand in for the hours passing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { type FakeBrowser, createFakeBrowser } from './helpers/fake-browser';
import { DAY, HOUR, seen } from './helpers/invitations';

let fake: FakeBrowser;
vi.mock('../../src/platform/browser', () => ({
  get default() {
    return fake.api;
  },
}));

// Re-imported for each test: module state (the write queue) starts fresh, as after the worker slept.
async function load() {
  vi.resetModules();
  return {
    store: await import('../../src/background/invitations'),
    reminders: await import('../../src/background/reminders'),
    badge: await import('../../src/background/pending-badge'),
  };
}

const noon = (day: number) => new Date(2026, 10, day, 12, 0).getTime();

beforeEach(() => {
  fake = createFakeBrowser();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(noon(20));
});
afterEach(() => vi.useRealTimers());

describe('invitation store (storage.local)', () => {
  it('records each detected invitation once, even when many arrive at the same moment', async () => {
    const { store } = await load();
    const a = seen({ messageId: 'a' });
    await Promise.all([store.recordInvitation(a), store.recordInvitation(seen({ messageId: 'b' })), store.recordInvitation(a), store.recordInvitation(seen({ messageId: 'c' }))]);
    const stored = await store.loadInvitations();
    expect(stored.entries.map((e) => e.key).sort()).toEqual(['gmail:m:a', 'gmail:m:b', 'gmail:m:c']);
    expect((fake.areas.local.invitations as { version: number }).version).toBe(1);
  });

  it('survives a restart: a new worker reads the same list', async () => {
    await (await load()).store.recordInvitation(seen({ messageId: 'a' }));
    const { store } = await load();
    expect((await store.loadInvitations()).entries).toHaveLength(1);
  });

  it('prunes by the retentionDays setting on the next write', async () => {
    fake.areas.sync.settings = { ...DEFAULT_SETTINGS, retentionDays: 30 };
    const { store } = await load();
    await store.recordInvitation(seen({ messageId: 'old' }));
    vi.setSystemTime(noon(20) + 31 * DAY);
    await store.recordInvitation(seen({ messageId: 'new' }));
    expect((await store.loadInvitations()).entries.map((e) => e.messageId)).toEqual(['new']);
  });

  it('clears the record of declines and nothing else', async () => {
    const { store } = await load();
    await store.recordInvitation(seen({ messageId: 'a' }));
    await store.recordInvitation(seen({ messageId: 'b' }));
    await store.setInvitationStatus('gmail:m:a', 'declined', { reasons: ['relocation'] });
    expect(await store.clearDeclineRecord()).toBe(1);
    expect((await store.loadInvitations()).entries.map((e) => e.messageId)).toEqual(['b']);
  });
});

describe('reminders', () => {
  async function twoPending() {
    const mods = await load();
    await mods.store.recordInvitation(seen({ messageId: 'nw', company: 'Northwind Labs', role: 'Data Engineer' }));
    await mods.store.recordInvitation(seen({ messageId: 'ct', company: 'Contoso', role: 'Analyst', url: 'https://outlook.office.com/mail/inbox/id/ct', site: 'outlook' }));
    return mods;
  }

  it('registers a periodic alarm once', async () => {
    const { reminders } = await load();
    await reminders.ensureReminderAlarm();
    await reminders.ensureReminderAlarm();
    expect([...fake.alarms.values()]).toEqual([{ name: reminders.REMINDER_ALARM, delayInMinutes: 1, periodInMinutes: 30 }]);
  });

  it('shows exactly one reminder per pending invitation once they are old enough, and no second one that day', async () => {
    const { reminders } = await twoPending();
    expect(await reminders.runReminders()).toEqual([]);
    vi.setSystemTime(noon(21) + HOUR);
    expect((await reminders.runReminders()).length).toBe(2);
    expect(fake.created.map((n) => n.message)).toEqual([
      "You haven't answered Northwind Labs about the Data Engineer role — draft a polite decline?",
      "You haven't answered Contoso about the Analyst role — draft a polite decline?",
    ]);
    for (let i = 0; i < 20; i++) {
      vi.setSystemTime(Date.now() + 30 * 60 * 1000);
      await reminders.runReminders();
    }
    expect(fake.created).toHaveLength(2);
    vi.setSystemTime(noon(22) + HOUR);
    await reminders.runReminders();
    expect(fake.created).toHaveLength(4);
    expect(Object.keys(await fake.api.notifications.getAll())).toHaveLength(2); // the new one replaced the old
  });

  it('respects quiet hours and the off switch from the settings', async () => {
    fake.areas.sync.settings = { ...DEFAULT_SETTINGS, reminders: { enabled: true, afterHours: 24, quietStart: 21, quietEnd: 8 } };
    const { reminders } = await twoPending();
    vi.setSystemTime(new Date(2026, 10, 21, 23, 0).getTime());
    expect(await reminders.runReminders()).toEqual([]);
    fake.areas.sync.settings = { ...DEFAULT_SETTINGS, reminders: { ...DEFAULT_SETTINGS.reminders, enabled: false } };
    vi.setSystemTime(noon(22));
    expect(await reminders.runReminders()).toEqual([]);
    expect(fake.created).toEqual([]);
  });

  it('does not remind about a declined invitation, and does again after undo', async () => {
    const { reminders, store } = await twoPending();
    await store.setInvitationStatus('gmail:m:nw', 'declined', { reasons: [] });
    vi.setSystemTime(noon(22));
    expect((await reminders.runReminders()).map((e) => e.messageId)).toEqual(['ct']);
    await store.setInvitationStatus('gmail:m:nw', 'pending');
    expect((await reminders.runReminders()).map((e) => e.messageId)).toEqual(['nw']);
  });

  it('a click opens the message in a new tab when no tab shows it, even after the worker restarted', async () => {
    const { reminders } = await twoPending();
    vi.setSystemTime(noon(22));
    await reminders.runReminders();
    const id = fake.created[0]!.id;
    const fresh = await load(); // the worker slept: no globals survive
    await fresh.reminders.onReminderClicked(id);
    expect(fake.tabs.map((t) => t.url)).toEqual(['https://mail.google.com/mail/u/0/#inbox/nw']);
    expect(await fake.api.notifications.getAll()).not.toHaveProperty(id);
    expect((await fresh.store.loadInvitations()).notifications).not.toHaveProperty(id);
  });

  it('a click focuses the tab that already shows the message', async () => {
    const { reminders } = await twoPending();
    fake.tabs.push({ id: 7, url: 'https://outlook.office.com/mail/inbox', windowId: 3, active: false });
    fake.tabs.push({ id: 8, url: 'https://mail.google.com/mail/u/0/#inbox', windowId: 3, active: true });
    const s = seen({ messageId: 'ct', site: 'outlook' });
    fake.areas.session['tab:7'] = { site: 'outlook', url: fake.tabs[0]!.url, message: { ...s.message, body: '' }, detection: {}, extraction: {}, seenAt: Date.now() };
    vi.setSystemTime(noon(22));
    await reminders.runReminders();
    const ct = fake.created.find((n) => n.message.includes('Contoso'))!;
    await reminders.onReminderClicked(ct.id);
    expect(fake.tabs.find((t) => t.id === 7)?.active).toBe(true);
    expect(fake.focusedWindows).toEqual([3]);
    expect(fake.tabs).toHaveLength(2); // nothing new opened
  });

  it('ignores clicks on notifications that are not reminders, and never opens a non-web link', async () => {
    const { reminders, store } = await load();
    await reminders.onReminderClicked('something-else');
    await store.recordInvitation(seen({ messageId: 'js', url: 'javascript:alert(1)' }));
    vi.setSystemTime(noon(22));
    await reminders.runReminders();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await reminders.onReminderClicked(fake.created[0]!.id);
    expect(fake.tabs).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/link to this message is missing/));
    warn.mockRestore();
  });
});

describe('pending-count badge', () => {
  it('shows the number of pending invitations when the option is on', async () => {
    const { store, badge } = await load();
    await store.recordInvitation(seen({ messageId: 'a' }));
    await store.recordInvitation(seen({ messageId: 'b' }));
    expect(await badge.refreshPendingBadge(5)).toBe('');
    fake.areas.sync.settings = { ...DEFAULT_SETTINGS, badgePendingCount: true };
    expect(await badge.refreshPendingBadge(5)).toBe('2');
    expect(fake.badge.global).toBe('2');
    expect(fake.badge.tabs.get(5)).toBeNull(); // the tab falls back to the global count
    await store.setInvitationStatus('gmail:m:a', 'handled');
    expect(await badge.refreshPendingBadge()).toBe('1');
    expect(badge.pendingBadgeText(150, true)).toBe('99+');
  });
});

describe('worker hooks', () => {
  async function loadHooks() {
    const mods = await load();
    return { ...mods, hooks: await import('../../src/background/invitation-hooks') };
  }
  const tabState = (s: ReturnType<typeof seen>, invite: boolean) => ({
    site: s.site,
    url: s.url,
    message: { ...s.message, body: '' },
    detection: { invite, score: invite ? 0.9 : 0.1, kind: invite ? ('schedule' as const) : ('none' as const), lang: 'en' as const, signals: [] },
    extraction: { ...s.extraction, schedulingLinks: [], proposedTimes: [], lang: 'en' as const },
    seenAt: Date.now(),
  });
  const inserted = (state: ReturnType<typeof tabState>, status: 'inserted' | 'copied', answers?: { reasons: ('relocation' | 'other')[]; customReason: string }) => ({
    tabId: 3,
    state,
    result: { status, message: '' },
    draft: { subject: '', text: '', html: '', lang: 'en' as const, findings: [] },
    via: 'popup' as const,
    ...(answers ? { answers: { ...answers, mentionReason: true, keepDoorOpen: true, offerReferral: false, specificArea: '', tone: 'warm' as const } } : {}),
  });

  it('records an opened invitation and ignores other mail', async () => {
    const { hooks, store } = await loadHooks();
    await hooks.onSeen({ tabId: 3, state: tabState(seen({ messageId: 'inv' }), true) });
    await hooks.onSeen({ tabId: 3, state: tabState(seen({ messageId: 'news' }), false) });
    expect((await store.loadInvitations()).entries.map((e) => e.messageId)).toEqual(['inv']);
  });

  it('marks the invitation declined with the chosen reasons once the decline is inserted, not when only copied', async () => {
    const { hooks, store } = await loadHooks();
    const state = tabState(seen({ messageId: 'inv' }), true);
    await hooks.onSeen({ tabId: 3, state });
    await hooks.onInserted(inserted(state, 'copied', { reasons: ['relocation'], customReason: '' }));
    expect((await store.loadInvitations()).entries[0]?.status).toBe('pending');
    await hooks.onInserted(inserted(state, 'inserted', { reasons: ['relocation', 'other'], customReason: 'Timing' }));
    expect((await store.loadInvitations()).entries[0]).toMatchObject({ status: 'declined', reasons: ['relocation', 'other'], customReason: 'Timing', declinedAt: Date.now() });
  });

  it('uses the default reasons for a decline drafted from the context menu', async () => {
    fake.areas.sync.settings = { ...DEFAULT_SETTINGS, defaultReasons: ['content-current-role'] };
    const { hooks, store } = await loadHooks();
    const state = tabState(seen({ messageId: 'inv' }), true);
    await hooks.onInserted({ ...inserted(state, 'inserted'), via: 'context-menu' });
    expect((await store.loadInvitations()).entries[0]).toMatchObject({ status: 'declined', reasons: ['content-current-role'] });
  });

  it('answers the pages: status changes (with undo) and opening, with a clear error for an unknown key', async () => {
    const { hooks, store } = await loadHooks();
    await store.recordInvitation(seen({ messageId: 'inv' }));
    expect(await hooks.invitationPageHandlers['set-invitation-status']({ type: 'set-invitation-status', key: 'gmail:m:inv', status: 'dismissed' })).toEqual({
      ok: true,
      status: 'dismissed',
      previous: 'pending',
    });
    expect(await hooks.invitationPageHandlers['set-invitation-status']({ type: 'set-invitation-status', key: 'gmail:m:inv', status: 'pending' })).toMatchObject({ ok: true, status: 'pending' });
    expect(await hooks.invitationPageHandlers['set-invitation-status']({ type: 'set-invitation-status', key: 'nope', status: 'handled' })).toEqual({
      ok: false,
      error: 'This invitation is no longer in the list.',
    });
    expect(await hooks.invitationPageHandlers['open-invitation']({ type: 'open-invitation', key: 'gmail:m:inv' })).toMatchObject({ ok: true, how: 'opened' });
    expect(fake.tabs.map((t) => t.url)).toEqual(['https://mail.google.com/mail/u/0/#inbox/inv']);
  });
});
