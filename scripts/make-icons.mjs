#!/usr/bin/env node
// Renders assets/icon.svg to the PNG sizes the manifest names (run after editing the SVG).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ensureChromium } from './lib/chromium.mjs';

const svg = readFileSync('assets/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: `assets/icons/icon-${size}.png`, omitBackground: true });
}
await browser.close();
console.log('wrote assets/icons/icon-{16,32,48,128}.png');
