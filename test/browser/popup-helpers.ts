// Shared steps of the popup, options and context-menu browser tests.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { type Harness, ROOT } from './harness';

export const SCREENSHOTS = join(ROOT, 'docs/screenshots');
export const AXE_PATH = join(ROOT, 'node_modules/axe-core/axe.min.js');

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, name);
}

/** Runs axe-core (WCAG 2.x A/AA and best practices) and returns the violations, summarised. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Extension pages forbid inline scripts (CSP script-src 'self'), so addScriptTag cannot inject axe
  // there; evaluating the source through the DevTools protocol is not subject to the page's CSP.
  await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** The popup's form is on screen with a preview. */
export async function popupReady(popup: Page): Promise<void> {
  await popup.locator('main[data-ready="1"] [data-testid="preview"]').waitFor({ timeout: 10_000 });
}

export const GMAIL_EDITOR = '.M9 [g_editable="true"]';
export const OUTLOOK_EDITOR = '[role=textbox][aria-multiline=true]';

/** The reply box's rendered lines, trimmed, without blank ones (quoted history and all). */
export async function replyLines(page: Page, editor = GMAIL_EDITOR): Promise<string[]> {
  const box = page.locator(editor).first();
  if ((await box.count()) === 0) return [];
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are what the user sees
  const text = await box.innerText();
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

/** The reply box's text as one squashed string. */
export async function replyBoxText(page: Page, editor = GMAIL_EDITOR): Promise<string> {
  return (await replyLines(page, editor)).join(' ');
}

/** The preview's lines as the reply box should show them at its top. */
export async function previewLines(popup: Page): Promise<string[]> {
  const text = (await popup.getByTestId('preview').textContent()) ?? '';
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

/** The preview's text once it has settled on something containing `expected`. */
export async function previewText(popup: Page, expected?: string): Promise<string> {
  const read = async () => squash((await popup.getByTestId('preview').textContent()) ?? '');
  if (expected) await expect.poll(read, { timeout: 5_000 }).toContain(expected);
  return read();
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

export async function badgeText(h: Harness, tabId: number): Promise<string> {
  return h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Whitespace-insensitive: the editor's innerText and the composed text differ only in line breaks. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
