// Shared steps of the popup, options and context-menu browser tests: reading the popup and the reply
// box, clicking Insert, the context menu and the shortcut as Chrome would, the toolbar button's state.
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

/** Clicks the popup's "Insert reply" and waits for its result line to match `expected`; returns that line. */
export async function clickInsert(popup: Page, expected: RegExp, timeout = 15_000): Promise<string> {
  await popup.getByRole('button', { name: /Insert/ }).click();
  const result = popup.getByTestId('result');
  await expect.poll(() => result.textContent(), { timeout }).toMatch(expected);
  return (await result.textContent()) ?? '';
}

/** Clicks "Draft polite decline" on the tab, as Chrome would after a right-click (through the worker's real listener). */
export async function clickContextMenu(h: Harness, tabId: number, info: Record<string, unknown> = {}): Promise<void> {
  await h.worker.evaluate(
    async ({ id, info }) => {
      const tab = await chrome.tabs.get(id);
      const onClicked = chrome.contextMenus.onClicked as unknown as { dispatch: (info: object, tab: object) => void };
      onClicked.dispatch({ menuItemId: 'draft-polite-decline', pageUrl: tab.url ?? '', editable: false, ...info }, tab);
    },
    { id: tabId, info },
  );
}

/** The keyboard shortcut "draft-with-defaults" on the tab, through the worker's real listener. */
export async function pressDraftShortcut(h: Harness, tabId: number): Promise<void> {
  await h.worker.evaluate(async (id) => {
    const tab = await chrome.tabs.get(id);
    const onCommand = chrome.commands.onCommand as unknown as { dispatch: (c: string, t: object) => void };
    onCommand.dispatch('draft-with-defaults', tab);
  }, tabId);
}

/** The toolbar button's badge on the tab. */
export async function badgeText(h: Harness, tabId: number): Promise<string> {
  return h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The toolbar button's tooltip on the tab (the worker puts the outcome of a quick draft there). */
export async function actionTitle(h: Harness, tabId: number): Promise<string> {
  return h.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
}

/** Whitespace-insensitive: the editor's innerText and the composed text differ only in line breaks. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
