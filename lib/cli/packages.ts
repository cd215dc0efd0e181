/**
 * Prints where the installable packages are after `npm run package`, and how to load them.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const out = path.resolve(import.meta.dirname, '../../.output');
const zips = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.zip')) : [];
const line = (s = '') => process.stdout.write(`${s}\n`);

line('Copycat Guard — installable packages');
for (const dir of ['chrome-mv3', 'firefox-mv2']) {
  const p = path.join(out, dir);
  line(`  ${existsSync(path.join(p, 'manifest.json')) ? '✔' : '✘'} ${dir.padEnd(12)} ${p}`);
}
for (const z of zips) line(`  ✔ ${z.padEnd(40)} ${(statSync(path.join(out, z)).size / 1024).toFixed(1)} KiB`);
line();
line('Chrome / Chromium / Edge: open chrome://extensions, switch on "Developer mode", "Load unpacked",');
line(`  and pick ${path.join(out, 'chrome-mv3')}`);
line('Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", and pick');
line(`  ${path.join(out, 'firefox-mv2', 'manifest.json')} (or the firefox zip above)`);
if (!zips.length) process.exitCode = 1;
