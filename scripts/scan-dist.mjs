#!/usr/bin/env node
// Scans the built extension for code that could come from, or talk to, anywhere else: eval-like
// calls, remote scripts/styles/fonts, network APIs, and a content security policy that differs from
// MV3's default. Prints every finding and exits 1 on any (0 when clean).
// Usage: node scripts/scan-dist.mjs [dir ...]   (default: dist/chrome and dist/firefox)
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Text files worth reading; anything else (icons) is only checked for being an expected binary. */
const TEXT = /\.(m?js|cjs|html?|css|json|svg|txt|map)$/i;
const BINARY_OK = /\.(png|ico|webp|jpe?g|gif|zip|woff2?)$/i;

/** Default MV3 policies: absent, or exactly these (Chrome adds 'wasm-unsafe-eval' by default). */
export const DEFAULT_CSP = [
  "script-src 'self'; object-src 'self';",
  "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
];

const REMOTE = String.raw`(?:https?:)?\/\/[a-z0-9.-]+`;

/** [id, what it means, pattern]. Patterns run on every text file (JS, HTML, CSS, JSON). */
export const RULES = [
  ['eval', 'eval() runs a string as code', /(?<![\w$.])eval\s*\(/g],
  ['new-function', 'new Function() runs a string as code', /new\s+Function\s*\(/g],
  ['function-ctor', 'Function("...") runs a string as code', /(?<![\w$.])Function\s*\(\s*["'`]/g],
  ['string-timer', 'setTimeout/setInterval with a string runs it as code', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g],
  ['import-scripts', 'importScripts() loads code into a worker', /\bimportScripts\s*\(/g],
  ['remote-import', 'import() of a remote module', new RegExp(String.raw`\bimport\s*\(\s*["'\`]${REMOTE}`, 'gi')],
  ['remote-src', 'src= pointing at a remote host', new RegExp(String.raw`\bsrc\s*=\s*["']?${REMOTE}`, 'gi')],
  ['remote-href', 'a stylesheet/preload/module link to a remote host', new RegExp(String.raw`<link\b[^>]*\bhref\s*=\s*["']?${REMOTE}`, 'gi')],
  ['remote-css-import', '@import of a remote stylesheet', new RegExp(String.raw`@import\s+(?:url\(\s*)?["']?${REMOTE}`, 'gi')],
  ['remote-css-url', 'url() of a remote resource', new RegExp(String.raw`url\(\s*["']?${REMOTE}`, 'gi')],
  ['font-cdn', 'a web-font or script CDN', /\b(?:fonts\.googleapis\.com|fonts\.gstatic\.com|use\.typekit\.net|cdn\.jsdelivr\.net|unpkg\.com|cdnjs\.cloudflare\.com|ajax\.googleapis\.com)\b/gi],
  ['fetch', 'fetch() makes a network request', /(?<![\w$.])fetch\s*\(|\.fetch\s*\(/g],
  ['xhr', 'XMLHttpRequest makes a network request', /\bXMLHttpRequest\b/g],
  ['websocket', 'WebSocket opens a network connection', /\bnew\s+WebSocket\s*\(/g],
  ['event-source', 'EventSource opens a network connection', /\bnew\s+EventSource\s*\(/g],
  ['beacon', 'sendBeacon sends data out', /\bsendBeacon\s*\(/g],
];

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

function lineCol(text, index) {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, col: index - last };
}

function snippet(text, index, length) {
  const from = Math.max(0, index - 40);
  const to = Math.min(text.length, index + length + 40);
  return text.slice(from, to).replace(/\s+/g, ' ');
}

/** Findings for one extension folder (the one holding manifest.json). */
export function scanExtension(dir) {
  const findings = [];
  const add = (file, rule, message, extra = {}) => findings.push({ file: relative(root, file) || file, rule, message, ...extra });
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    add(dir, 'no-manifest', 'no manifest.json: nothing to scan (run `npm run build` first)');
    return findings;
  }
  checkManifest(manifestPath, add);
  for (const file of walk(dir)) {
    if (!TEXT.test(file)) {
      if (!BINARY_OK.test(file)) add(file, 'unexpected-file', 'a file that is neither text nor an image: cannot vouch for it');
      continue;
    }
    const text = readFileSync(file, 'utf8');
    for (const [id, message, re] of RULES) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        add(file, id, message, { ...lineCol(text, m.index), snippet: snippet(text, m.index, m[0].length) });
      }
    }
    if (/\.html?$/i.test(file)) checkHtml(file, text, add);
  }
  return findings;
}

function checkManifest(path, add) {
  let m;
  try {
    m = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    add(path, 'manifest-json', `manifest.json is not valid JSON: ${e.message}`);
    return;
  }
  const csp = m.content_security_policy;
  if (csp !== undefined) {
    const policies = typeof csp === 'string' ? { extension_pages: csp } : csp;
    for (const [key, value] of Object.entries(policies ?? {})) {
      const norm = String(value).trim().replace(/\s+/g, ' ');
      const ok = key === 'extension_pages' && DEFAULT_CSP.includes(norm.endsWith(';') ? norm : `${norm};`);
      if (!ok) add(path, 'csp', `content_security_policy.${key} differs from the MV3 default: ${JSON.stringify(value)}`);
    }
  }
  if (m.externally_connectable) add(path, 'externally-connectable', 'externally_connectable lets web pages or other extensions message the worker');
  if (m.sandbox) add(path, 'sandbox', 'sandbox pages may run eval; this extension has no need for them');
  if (m.manifest_version !== 3) add(path, 'manifest-version', `manifest_version is ${m.manifest_version}, not 3`);
  for (const w of m.web_accessible_resources ?? []) {
    const matches = w.matches ?? [];
    if (matches.some((p) => p === '<all_urls>' || p.startsWith('*://*/') || p === 'https://*/*')) {
      add(path, 'web-accessible', `web_accessible_resources exposed to every site: ${JSON.stringify(w.resources)}`);
    }
  }
}

function checkHtml(file, text, add) {
  // MV3 blocks inline script anyway; an inline one is a bug waiting to be "fixed" with a CSP change.
  for (const m of text.matchAll(/<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    if (m[1].trim() !== '') add(file, 'inline-script', 'an inline <script> (blocked by the CSP; load a file instead)', { ...lineCol(text, m.index) });
  }
  for (const m of text.matchAll(/\son[a-z]+\s*=\s*["']/gi)) {
    add(file, 'inline-handler', 'an inline event-handler attribute', { ...lineCol(text, m.index), snippet: snippet(text, m.index, m[0].length) });
  }
  for (const m of text.matchAll(/<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy/gi)) {
    add(file, 'meta-csp', 'a <meta> content security policy in an extension page', { ...lineCol(text, m.index) });
  }
}

/** Scans each folder; a folder holding chrome/ and firefox/ (i.e. dist/) is scanned as both. */
export function scanDist(dirs) {
  const findings = [];
  for (const d of dirs) {
    const dir = resolve(d);
    if (!existsSync(dir)) {
      findings.push({ file: d, rule: 'missing', message: `${d} does not exist (run \`npm run build\` first)` });
      continue;
    }
    const subs = ['chrome', 'firefox'].map((s) => join(dir, s)).filter((s) => existsSync(join(s, 'manifest.json')));
    for (const ext of subs.length ? subs : [dir]) findings.push(...scanExtension(ext));
  }
  return findings;
}

export function formatFinding(f) {
  const at = f.line ? `:${f.line}:${f.col}` : '';
  return `${f.file}${at}  [${f.rule}] ${f.message}${f.snippet ? `\n    … ${f.snippet} …` : ''}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dirs = args.length ? args : [join(root, 'dist/chrome'), join(root, 'dist/firefox')];
  const findings = scanDist(dirs);
  for (const f of findings) console.log(formatFinding(f));
  const scanned = dirs.map((d) => relative(process.cwd(), resolve(d)) || '.').join(', ');
  console.log(findings.length ? `scan-dist: ${findings.length} finding(s) in ${scanned}` : `scan-dist: clean (${scanned})`);
  process.exit(findings.length ? 1 : 0);
}
