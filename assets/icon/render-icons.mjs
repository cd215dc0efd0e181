// Renders assets/icon/icon.svg to the PNG sizes the stores ask for (16, 32, 48, 96, 128) into assets/public/icon/.
// Run after changing the SVG: node assets/icon/render-icons.mjs  (needs Chromium; see tests/e2e/browsers.ts)
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const exe = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: new URL(`../public/icon/${size}.png`, import.meta.url).pathname, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('icons written to assets/public/icon/');
