/**
 * Issue #6 end to end in Chromium, shops without a content script of their own: the user presses the toolbar button
 * (CDP Extensions.triggerAction — Chromium grants activeTab exactly as for a click) and then "Check this page" in the
 * popup, which injects the generic schema.org/OpenGraph reader into that one tab. Every generic fixture and three
 * authored shop pages (a cheap "Rolex", the brand's own shop, an ItemList search page) must show exactly the engine's
 * badges (pages.ts expectedBadgesFor with the generic adapter). Control: without the toolbar press the same click
 * reads nothing — the access really comes from the user's gesture, not from a host permission.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_TAG, ROOT_TAG, badgeKinds, launchChromium, pressToolbarButton, tabIds, toolbarText, type ChromiumSession } from './chromium';
import { TOOLBAR_MARK, expectedBadgesFor, worstLevel } from './pages';
import { GENERIC_PRODUCT_FAKE, GENERIC_PRODUCT_OFFICIAL, GENERIC_SEARCH, genericShopCases } from './pages/generic-shop';

describe('Chromium: "Check this page" on a shop without a content script (generic reader)', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium();
  });
  afterAll(async () => {
    await s?.close();
  });

  /** Open `url` in a new tab; the tab id is the one that was not there before. */
  async function openShop(url: string, html: string): Promise<{ page: Page; before: number[] }> {
    await s.serve(url, html);
    const before = await tabIds(s);
    const page = await s.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(300);
    // No content script runs here: nothing of ours on the page before the user asks.
    expect(await page.locator(ROOT_TAG).count(), 'no content script on a shop outside lib/sites.ts').toBe(0);
    return { page, before };
  }

  /** The popup for tab `tabId` (popup.html?tab=ID, the same component the toolbar popup shows), "Check this page" pressed. */
  async function pressCheck(tabId: number): Promise<Page> {
    const popup = await s.openPopup(`?tab=${tabId}`);
    await popup.getByTestId('check-page').click();
    return popup;
  }

  const cases = genericShopCases();

  it('the authored pages give the verdicts they were written for (if the engine changes, update the page)', async () => {
    expect((await expectedBadgesFor('generic', GENERIC_PRODUCT_FAKE.html, GENERIC_PRODUCT_FAKE.url)).perCard).toEqual(['caution']);
    expect((await expectedBadgesFor('generic', GENERIC_PRODUCT_OFFICIAL.html, GENERIC_PRODUCT_OFFICIAL.url)).perCard).toEqual(['official']);
    expect((await expectedBadgesFor('generic', GENERIC_SEARCH.html, GENERIC_SEARCH.url)).perCard).toEqual(['caution', 'dupe', null]);
  });

  it.each(cases)('%s: toolbar button, then "Check this page", shows exactly the engine’s badges', async (_name, p) => {
    const exp = await expectedBadgesFor('generic', p.html, p.url);
    expect(exp.invalid).toBe(0);
    const { page } = await openShop(p.url, p.html);
    const tabId = await pressToolbarButton(s, p.url);
    const popup = await pressCheck(tabId);
    await page.waitForSelector(`${ROOT_TAG}[data-state="ready"]`, { state: 'attached', timeout: 20_000 });
    await page.waitForTimeout(400); // a second badge, if the reader ran twice, would show by now
    expect(await page.locator(ROOT_TAG).getAttribute('data-page-kind')).toBe(exp.pageKind);
    expect(await badgeKinds(page)).toEqual(exp.kinds);
    if (exp.read > 0) {
      expect(await page.locator(ROOT_TAG).getAttribute('data-read')).toBe(String(exp.read));
      expect(await toolbarText(s, tabId)).toBe(TOOLBAR_MARK[worstLevel(exp.levels)]);
      // The popup moves on from "Check this page" to the verdict (product) or the page summary (search).
      await popup.getByTestId(exp.pageKind === 'product' ? 'summary' : 'search-summary').waitFor({ timeout: 10_000 });
    } else {
      await popup.getByRole('status').waitFor({ timeout: 10_000 }); // "nothing found"
      expect(await page.locator(BADGE_TAG).count()).toBe(0);
    }
    await popup.close();
    await page.close();
  });

  it('control: without the toolbar press, "Check this page" gets no access and the page stays untouched', async () => {
    const url = `${GENERIC_PRODUCT_FAKE.url}?control=1`;
    const { page, before } = await openShop(url, GENERIC_PRODUCT_FAKE.html);
    const after = await tabIds(s);
    const fresh = after.filter((id) => !before.includes(id));
    expect(fresh).toHaveLength(1);
    const popup = await pressCheck(fresh[0]!);
    await popup.getByRole('status').waitFor({ timeout: 10_000 });
    await page.waitForTimeout(500);
    expect(await page.locator(ROOT_TAG).count()).toBe(0);
    expect(await page.locator(BADGE_TAG).count()).toBe(0);
    // Positive control on the same tab: the toolbar press is what makes the difference (the button acts on the
    // tab in front, as for a user).
    await page.bringToFront();
    expect(await pressToolbarButton(s, url)).toBe(fresh[0]);
    await popup.close();
    const again = await pressCheck(fresh[0]!);
    await page.waitForSelector(`${BADGE_TAG}[data-kind="caution"]`, { state: 'attached', timeout: 20_000 });
    await again.close();
    await page.close();
  });
});
