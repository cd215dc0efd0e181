/**
 * Finds the real browsers the end-to-end tests drive. Honours CHROMIUM_PATH / FIREFOX_PATH, then looks in the usual
 * places. When one is missing the error says exactly how to install it.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const INSTALL_HINT =
  'Install the browsers the end-to-end tests need (Debian/Ubuntu, as root): apt-get install -y chromium firefox-esr\n' +
  'or point CHROMIUM_PATH / FIREFOX_PATH at the executables.';

const CHROMIUM_CANDIDATES = [
  '/usr/lib/chromium/chromium', // Debian's real binary (/usr/bin/chromium is a wrapper script)
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const FIREFOX_CANDIDATES = [
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/bin/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

function which(name: string): string | null {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

function find(envVar: string, candidates: string[], names: string[], label: string): string {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${envVar}=${fromEnv} does not exist.\n${INSTALL_HINT}`);
  }
  for (const c of candidates) if (existsSync(c)) return c;
  for (const n of names) {
    const w = which(n);
    if (w) return w;
  }
  throw new Error(`${label} not found (looked at $${envVar}, ${candidates.join(', ')}).\n${INSTALL_HINT}`);
}

export function findChromium(): string {
  return find('CHROMIUM_PATH', CHROMIUM_CANDIDATES, ['chromium', 'chromium-browser'], 'Chromium');
}

export function findFirefox(): string {
  return find('FIREFOX_PATH', FIREFOX_CANDIDATES, ['firefox-esr', 'firefox'], 'Firefox');
}
