/**
 * Content-script size per marketplace (issue 6 budget: ≤ 20 KB gzip of JS injected on a marketplace page).
 *   npx tsx tests/bench/content-size.ts [--check]
 * Reads the built Chrome manifest (.output/chrome-mv3; run `npm run build` first), and for each content_scripts
 * entry sums the raw and gzip (level 9) bytes of the JS files it injects. A page of a marketplace gets every entry
 * whose matches cover it; today that is one entry per site, so the per-entry sum is the per-page total.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROME_BUILD } from '../e2e/paths';

export const GZIP_BUDGET = 20 * 1024;

export interface ContentSize {
  site: string;
  files: string[];
  raw: number;
  gzip: number;
  pass: boolean;
}

interface ManifestEntry {
  matches?: string[];
  js?: string[];
}

/** Sizes per content-script entry of the build in `dir`, or null when there is no build. */
export function contentSizes(dir = CHROME_BUILD): ContentSize[] | null {
  const manifestFile = path.join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) return null;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { content_scripts?: ManifestEntry[] };
  const out: ContentSize[] = [];
  for (const entry of manifest.content_scripts ?? []) {
    const files = entry.js ?? [];
    if (!files.length) continue;
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const bytes = readFileSync(path.join(dir, f));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    const site = files.map((f) => path.basename(f, '.js')).join('+');
    out.push({ site, files, raw, gzip, pass: gzip <= GZIP_BUDGET });
  }
  return out.sort((a, b) => a.site.localeCompare(b.site));
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function formatSizes(sizes: ContentSize[]): string[] {
  const w = Math.max(...sizes.map((s) => s.site.length), 4);
  return [
    `${'site'.padEnd(w)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}  budget ${kb(GZIP_BUDGET)} gzip`,
    ...sizes.map((s) => `${s.site.padEnd(w)}  ${kb(s.raw).padStart(9)}  ${kb(s.gzip).padStart(9)}  ${s.pass ? 'PASS' : 'OVER'}`),
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = contentSizes();
  if (!sizes) {
    console.log(`No build at ${CHROME_BUILD}: run \`npm run build\` first.`);
    process.exit(process.argv.includes('--check') ? 1 : 0);
  }
  for (const line of formatSizes(sizes)) console.log(line);
  if (process.argv.includes('--check') && sizes.some((s) => !s.pass)) process.exit(1);
}
