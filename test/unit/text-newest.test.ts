// Only the newest message decides: the body is cut where quoted history or a forward begins.
import { describe, expect, it } from 'vitest';
import { newestMessage } from '../../src/core/text/newest';

describe('newestMessage', () => {
  it('cuts at reply headers, separators, header blocks and quotes, in any case', () => {
    expect(newestMessage('Hi,\nsee you then.\n\nOn Mon, 3 Mar 2025, Ana <a@b.c> wrote:\n> old')).toEqual({ text: 'Hi,\nsee you then.', hadHistory: true });
    expect(newestMessage('Merci !\nLe lun. 3 mars 2025 à 10:00, Ana <a@b.c> a écrit :\nancien').text).toBe('Merci !');
    expect(newestMessage('FYI\n  -----Original Message-----\nold').text).toBe('FYI');
    expect(newestMessage('Merci\n*FROM:* Ana\nSent: lundi\nTo: moi\nold').text).toBe('Merci');
    expect(newestMessage('Top\n__________\nold').text).toBe('Top');
    expect(newestMessage('> all quoted\nmore')).toEqual({ text: '', hadHistory: true });
    // German Gmail names the writer after the verb.
    expect(newestMessage('Passt.\nAm Mo., 12. Mai 2025 um 10:00 Uhr schrieb Ana Müller <a@b.c>:\nalt').text).toBe('Passt.');
  });
  it('keeps the whole body (trimmed) when there is no history', () => {
    const body = '\n  Hello Sam,\n\nOnly one message here.\nFrom me, with thanks\n';
    expect(newestMessage(body)).toEqual({ text: body.trim(), hadHistory: false });
  });
  it('reads at most 4,000 lines and 12,000 characters', () => {
    expect(newestMessage('a\n'.repeat(5000)).text).toBe('a\n'.repeat(4000).trim().slice(0, 12_000).trim());
    expect(newestMessage('word '.repeat(5000)).text.length).toBeLessThanOrEqual(12_000);
  });
});
