#!/usr/bin/env node
// `npm start`: the built extension in Chromium on the bundled demo inbox (a Gmail-like page served
// at https://mail.google.com/ by request interception, so the real declared content script runs).
// With a display: a window stays open to try the toolbar button. Headless (no display, or
// `npm start -- --headless`): drives detect -> popup with defaults -> Insert, prints what happened
// and the drafted reply, and saves screenshots in demo-output/.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChromium, HOW_TO_INSTALL } from './lib/chromium.mjs';
import { launchWithExtension } from './lib/launch.mjs';

const root = resolve(import.meta.dirname, '..');
const DEMO_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzDemoInvitation';
const DEMO_PAGE = join(root, 'test/fixtures/pages/gmail/inbox-demo.html');
const OUT = join(root, 'demo-output');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

const say = (s) => console.log(s);
const fail = (s) => {
  console.error(`\nDemo stopped: ${s}`);
  process.exit(1);
};

const executablePath = findChromium();
if (!executablePath) fail(HOW_TO_INSTALL);

say(`Starting Chromium (${headless ? 'headless' : 'with a window'}) with dist/chrome loaded...`);
const h = await launchWithExtension({
  extDir: join(root, 'dist/chrome'),
  executablePath,
  headless,
  tmpRoot: join(root, '.tmp'),
  viewport: headless ? { width: 1280, height: 800 } : null,
}).catch((e) => fail(`Chromium did not start with the extension: ${e.message.split('\n')[0]}`));

const html = readFileSync(DEMO_PAGE, 'utf8');
// Only the web is faked; the extension's own chrome-extension:// pages load as usual.
await h.context.route((u) => u.protocol === 'http:' || u.protocol === 'https:', (route) => {
  const url = new URL(route.request().url());
  if (url.hostname === 'mail.google.com' && url.pathname.startsWith('/mail/')) {
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': "require-trusted-types-for 'script'" },
      body: html,
    });
  }
  // The demo is offline: nothing else is fetched.
  return route.abort('blockedbyclient');
});

const page = await h.context.newPage();
await page.goto(DEMO_URL);
say(`Opened the demo inbox at ${DEMO_URL}`);

if (!headless) {
  say('\nThe window is yours: click the Graceful Decline toolbar button (or the "Decline politely" chip');
  say('beside the subject), answer the questions and press "Insert reply". Close the browser to end.');
  await new Promise((r) => h.context.on('close', r));
  await h.close();
  process.exit(0);
}

mkdirSync(OUT, { recursive: true });
const shot = async (p, name) => {
  await p.screenshot({ path: join(OUT, name) });
  say(`  screenshot: demo-output/${name}`);
};

try {
  // 1. Detection: the content script reads the open email and tells the worker.
  const tabId = await h.worker.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === url)?.id ?? null;
  }, page.url());
  if (tabId == null) fail('could not find the demo tab');
  let state = null;
  for (let i = 0; i < 50 && !state; i++) {
    state = (await h.worker.evaluate(async (k) => (await chrome.storage.session.get(k))[k] ?? null, `tab:${tabId}`)) ?? null;
    if (!state) await page.waitForTimeout(100);
  }
  if (!state) fail('the content script did not report the open email to the worker within 5 s');
  const badge = await h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  say('\n1. Detected');
  say(`  subject:     ${state.message.subject}`);
  say(`  from:        ${state.message.from.name} <${state.message.from.email}>`);
  say(`  invitation:  ${state.detection.invite ? 'yes' : 'no'} (score ${state.detection.score.toFixed(2)}, kind ${state.detection.kind}, language ${state.detection.lang})`);
  say(`  why:         ${state.detection.signals.join('; ')}`);
  say(`  company:     ${state.extraction.company ?? '—'}   role: ${state.extraction.role ?? '—'}   contact: ${state.extraction.contactFirstName ?? '—'}`);
  say(`  badge:       "${badge}"`);
  await shot(page, '1-inbox-detected.png');

  // 2. The popup with the defaults (as the toolbar button opens it, targeted at the demo tab).
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${h.extId}/popup.html?tab=${tabId}`);
  const insert = popup.getByRole('button', { name: /insert/i });
  await insert.waitFor({ timeout: 10_000 });
  say('\n2. Popup opened with the defaults');
  await shot(popup, '2-popup.png');

  // 3. Insert: the worker composes and the content script puts the draft into Gmail's reply box.
  await insert.click();
  const editor = page.locator('[g_editable="true"][contenteditable="true"]').first();
  await editor.waitFor({ timeout: 10_000 });
  await page.waitForFunction(
    () => (document.querySelector('[g_editable="true"][contenteditable="true"]')?.textContent ?? '').trim().length > 40,
    null,
    { timeout: 10_000 },
  );
  const status = await popup.locator('[role=status], [aria-live]').first().textContent().catch(() => '');
  // innerText, not textContent: the reply's paragraphs and line breaks as the user sees them.
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered line breaks are the point
  const reply = await editor.evaluate((el) => el.innerText);
  say('\n3. Inserted into the reply box');
  if (status) say(`  popup says:  ${status.trim()}`);
  say('  ---- reply ----');
  say(reply.replace(/\n{3,}/g, '\n\n').split('\n').map((l) => `  ${l}`).join('\n'));
  say('  ---------------');
  await shot(page, '3-reply-inserted.png');
  await shot(popup, '4-popup-result.png');
  say('\nDemo finished: nothing was sent; the reply waits in the draft for you to review.');
} catch (e) {
  await page.screenshot({ path: join(OUT, 'error.png') }).catch(() => undefined);
  fail(`${e.message.split('\n')[0]} (see demo-output/error.png)`);
} finally {
  await h.close();
}
