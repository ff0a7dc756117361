// The content script runs inside the webmail on every page load: it carries no detector or
// extractor (those run in the worker, off the page's main thread) and stays small.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXT_DIR } from './harness';

const read = (name: string) => readFileSync(join(EXT_DIR, name), 'utf8');

describe('content script bundle', () => {
  it('has no detector lexicon (the worker has it) and stays under 60 KB minified', () => {
    // A folded German lexicon entry: present wherever the detector is bundled.
    const marker = 'vorstellungsgesprach';
    expect(read('background.js')).toContain(marker);
    expect(read('content.js')).not.toContain(marker);
    expect(Buffer.byteLength(read('content.js'))).toBeLessThan(60 * 1024);
  });
});
