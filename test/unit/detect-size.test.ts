// Budget for the content script: what the detector adds must stay within 30 KB minified.
// (The extractor is bigger and belongs in the worker; its size is reported, not capped here.)
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
  it('detectInvitation adds at most 30 KB minified to a content script', async () => {
    const size = await minifiedSize(
      "import { detectInvitation } from './src/core/detect/index'; (globalThis as any).d = detectInvitation;",
    );
    console.log(`detector: ${(size / KB).toFixed(1)} KB minified`);
    expect(size).toBeLessThanOrEqual(30 * KB);
  });

  it('reports detector + extractor together (for the worker)', async () => {
    const size = await minifiedSize(
      "import { detectInvitation } from './src/core/detect/index'; import { extractInvitation } from './src/core/extract/index'; (globalThis as any).d = [detectInvitation, extractInvitation];",
    );
    console.log(`detector + extractor: ${(size / KB).toFixed(1)} KB minified`);
    // Sanity bound so an accidental dependency (e.g. a whole library) is caught.
    expect(size).toBeLessThan(80 * KB);
  });
});
