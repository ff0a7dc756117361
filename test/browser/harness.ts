// Real headless Chromium with the built dist/chrome loaded, and a fake network: every http(s)
// request is answered from test/fixtures/pages or refused, and recorded (no test touches the net).
// useHarness() gives a test file one such browser, set up before its first test and closed after
// its last.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Request, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
// @ts-expect-error: plain JS helpers shared with the demo
import { ensureChromium } from '../../scripts/lib/chromium.mjs';
// @ts-expect-error: plain JS helpers shared with the demo
import { launchWithExtension } from '../../scripts/lib/launch.mjs';

export const ROOT = resolve(__dirname, '../..');
export const EXT_DIR = join(ROOT, 'dist/chrome');
export const PAGES_DIR = join(ROOT, 'test/fixtures/pages');

/** Gmail's real header: page scripts must use Trusted Types for HTML sinks. */
export const GMAIL_CSP = "require-trusted-types-for 'script'";

export interface FixtureOptions {
  /** Extra response headers, e.g. {'content-security-policy': GMAIL_CSP}. */
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  url: string;
  /** 'page', 'worker' (service worker / extension page), or the frame's URL. */
  from: string;
  resourceType: string;
}

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extId: string;
  /** Every request any context of the browser made, in order. */
  requests: RecordedRequest[];
  /** Serve a fixture file (path under test/fixtures/pages) at an https URL. */
  serve(url: string, file: string, opts?: FixtureOptions): void;
  /** Serve literal HTML at an https URL. */
  serveHtml(url: string, html: string, opts?: FixtureOptions): void;
  /** Open a new tab on a URL (serve it first); resolves when the content script has loaded. */
  open(url: string): Promise<Page>;
  /** The extension's tab id for a page opened with open(). */
  tabId(page: Page): Promise<number>;
  /** Open popup.html?tab=<id> in its own tab, sized like the real popup; resolves when its form shows a preview. */
  openPopup(tabId?: number, opts?: ExtensionPageOptions): Promise<Page>;
  /** Open options.html in its own tab; resolves when its form is on screen. */
  openOptions(opts?: ExtensionPageOptions): Promise<Page>;
  close(): Promise<void>;
}

export interface ExtensionPageOptions {
  /** The tab's size; the browser's default otherwise (the popup is always 380 x 600). */
  viewport?: { width: number; height: number };
  /** Runs on the new tab before the page loads: an init script that replaces an API, a console listener. */
  beforeLoad?: (page: Page) => unknown;
}

const MAIL_HOSTS = [
  'mail.google.com',
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.cloud.microsoft',
];

