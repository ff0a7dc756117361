// Launches Chromium with a built extension loaded (recipe: shared/research/e2e-recipe.md).
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
];

/**
 * @param {{extDir: string, executablePath: string, headless?: boolean, tmpRoot?: string, viewport?: {width:number,height:number}|null}} o
 */
export async function launchWithExtension(o) {
  const extDir = resolve(o.extDir);
  const tmpRoot = o.tmpRoot ?? resolve('.tmp');
  mkdirSync(tmpRoot, { recursive: true });
  const userDataDir = mkdtempSync(join(tmpRoot, 'profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: o.executablePath,
    headless: o.headless ?? true,
    viewport: o.viewport === undefined ? { width: 1280, height: 800 } : o.viewport,
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...BROWSER_ARGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extId,
    userDataDir,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
