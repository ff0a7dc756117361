// Finds the Chromium that browser tests and the demo drive. CHROMIUM_PATH overrides the default.
// When none is found and we are root with apt, installs Debian's `chromium`; otherwise explains how.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'];

function executable(p) {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export const HOW_TO_INSTALL =
  'No Chromium found. Install Debian\'s package (as root: `apt-get update && apt-get install -y chromium`) ' +
  'or point CHROMIUM_PATH at a Chromium binary, then run the command again.';

/** The Chromium path, or null (no install attempted). */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return executable(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  return CANDIDATES.find(executable) ?? null;
}

/** The Chromium path; installs Debian's package when possible; throws with instructions otherwise. */
export function ensureChromium({ log = console.log } = {}) {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file. ${HOW_TO_INSTALL}`);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) throw new Error(HOW_TO_INSTALL);
  log('No Chromium found: installing Debian\'s chromium package (about a minute)...');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const installed = findChromium();
  if (!installed) throw new Error(HOW_TO_INSTALL);
  return installed;
}
