import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, repairSettings } from '../../src/core/settings';

describe('repairSettings', () => {
  it('keeps valid fields and replaces each broken one by its default, with a warning', () => {
    const { value, warnings } = repairSettings({ fullName: 'Ana Lima', defaultTone: 'shouty', reminders: { afterHours: -3, quietStart: 22 } });
    expect(value.fullName).toBe('Ana Lima');
    expect(value.defaultTone).toBe(DEFAULT_SETTINGS.defaultTone);
    expect(value.reminders.afterHours).toBe(DEFAULT_SETTINGS.reminders.afterHours);
    expect(value.reminders.quietStart).toBe(22);
    expect(warnings).toEqual(['defaultTone: invalid value replaced by the default', 'reminders.afterHours: invalid value replaced by the default']);
  });
  it('turns a non-object into the defaults', () => {
    const { value, warnings } = repairSettings('garbage');
    expect(value).toEqual({ ...DEFAULT_SETTINGS, reminders: { ...DEFAULT_SETTINGS.reminders } });
    expect(warnings).toHaveLength(1);
  });
});
