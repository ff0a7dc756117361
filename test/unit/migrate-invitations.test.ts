// The invitation list stored by every earlier shape loads into the current build without losing an
// invitation; corrupt or partial entries keep what can be read, field by field, with a warning.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INVITATIONS_VERSION, repairInvitations } from '../../src/core/invitations';

const DIR = resolve(__dirname, '../fixtures/storage');
interface InvitationsFixture {
  about: string;
  stored: unknown;
  expectKeys: string[];
  warnings: string[] | null;
  expectEntries?: Record<string, unknown>[];
}
const fixtures = readdirSync(DIR)
  .filter((f) => f.startsWith('invitations-') && f.endsWith('.json'))
  .map((f) => ({ file: f, ...(JSON.parse(readFileSync(join(DIR, f), 'utf8')) as InvitationsFixture) }));

describe('stored invitation-list fixtures load into the current shape', () => {
  it('has a fixture for each stored shape and for corrupt values', () => {
    const names = fixtures.map((f) => f.file);
    for (const n of ['invitations-v0-array.json', 'invitations-v1-current.json', 'invitations-v0-partial-entries.json', 'invitations-v1-corrupt-fields.json', 'invitations-not-object.json']) {
      expect(names).toContain(n);
    }
  });

  for (const f of fixtures) {
    it(`${f.file}: ${f.about}`, () => {
      const { value, warnings } = repairInvitations(f.stored);
      expect(value.version).toBe(INVITATIONS_VERSION);
      expect(value.entries.map((e) => e.key)).toEqual(f.expectKeys);
      if (f.expectEntries) expect(value.entries).toMatchObject(f.expectEntries);
      if (f.warnings) expect(warnings).toEqual(f.warnings);
      else expect(warnings.length).toBeGreaterThan(0);
      // The repaired list is stable: reading it again changes nothing and warns about nothing.
      expect(repairInvitations(structuredClone(value))).toEqual({ value, warnings: [] });
    });
  }

  it('keeps only notification ids that point at a kept invitation', () => {
    const f = fixtures.find((x) => x.file === 'invitations-v1-corrupt-fields.json');
    const { value } = repairInvitations(f?.stored);
    expect(value.notifications).toEqual({ n1: 'gmail:m:bad1' });
  });
});
