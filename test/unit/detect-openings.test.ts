// The filter before each lexicon group's pattern (openings.ts) may let through more than the pattern
// matches, never less: a wrong opening would make a cue silently stop firing. The scan as a whole is
// compared with plain per-cue patterns on the corpus in detect-anchors.test.ts.
import { describe, expect, it } from 'vitest';
import { groupOpenings, mayOpen, openingsOf, packThree } from '../../src/core/detect/lexicon/openings';
import { cueSources } from '../../src/core/detect/lexicon/sources';

const OPEN = '\u0001';

describe('openingsOf', () => {
  it('writes a fragment out up to three characters past its first space', () => {
    expect(openingsOf('the offer (for|of) you')).toEqual(['the off']);
    expect(openingsOf("(we'd|we would) like to")).toEqual(["we'd lik", 'we wou']);
    expect(openingsOf('invit(e|ation) to (an )?interview')).toEqual(['invite to ', 'invitation to ']);
  });
  it('keeps optional parts both ways, and short fragments whole', () => {
    expect(openingsOf('(o )?proximo passo')?.sort()).toEqual(['o pro', 'proximo pas']);
    expect(openingsOf('sounds good')).toEqual(['sounds goo']);
    expect(openingsOf('on-?site')?.sort()).toEqual(['on-site', 'onsite']);
  });
  it('reads every digit as 0, so digit runs stay a few openings', () => {
    expect(openingsOf('\\d{1,2}(:\\d\\d)? ?(am|pm) works')?.length).toBeLessThan(20);
    expect(openingsOf('(\\d+|a few) minutes')).toEqual(['0 min', '00 min', '000 min', '0000 min', `00000${OPEN}`, 'a few']);
  });
  it('ends an opening where the fragment cannot be written out', () => {
    expect(openingsOf('re-?schedul\\w*')).toEqual([`reschedul${OPEN}`, `re-schedul${OPEN}`]);
    expect(openingsOf('for the [^\\n]{1,40} spot')).toEqual(['for the']);
    expect(openingsOf('you(.ll| to)? shadow')?.sort()).toEqual([`you${OPEN}`, 'you sha', 'you to ']);
  });
  it('leaves zero-width parts out and gives up (null) on patterns it does not read', () => {
    expect(openingsOf('^feedback\\b on')).toEqual(['feedback on']);
    expect(openingsOf('(?<name>x) y')).toBeNull();
  });
  it('lists every fragment of the lexicons', () => {
    for (const [, list] of cueSources().all) for (const src of list) expect(openingsOf(src), src).not.toBeNull();
  });
});

describe('mayOpen', () => {
  const at = (text: string, o: NonNullable<ReturnType<typeof groupOpenings>>) => {
    const sp = text.indexOf(' ');
    return mayOpen(o, text, 0, sp < 0 ? -1 : packThree(text, sp + 1));
  };
  it('lets through the text a fragment matches and turns away other second words', () => {
    const o = groupOpenings(['the offer (for|of) you', 'the (role|job) of']);
    expect(o).not.toBeNull();
    if (!o) return;
    expect(at('the offer for you', o)).toBe(true);
    expect(at('the job of', o)).toBe(true);
    expect(at('the other day', o)).toBe(false);
    expect(at('the interview', o)).toBe(false);
  });
  it('matches digits of any value and tries the short openings with startsWith', () => {
    const o = groupOpenings(['(\\d+|a few) minutes', 're-?schedul\\w*']);
    if (!o) throw new Error('expected openings');
    expect(at('45 minutes', o)).toBe(true);
    expect(at('1234567 minutes', o)).toBe(true);
    expect(at('45 seconds', o)).toBe(false);
    expect(at('rescheduling', o)).toBe(true);
    expect(at('reschedule it', o)).toBe(true);
    expect(at('research', o)).toBe(false);
  });
  it('is no filter (null) when an opening is empty', () => {
    expect(groupOpenings(['(\\w+ )?interview'])).toBeNull();
  });
});
