#!/usr/bin/env node
// `npm run package`: zips dist/chrome and dist/firefox for the stores (after `npm run build`).
// Leaves out source maps and anything test-only; refuses to package a build that has them.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const EXCLUDE = [/\.map$/, /(^|\/)test(s)?\//, /\.test\./, /(^|\/)\./];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

for (const target of ['chrome', 'firefox']) {
  const dir = join(root, 'dist', target);
  const entries = {};
  let skipped = 0;
  for (const f of files(dir)) {
    const rel = relative(dir, f).split('\\').join('/');
    if (EXCLUDE.some((re) => re.test(rel))) {
      skipped++;
      continue;
    }
    const text = /\.(js|html|css|json)$/.test(rel) ? readFileSync(f, 'utf8') : '';
    if (rel.endsWith('.js') && text.includes('sourceMappingURL')) throw new Error(`${target}/${rel} has a source map; build without --dev`);
    entries[rel] = [readFileSync(f), { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }];
  }
  const out = join(root, 'dist', `graceful-decline-${version}-${target}.zip`);
  const zip = zipSync(entries);
  writeFileSync(out, zip);
  console.log(`${relative(root, out)}: ${Object.keys(entries).length} files, ${(zip.length / 1024).toFixed(1)} KB${skipped ? ` (${skipped} left out)` : ''}`);
}
