// The one-pass cue scan must find exactly what the per-cue alternations find: the index of first
// words is derived from the lexicon fragments, and a fragment filed under the wrong word would
// silently never fire.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorsOf, secondWordStarts } from '../../src/core/detect/lexicon/anchors';
import { cuePattern, scanAllCues } from '../../src/core/detect/lexicon/index';
import { CUES } from '../../src/core/detect/lexicon/types';
import { requiredText } from '../../src/core/detect/lexicon/scan';
import { prepareEmail } from '../../src/core/text/prepare';

describe('anchorsOf', () => {
  it('takes the whole first word when a space follows it', () => {
    expect(anchorsOf('invite you (to|for)')).toEqual([{ exact: true, key: 'invite' }]);
    expect(anchorsOf('(like|love) to meet')).toEqual([
      { exact: true, key: 'like' },
      { exact: true, key: 'love' },
    ]);
  });
  it('keeps only a certain prefix before groups, classes and optional letters', () => {
    expect(anchorsOf('invit(e|ation) to')).toEqual([{ exact: false, key: 'invi' }]);
    expect(anchorsOf('colou?r')).toEqual([{ exact: false, key: 'colo' }]);
    expect(anchorsOf('you(r|rs) team')).toEqual([{ exact: false, key: 'you' }]);
  });
  it('files a word under itself when every branch of the group after it opens with a space or an apostrophe', () => {
    expect(anchorsOf("you('ve| have) been")).toEqual([{ exact: true, key: 'you' }]);
    expect(anchorsOf("you('ve| have)? been")).toEqual([{ exact: false, key: 'you' }]);
  });
  it('covers both ways through an optional leading group, and digits', () => {
    expect(anchorsOf('(o )?proximo passo')?.map((a) => a.key).sort()).toEqual(['o', 'proximo']);
    expect(anchorsOf('\\d+ minutes')?.length).toBe(10);
  });
  it('gives up (null) on starts it cannot pin down', () => {
    expect(anchorsOf('[a-z]+ed')).toBeNull();
    expect(anchorsOf('(a|b)* c')).toBeNull();
  });
});

describe('secondWordStarts', () => {
  const sorted = (f: string) => secondWordStarts(f)?.split('').sort().join('') ?? null;
  it('gives the letters the second word may start with', () => {
    expect(sorted('the offer (for|of)')).toBe('o');
    expect(sorted('(the|our) (offer|role)')).toBe('or');
    expect(sorted("you('re| are) (confirmed|all set)")).toBe('ac');
    expect(sorted('(two|\\d) (candidates|finalists)')).toBe('cf');
    expect(sorted('(o )?proximo passo')).toBe('p');
    expect(sorted('a (new )?role')).toBe('nr');
    // A "." or a class holding a space may be the first space itself, or not.
    expect(sorted('d.autres profils')).toBe('ap');
    expect(sorted('call (me)? now')).toBe(' m');
    expect(sorted('\\d+[- ]min (call|chat)')).toBe('cm');
  });
  it('gives up (null) when the first space is not certain or the next letter is optional', () => {
    expect(sorted('interview')).toBeNull();
    expect(sorted('a.b')).toBeNull();
    expect(sorted('\\d+[- ]min')).toBeNull();
    expect(sorted('a ?b')).toBeNull();
    expect(sorted('call (me)?')).toBeNull();
    expect(sorted('for [^\\n]{1,40} spot')).toBeNull();
  });
});

describe('scanAllCues', () => {
  const files = ['dev', 'extra', 'fresh-1', 'fresh-2', 'fresh-3', 'fresh-4'];
  const texts: string[] = [];
  for (const f of files) {
    for (const line of readFileSync(`test/fixtures/corpus/${f}.jsonl`, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const p = prepareEmail(JSON.parse(line));
      texts.push(`${p.foldedSubject}\n${p.folded}`);
    }
  }
  texts.push('', '___interview', 'snake_case_interview here', 'interview-based on-site 10:30 2pm', 'a'.repeat(5000));

  it('finds the same matches, in the same places, as one alternation per cue', () => {
    let compared = 0;
    for (const t of texts) {
      const all = scanAllCues(t);
      CUES.forEach((cue, ci) => {
        const re = cuePattern(cue);
        re.lastIndex = 0;
        const expected: [number, string][] = [];
        for (let m = re.exec(t); m && expected.length < 30; m = re.exec(t)) expected.push([m.index, m[0]]);
        expect(all[ci], `${cue} in ${t.slice(0, 60)}`).toEqual(expected);
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(400 * CUES.length);
  });
});

describe('requiredText', () => {
  it('finds the plain stretch every match of an unanchored fragment contains', () => {
    expect(requiredText("(have been|are|'ve been) invited to (the|an?|your) ([a-z-]+ ){0,2}interview")).toBe(' invited to ');
    expect(requiredText('colou?r chart')).toBe('r chart');
    expect(requiredText('[a-z]+ing the offer')).toBe('ing the offer');
    // A repeat count is not text: "for the [^\n]{1,40} spot" needs "for the " and " spot", never "1,40".
    expect(requiredText('x [^\\n]{1,4000} spot')).toBe(' spot');
  });
  it('gives none when a top-level alternative or a short stretch leaves nothing certain', () => {
    expect(requiredText('offer|role')).toBeNull();
    expect(requiredText('(a|b) c')).toBeNull();
  });
});
