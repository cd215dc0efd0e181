import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './firefox';
import { MINIMAL_PRODUCT_PAGE } from './pages';
import { outputPath } from './paths';

describe('Firefox: the built extension loads and its parts talk', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('runs the content script on a served eBay page and gets an answer from the background', async () => {
    const url = 'https://www.ebay.com/itm/123456789012';
    s.serve(url, MINIMAL_PRODUCT_PAGE);
    await s.navigate(url);
    await s.waitFor(`document.querySelector('copycat-guard-root[data-state="ready"]')`);
    expect(await s.evaluate(`document.querySelector('copycat-guard-root').dataset.site`)).toBe('ebay');
    await s.screenshot(outputPath('firefox-ebay-product.png'));
  });

  it('renders the popup page', async () => {
    const tab = await s.openExtensionPage('popup.html');
    await s.waitFor(`document.querySelector('h1')`, 20_000, tab);
    expect(await s.evaluate<string>(`document.querySelector('h1').textContent`, tab)).toContain('Copycat Guard');
    await s.screenshot(outputPath('firefox-popup.png'), tab);
  });
});
