// Size budget. Detection and extraction run in the service worker, not the content script, so the
// old 30 KB content-script cap no longer binds. The detector reads the extractor's role ("names a
// role" is a cue), so the two ship as one piece, capped at 300 KB minified (270 KB until the lexicons
// reached it; each round of unseen mail adds 1–2 KB): well over half of it is
// lexicon text (phrases in five languages, which grow with each batch of unseen mail), the rest
// extraction rules. The cap catches an accidental dependency (a date or language library would add
// 50 KB or more); the cost of size in the worker is its cold start, printed by `npm run bench`.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const KB = 1024;

async function minifiedSize(contents: string): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.contents.byteLength ?? Number.POSITIVE_INFINITY;
}

describe('bundle size', () => {
  it('detector + extractor together stay within 300 KB minified (the worker bundle)', async () => {
    const size = await minifiedSize(
      "import { detectInvitation } from './src/core/detect/index'; import { extractInvitation } from './src/core/extract/index'; (globalThis as any).d = [detectInvitation, extractInvitation];",
    );
    console.log(`detector + extractor: ${(size / KB).toFixed(1)} KB minified`);
    expect(size).toBeLessThanOrEqual(300 * KB);
  });
});
