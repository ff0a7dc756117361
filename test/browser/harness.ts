// Real headless Chromium with the built dist/chrome loaded, and a fake network: every http(s)
// request is answered from test/fixtures/pages or refused, and recorded (no test touches the net).
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Request, Worker } from 'playwright-core';
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
  /** Open popup.html?tab=<id> in its own tab, sized like the real popup. */
  openPopup(tabId?: number): Promise<Page>;
  close(): Promise<void>;
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
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(`chrome-extension://${h.extId}/popup.html${tabId == null ? '' : `?tab=${tabId}`}`);
      return popup;
    },
    close: async () => {
      await h.close();
      rmSync(extCopy, { recursive: true, force: true });
    },
  };
  return harness;
}
