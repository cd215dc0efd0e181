import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './chromium';
import { MINIMAL_PRODUCT_PAGE } from './pages';
import { outputPath } from './paths';

const HOST = 'copycat-guard-root';

describe('Chromium: the built extension loads and its parts talk', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('has a service worker with an extension id', () => {
    expect(s.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('runs the content script on a served Amazon page and gets an answer from the background', async () => {
    const url = 'https://www.amazon.com/dp/B0E2ETEST1';
    await s.serve(url, MINIMAL_PRODUCT_PAGE);
    const page = await s.context.newPage();
    await page.goto(url);
    // The host element appears only after the background answered cs/hello with "enabled".
    await page.waitForSelector(`${HOST}[data-state="ready"]`, { state: 'attached', timeout: 20_000 });
    expect(await page.locator(HOST).getAttribute('data-site')).toBe('amazon');
    await page.screenshot({ path: outputPath('chromium-amazon-product.png') });
    await page.close();
  });

  it('does not run on a shop that is not in the match list', async () => {
    const url = 'https://shop.example.org/product/1';
    await s.serve(url, MINIMAL_PRODUCT_PAGE);
    const page = await s.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(1000);
    expect(await page.locator(HOST).count()).toBe(0);
    await page.close();
  });

  it('renders the popup', async () => {
    const popup = await s.openPopup();
    await popup.waitForSelector('h1');
    expect(await popup.textContent('h1')).toContain('Copycat Guard');
    await popup.screenshot({ path: outputPath('chromium-popup.png') });
    await popup.close();
  });
});
