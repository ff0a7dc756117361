// The built extension (npm run build, which runs before the browser tests) holds no eval-like code,
// no remote script/style/font, no network API, and both manifests keep MV3's default policy.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

describe('dist/ security scan', () => {
  it('scripts/scan-dist.mjs finds nothing in dist/chrome and dist/firefox', () => {
    const r = spawnSync('node', [join(ROOT, 'scripts/scan-dist.mjs')], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout, r.stdout).toMatch(/scan-dist: clean/);
    expect(r.status).toBe(0);
  });

  it('both manifests keep the default content security policy and stay closed to web pages', () => {
    for (const browser of ['chrome', 'firefox']) {
      const m = JSON.parse(readFileSync(join(ROOT, 'dist', browser, 'manifest.json'), 'utf8'));
      expect(m.content_security_policy, browser).toBeUndefined();
      expect(m.externally_connectable, browser).toBeUndefined();
      expect(m.sandbox, browser).toBeUndefined();
    }
  });
});
