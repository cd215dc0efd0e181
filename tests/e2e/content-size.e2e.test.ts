/**
 * Issue 6 budget, checked by size (not time): the JavaScript injected on a marketplace page is ≤ 20 KB gzip in both
 * builds, and what was taken out to get there stays out — brand data, scoring, zod (the content script reads its
 * replies with lib/content/replies.ts) and webextension-polyfill (content scripts use the browsers' native promise
 * messaging; see wxt.config.ts). `npm run bench` prints the same sizes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GZIP_BUDGET, contentSizes } from '../bench/content-size';
import { MARKETPLACES } from '../../lib/sites';
import { CHROME_BUILD, FIREFOX_BUILD } from './paths';

// Strings that exist only in the code we keep out: zod's internal property, the polyfill's start-up guard, a brand
// from the bundled data and a scoring signal id.
const MUST_NOT_SHIP: [string, string][] = [
  ['zod', '_zod'],
  ['webextension-polyfill', 'This script should only be loaded in a browser extension'],
  ['brand data', 'Louis Vuitton'],
  ['scoring', 'price-below-floor'],
];

for (const [name, dir] of [
  ['Chromium', CHROME_BUILD],
  ['Firefox', FIREFOX_BUILD],
] as const) {
  describe(`${name} build: content scripts`, () => {
    const sizes = contentSizes(dir);
    it('one per marketplace, each within the gzip budget', () => {
      expect(sizes, `no build in ${dir}`).not.toBeNull();
      expect(sizes!.map((s) => s.site).sort()).toEqual(MARKETPLACES.map((m) => m.id).sort());
      for (const s of sizes!) expect(s.gzip, `${s.site}: ${s.gzip} bytes gzip`).toBeLessThanOrEqual(GZIP_BUDGET);
    });
    it('carry no zod, polyfill, brand data or scoring', () => {
      for (const s of sizes ?? []) {
        const code = s.files.map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
        for (const [what, marker] of MUST_NOT_SHIP) expect(code.includes(marker), `${s.site} ships ${what}`).toBe(false);
      }
    });
  });
}
