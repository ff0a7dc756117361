#!/usr/bin/env node
// Builds dist/chrome and dist/firefox from src/ and the top-level manifest.json.
// Usage: node scripts/build.mjs [--dev]   (--dev: inline source maps, no minification)
import { build } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hbsPlugin } from './lib/hbs.mjs';
import { inlineStylesheet } from './lib/inline-css.mjs';
import { preactNoInnerHtmlPlugin } from './lib/preact-no-inner-html.mjs';
import { chromeManifest, firefoxManifest } from './lib/manifest.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const dist = join(root, 'dist');
const stage = join(dist, '.stage');

export const ENTRY_POINTS = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
};
const STATIC_FILES = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/options/options.html', 'options.html'],
  ['assets/icons', 'icons'],
  ['assets/_locales', '_locales'],
];

export async function buildAll() {
  const started = performance.now();
  await rm(dist, { recursive: true, force: true });
  await mkdir(stage, { recursive: true });
  // Every bundle is a classic script (IIFE): content scripts cannot be modules, and one format
  // for all keeps the two browsers' manifests simple.
  await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(ENTRY_POINTS).map(([k, v]) => [k, join(root, v)])),
    outdir: stage,
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox142'],
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
    plugins: [hbsPlugin(), preactNoInnerHtmlPlugin()],
    logLevel: 'warning',
  });
  // One stylesheet per page (each extra request delays the popup's first paint).
  await build({
    absWorkingDir: root,
    entryPoints: { popup: join(root, 'src/popup/styles.css'), options: join(root, 'src/options/styles.css') },
    outdir: stage,
    bundle: true,
    minify: !dev,
    logLevel: 'warning',
  });
  for (const [from, to] of STATIC_FILES) {
    await cp(join(root, from), join(stage, to), { recursive: true }).catch((e) => {
      if (e.code !== 'ENOENT') throw e;
    });
  }
  // The popup's stylesheet goes inside popup.html (it is timed from open to preview: issue 6).
  await inlineStylesheet(stage, 'popup.html', 'popup.css');
  const base = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  base.version = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version;
  for (const [target, derive] of [['chrome', chromeManifest], ['firefox', firefoxManifest]]) {
    const out = join(dist, target);
    await cp(stage, out, { recursive: true });
    await writeFile(join(out, 'manifest.json'), `${JSON.stringify(derive(base), null, 2)}\n`);
  }
  await rm(stage, { recursive: true, force: true });
  return performance.now() - started;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildAll().then(
    (ms) => console.log(`built dist/chrome and dist/firefox in ${Math.round(ms)} ms`),
    (e) => {
      console.error(`build failed: ${e.message}`);
      process.exit(1);
    },
  );
}
