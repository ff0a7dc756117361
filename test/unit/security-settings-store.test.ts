// The settings store against a fake storage.sync that fails the ways the real one does: a full quota,
// too many writes, a read error, corrupt stored values. The user gets a clear message, what was
// saved before is not lost, and reads never throw.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const store: Record<string, unknown> = {};
const fail: { get?: Error; set?: Error } = {};
const QUOTA = 'QUOTA_BYTES_PER_ITEM quota exceeded';

vi.mock('../../src/platform/browser', () => ({
  default: {
    storage: {
      sync: {
        async get(key: string) {
          if (fail.get) throw fail.get;
          return key in store ? { [key]: structuredClone(store[key]) } : {};
        },
        async set(items: Record<string, unknown>) {
          if (fail.set) throw fail.set; // like the real API: a refused write changes nothing
          Object.assign(store, structuredClone(items));
        },
      },
      onChanged: { addListener() {}, removeListener() {} },
    },
  },
}));

const { loadSettings, saveSettings, SettingsSaveError, SETTINGS_KEY } = await import('../../src/platform/settings-store');
const { DEFAULT_SETTINGS } = await import('../../src/core/settings');

let warn: { mock: { calls: unknown[][] }; mockRestore(): void };
beforeEach(() => {
  for (const k of Object.keys(store)) delete store[k];
  delete fail.get;
  delete fail.set;
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

describe('settings store and storage.sync failures', () => {
  it('a full sync quota rejects with a clear message and keeps what was saved before', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, fullName: 'Ana Lima', defaultTone: 'formal' });
    fail.set = new Error('QUOTA_BYTES quota exceeded');
    const err = await saveSettings({ ...DEFAULT_SETTINGS, fullName: 'Changed' }).catch((e) => e);
    expect(err).toBeInstanceOf(SettingsSaveError);
    expect(err.message).toMatch(/not saved/i);
    expect(err.message).toMatch(/sync storage is full/i);
    expect(err.message).not.toMatch(/QUOTA_BYTES/); // no raw API jargon for the user
    expect((await loadSettings()).fullName).toBe('Ana Lima');
  });

  it('the per-item quota (QUOTA_BYTES_PER_ITEM) is reported the same way', async () => {
    fail.set = new Error(QUOTA);
    const err = await saveSettings({ ...DEFAULT_SETTINGS, contactInfo: 'x'.repeat(1000) }).catch((e) => e);
    expect(err).toBeInstanceOf(SettingsSaveError);
    expect(err.message).toMatch(/sync storage is full/i);
  });

  it('the write-rate quota gets its own advice', async () => {
    fail.set = new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    const err = await saveSettings({ ...DEFAULT_SETTINGS }).catch((e) => e);
    expect(err).toBeInstanceOf(SettingsSaveError);
    expect(err.message).toMatch(/too many changes/i);
  });

  it('an unreadable storage gives defaults and a logged warning, never a throw', async () => {
    fail.get = new Error('IO error: .../Sync Extension Settings/LOCK');
    await expect(loadSettings()).resolves.toEqual({ ...DEFAULT_SETTINGS, reminders: { ...DEFAULT_SETTINGS.reminders } });
    expect(warn).toHaveBeenCalled();
  });

  it('corrupt stored fields fall back one by one, each with a logged warning', async () => {
    store[SETTINGS_KEY] = { version: 2, fullName: 'Ana', defaultTone: 'loud', keepDoorOpen: 'maybe' };
    const s = await loadSettings();
    expect(s.fullName).toBe('Ana');
    expect(s.defaultTone).toBe(DEFAULT_SETTINGS.defaultTone);
    expect(s.keepDoorOpen).toBe(DEFAULT_SETTINGS.keepDoorOpen);
    const logged = warn.mock.calls.map((c) => String(c[0]));
    expect(logged.some((l) => l.includes('defaultTone'))).toBe(true);
    expect(logged.some((l) => l.includes('keepDoorOpen'))).toBe(true);
  });

  it('settings stored by the pre-release version load migrated, and saving writes the current shape', async () => {
    store[SETTINGS_KEY] = { name: 'Ana Lima', signature: 'Ana Lima\nana@example.com', tone: 'short', reasons: ['salary'], mention: true, doorOpen: false };
    const s = await loadSettings();
    expect(s).toMatchObject({ fullName: 'Ana Lima', contactInfo: 'ana@example.com', defaultTone: 'brief', defaultReasons: ['compensation'], mentionReason: true, keepDoorOpen: false });
    await saveSettings(s);
    expect(store[SETTINGS_KEY]).toMatchObject({ version: 2, fullName: 'Ana Lima' });
    expect(store[SETTINGS_KEY]).not.toHaveProperty('name');
  });

  it('a save never stores an invalid value: it is repaired first', async () => {
    const saved = await saveSettings({ fullName: 42, defaultTone: 'brief', retentionDays: -1 });
    expect(saved.defaultTone).toBe('brief');
    expect(store[SETTINGS_KEY]).toEqual(saved);
  });
});
