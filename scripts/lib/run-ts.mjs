#!/usr/bin/env node
// Runs a TypeScript script under scripts/ with the same bundler (and .hbs plugin) as the extension:
//   node scripts/lib/run-ts.mjs scripts/classify.ts [args...]
// Bundling takes ~50 ms, so the CLIs start fast without a separate compile step.
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hbsPlugin } from './hbs.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: run-ts.mjs <script.ts> [args...]');
  process.exit(2);
}
const outDir = join(root, '.cache', 'cli');
await mkdir(outDir, { recursive: true });
const outfile = join(outDir, `${basename(entry).replace(/\.tsx?$/, '')}.mjs`);
await build({
  absWorkingDir: root,
  entryPoints: [resolve(root, entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  plugins: [
    hbsPlugin(),
    // Precompiled templates import `handlebars/runtime`; Node's ESM resolver needs the file name.
    { name: 'hbs-runtime-node', setup: (b) => b.onResolve({ filter: /^handlebars\/runtime$/ }, () => ({ path: 'handlebars/runtime.js', external: true })) },
  ],
  logLevel: 'error',
  // Keep `handlebars/runtime` resolvable from the cache folder.
  nodePaths: [join(root, 'node_modules')],
});
process.argv = [process.argv[0], resolve(root, entry), ...rest];
await import(pathToFileURL(outfile).href);
