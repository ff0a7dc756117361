// Export and import of the settings file: a round trip keeps everything; a bad file is refused with a
// clear message; a partly broken file keeps the good fields.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { settingsFromFile, settingsToFile } from '../../src/options/settings-file';

const mine: Settings = {
  ...DEFAULT_SETTINGS,
  fullName: 'Ana Lima',
  contactInfo: 'ana@example.com\n+55 11 5555-0100',
  defaultTone: 'formal',
  defaultReasons: ['relocation', 'compensation'],
  mentionReason: true,
  language: 'pt',
  reminders: { ...DEFAULT_SETTINGS.reminders, afterHours: 48 },
};

describe('settings file', () => {
  it('round-trips every setting', () => {
    const back = settingsFromFile(settingsToFile(mine));
    expect(back).toEqual({ ok: true, settings: mine, warnings: [] });
  });

  it('accepts a bare settings object too', () => {
    const back = settingsFromFile(JSON.stringify({ fullName: 'Kim', defaultTone: 'brief' }));
    expect(back.ok && back.settings.fullName).toBe('Kim');
    expect(back.ok && back.settings.defaultTone).toBe('brief');
  });

  it.each([
    ['not JSON', 'fullName = Ana', /not valid JSON/],
    ['an array', '[1,2,3]', /no Graceful Decline settings/],
    ['another app’s JSON', '{"theme":"dark","fontSize":12}', /no Graceful Decline settings/],
    ['empty', '', /not valid JSON/],
  ])('refuses %s with a clear message', (_name, text, msg) => {
    const r = settingsFromFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(msg);
  });

  it('refuses a huge file before parsing it', () => {
    const r = settingsFromFile('{}', 5_000_000);
    expect(r.ok).toBe(false);
  });

  it('keeps the valid fields of a partly broken file and says which were replaced', () => {
    const r = settingsFromFile(JSON.stringify({ kind: 'graceful-decline-settings', settings: { fullName: 'Ana', defaultTone: 'shouty' } }));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.settings.fullName).toBe('Ana');
      expect(r.settings.defaultTone).toBe('warm');
      expect(r.warnings.join(' ')).toMatch(/defaultTone/);
    }
  });
});
