// Settings stored by every earlier shape load into the current build without losing what the user
// set; corrupt or partial values fall back to defaults field by field, each with a warning.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, repairSettings } from '../../src/core/settings';
import { LEGACY_REASONS, LEGACY_TONES, migrateSettings, storedSettingsVersion } from '../../src/core/settings-migrate';
import { REASON_IDS, TONES } from '../../src/core/types';

const DIR = resolve(__dirname, '../fixtures/storage');
interface SettingsFixture {
  about: string;
  area: string;
  key: string;
  stored: unknown;
  expect: Record<string, unknown>;
  warnings: string[];
}
const fixtures = readdirSync(DIR)
  .filter((f) => f.startsWith('settings-') && f.endsWith('.json'))
  .map((f) => ({ file: f, ...(JSON.parse(readFileSync(join(DIR, f), 'utf8')) as SettingsFixture) }));

describe('stored settings fixtures load into the current shape', () => {
  it('has a fixture for every stored shape (v1 flat, v2 current, a newer version) and for corrupt values', () => {
    const names = fixtures.map((f) => f.file);
    for (const n of ['settings-v1-flat.json', 'settings-v2-complete.json', 'settings-v3-future.json', 'settings-v1-corrupt.json', 'settings-v2-corrupt.json', 'settings-not-object.json']) {
      expect(names).toContain(n);
    }
  });

  for (const f of fixtures) {
    it(`${f.file}: ${f.about}`, () => {
      const { value, warnings } = repairSettings(f.stored);
      expect(value).toMatchObject(f.expect);
      expect(warnings).toEqual(f.warnings);
      // Whatever came in, what goes out is complete, current and valid again.
      expect(value.version).toBe(SETTINGS_VERSION);
      expect(Object.keys(value).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
      expect(repairSettings(value)).toEqual({ value, warnings: [] });
    });
  }
});

describe('migrateSettings (version 1 -> 2)', () => {
  it('recognises each shape', () => {
    expect(storedSettingsVersion({ name: 'A' })).toBe(1);
    expect(storedSettingsVersion({ version: 1, fullName: 'A' })).toBe(1);
    expect(storedSettingsVersion({ version: 2, fullName: 'A' })).toBe(2);
    expect(storedSettingsVersion({ version: 7 })).toBe(7);
    expect(storedSettingsVersion({})).toBe(0);
    expect(storedSettingsVersion({ version: 'two', fullName: 'A' })).toBe(0);
  });

  it('maps every old tone and reason id to a current one', () => {
    for (const t of Object.values(LEGACY_TONES)) expect(TONES).toContain(t);
    for (const r of Object.values(LEGACY_REASONS)) expect(REASON_IDS).toContain(r);
    for (const [old, now] of Object.entries(LEGACY_REASONS)) {
      expect(repairSettings({ name: 'A', reasons: [old] }).value.defaultReasons).toEqual([now]);
    }
    for (const [old, now] of Object.entries(LEGACY_TONES)) {
      expect(repairSettings({ name: 'A', tone: old }).value.defaultTone).toBe(now);
    }
  });

  it('keeps the whole signature when its first line is not the name', () => {
    const { value } = repairSettings({ name: 'Ana Lima', signature: 'Best,\nAna Lima\nana@example.com' });
    expect(value.contactInfo).toBe('Best,\nAna Lima\nana@example.com');
  });

  it('merges duplicate reasons that old ids and current ids both name', () => {
    const { value } = repairSettings({ name: 'A', reasons: ['career', 'career-goals', 'goals'] });
    expect(value.defaultReasons).toEqual(['career-goals']);
  });

  it('does not change the stored object it reads', () => {
    const stored = { name: 'Ana', reasons: ['career'], tone: 'friendly' };
    const copy = structuredClone(stored);
    migrateSettings(stored, SETTINGS_VERSION);
    repairSettings(stored);
    expect(stored).toEqual(copy);
  });

  it('treats a current shape that also carries a stray flat key as current (fullName wins)', () => {
    const { value } = repairSettings({ version: 2, fullName: 'New Name', name: 'Old Name', defaultTone: 'formal' });
    expect(value.fullName).toBe('New Name');
    expect(value.defaultTone).toBe('formal');
  });

  it('never throws on hostile stored values', () => {
    const weird: unknown[] = [0, -1, NaN, true, 'x', [], [1, 2], Object.create(null), { version: Number.POSITIVE_INFINITY }, { version: -3, name: 5 },
      { reasons: { length: 3 } }, { signature: '\n\n\n' }, { reminders: [] }, { __proto__: { fullName: 'inherited' } }, { name: null, tone: null, reasons: null }];
    for (const w of weird) {
      const { value } = repairSettings(w);
      expect(value.version).toBe(SETTINGS_VERSION);
      expect(typeof value.fullName).toBe('string');
    }
  });
});

describe('importing a settings file in an older shape (options page)', () => {
  it('a file with the flat pre-release settings is migrated, not refused', async () => {
    const { settingsFromFile } = await import('../../src/options/settings-file');
    const v1 = fixtures.find((f) => f.file === 'settings-v1-flat.json');
    const r = settingsFromFile(JSON.stringify(v1?.stored));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.settings).toMatchObject(v1?.expect ?? {});
    // Still refused: JSON that is no settings at all.
    expect(settingsFromFile(JSON.stringify({ version: 1 })).ok).toBe(false);
    expect(settingsFromFile(JSON.stringify({ hello: 'world' })).ok).toBe(false);
  });
});
