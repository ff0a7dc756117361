// Puts a page's bundled stylesheet into the page itself: the popup then paints and runs its script
// without waiting for a second file (each extension-file request is a trip through the browser
// process, and a pending stylesheet holds back both the first paint and the script).
// Inline <style> is allowed by the extension pages' CSP (it restricts scripts, not styles).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Replaces `<link rel="stylesheet" href="<css>" />` in `html` (both under dir) with the file's text, and drops the file. */
export async function inlineStylesheet(dir, html, css) {
  const page = await readFile(join(dir, html), 'utf8');
  const link = new RegExp(`<link rel="stylesheet" href="${css.replace('.', '\\.')}"\\s*/?>`);
  if (!link.test(page)) throw new Error(`${html} has no <link rel="stylesheet" href="${css}">`);
  const text = (await readFile(join(dir, css), 'utf8')).trim();
  if (/<\/style/i.test(text)) throw new Error(`${css} contains </style>`);
  await writeFile(join(dir, html), page.replace(link, () => `<style>${text}</style>`));
  await rm(join(dir, css));
}