export async function launch(): Promise<Harness> {
  const executablePath = ensureChromium({ log: () => undefined });
  // Load a private copy: another build (it empties dist/) may run while this browser is open.
  const extCopy = join(ROOT, '.tmp', `ext-${process.pid}-${Date.now()}`);
  cpSync(EXT_DIR, extCopy, { recursive: true });
  const h = await launchWithExtension({ extDir: extCopy, executablePath, tmpRoot: join(ROOT, '.tmp') });
  const context: BrowserContext = h.context;
  const served = new Map<string, { body: string; headers: Record<string, string> }>();
  const requests: RecordedRequest[] = [];

  const record = (req: Request) => {
    let from = 'worker';
    try {
      from = req.frame().url();
    } catch {
      // requests from service workers have no frame
    }
    requests.push({ url: req.url(), from, resourceType: req.resourceType() });
  };
  context.on('request', record);

  // Only the web is faked: the extension's own pages and scripts (chrome-extension://) load as usual.
  await context.route((u) => u.protocol === 'http:' || u.protocol === 'https:', async (route) => {
    const url = new URL(route.request().url());
    const key = url.origin + url.pathname;
    const hit = served.get(key) ?? served.get(url.href);
    if (hit) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: hit.headers, body: hit.body });
    } else if (MAIL_HOSTS.includes(url.hostname)) {
      await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in fixtures' });
    } else {
      await route.abort('blockedbyclient');
    }
  });

  const openExtensionPage = async (path: string, opts: ExtensionPageOptions = {}): Promise<Page> => {
    const page = await context.newPage();
    if (opts.viewport) await page.setViewportSize(opts.viewport);
    await opts.beforeLoad?.(page);
    await page.goto(`chrome-extension://${h.extId}/${path}`);
    return page;
  };

  const harness: Harness = {
    context,
    worker: h.worker,
    extId: h.extId,
    requests,
    serve(url, file, opts) {
      this.serveHtml(url, readFileSync(join(PAGES_DIR, file), 'utf8'), opts);
    },
    serveHtml(url, html, opts) {
      const u = new URL(url);
      served.set(u.origin + u.pathname, { body: html, headers: opts?.headers ?? {} });
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => document.documentElement.dataset.gracefulDecline === 'loaded', null, { timeout: 10_000 });
      return page;
    },
    async tabId(page) {
      const url = page.url();
      const id = await h.worker.evaluate(async (u: string) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? null;
      }, url);
      if (id == null) throw new Error(`no tab found for ${url}`);
      return id;
    },
    async openPopup(tabId, opts) {
      const popup = await openExtensionPage(`popup.html${tabId == null ? '' : `?tab=${tabId}`}`, { ...opts, viewport: { width: 380, height: 600 } });
      await popup.locator('main[data-ready="1"] [data-testid="preview"]').waitFor({ timeout: 10_000 });
      return popup;
    },
    async openOptions(opts) {
      const page = await openExtensionPage('options.html', opts);
      await page.locator('main[data-ready="1"]').waitFor();
      return page;
    },
    close: async () => {
      await h.close();
      rmSync(extCopy, { recursive: true, force: true });
    },
  };
  return harness;
}

export interface SuiteOptions {
  /** Fixture sets to serve, e.g. serveAll (content-helpers) or serveSecurityFixtures (security-helpers). */
  serve?: ((h: Harness) => void)[];
  /** Let pages read and write the clipboard: on every origin, or only on these. */
  clipboard?: true | string[];
  /** Start from the default settings: storage.sync emptied before the first test. */
  clearSettings?: boolean;
  /** Close every tab after each test: tabId() finds tabs by URL, so a failed test must not leave its tabs behind. */
  closePagesAfterEach?: boolean;
  /** Anything else to do once the browser is up, after the above. */
  setup?: (h: Harness) => Promise<void> | void;
}

/**
 * One browser for the calling test file: launched and set up (in the order of SuiteOptions) before
 * its first test, closed after its last. The returned harness stands for that browser in tests and
 * hooks; using it before the browser is up throws.
 */
export function useHarness(opts: SuiteOptions = {}): Harness {
  let current: Harness | undefined;
  beforeAll(async () => {
    const h = await launch();
    current = h;
    for (const serve of opts.serve ?? []) serve(h);
    const clipboard = ['clipboard-read', 'clipboard-write'];
    if (opts.clipboard === true) await h.context.grantPermissions(clipboard);
    else for (const origin of opts.clipboard ?? []) await h.context.grantPermissions(clipboard, { origin });
    if (opts.clearSettings) await clearStoredSettings(h);
    await opts.setup?.(h);
  });
  afterAll(() => current?.close());
  if (opts.closePagesAfterEach) {
    afterEach(async () => {
      for (const p of current?.context.pages() ?? []) await p.close();
    });
  }
  return new Proxy({} as Harness, {
    get(_, prop) {
      if (!current) throw new Error(`the browser is not up yet: harness.${String(prop)} used before beforeAll`);
      const value = Reflect.get(current, prop);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
}

export async function setStoredSettings(h: Harness, settings: Record<string, unknown>): Promise<void> {
  await h.worker.evaluate(async (s) => {
    await chrome.storage.sync.set({ settings: s });
  }, settings);
}

export async function clearStoredSettings(h: Harness): Promise<void> {
  await h.worker.evaluate(async () => {
    await chrome.storage.sync.clear();
  });
}
