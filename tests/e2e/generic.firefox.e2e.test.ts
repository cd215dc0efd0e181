/**
 * Issue #6 in Firefox ESR, shops without a content script: the same round trip as generic.chromium — the toolbar
 * button (Firefox's browser-action handler, which grants activeTab), then "Check this page" in popup.html?tab=ID
 * injects the generic reader into that tab, and the badges are exactly the engine's (pages.ts expectedBadgesFor with
 * the generic adapter). Control: without the toolbar press the click reads nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './firefox';
import { expectedBadgesFor } from './pages';
import { GENERIC_PRODUCT_FAKE, GENERIC_PRODUCT_OFFICIAL, GENERIC_SEARCH, genericShopCases } from './pages/generic-shop';

describe('Firefox: "Check this page" on a shop without a content script (generic reader)', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox();
  });
  afterAll(async () => {
    await s?.close();
  });

  const ROOT_READY = `document.querySelector('copycat-guard-root[data-state="ready"]')`;
  const shown = () =>
    s.evaluate<{ pageKind: string | null; read: string | null; kinds: string[] }>(`(() => {
      const root = document.querySelector('copycat-guard-root');
      return {
        pageKind: root && root.getAttribute('data-page-kind'),
        read: root && root.getAttribute('data-read'),
        kinds: [...document.querySelectorAll('copycat-guard-badge')].map((b) => b.getAttribute('data-kind')),
      };
    })()`);

  async function pressCheck(tabId: number): Promise<string> {
    const popup = await s.openExtensionPage(`popup.html?tab=${tabId}`);
    await s.waitFor(`document.querySelector('[data-testid="check-page"]')`, 15_000, popup).catch(async (e: unknown) => {
      throw new Error(`${String(e)}; the popup shows: ${await s.evaluate<string>('document.body.innerHTML', popup).catch(() => '?')}`);
    });
    await s.evaluate(`document.querySelector('[data-testid="check-page"]').click()`, popup);
    return popup;
  }

  const cases = genericShopCases();

  it.each(cases)('%s: toolbar button, then "Check this page", shows exactly the engine’s badges', async (_name, p) => {
    const exp = await expectedBadgesFor('generic', p.html, p.url);
    s.serve(p.url, p.html);
    await s.navigate(p.url);
    await new Promise((r) => setTimeout(r, 300));
    expect(await s.evaluate<boolean>(`!document.querySelector('copycat-guard-root')`), 'no content script on this shop').toBe(true);
    const tabId = await s.pressToolbarButton(p.url);
    const popup = await pressCheck(tabId);
    await s.waitFor(ROOT_READY, 20_000);
    await new Promise((r) => setTimeout(r, 400));
    const got = await shown();
    expect(got.pageKind).toBe(exp.pageKind);
    expect(got.kinds).toEqual(exp.kinds);
    if (exp.read > 0) {
      expect(got.read).toBe(String(exp.read));
      await s.waitFor(`document.querySelector('[data-testid="${exp.pageKind === 'product' ? 'summary' : 'search-summary'}"]')`, 10_000, popup);
    } else {
      await s.waitFor(`document.querySelector('[role="status"]')`, 10_000, popup); // "nothing found"
    }
    await s.closeContext(popup);
  });

  it('control: without the toolbar press, "Check this page" gets no access', async () => {
    const url = `${GENERIC_PRODUCT_FAKE.url}?control=firefox`;
    s.serve(url, GENERIC_PRODUCT_FAKE.html);
    // A new tab, so no earlier page's record is on file for it; its WebExtension id is the one that was not there before.
    const listTabs = async () => {
      const helper = await s.openExtensionPage('options.html#control');
      const ids = await s.evaluate<number[]>(`Promise.all([browser.tabs.query({}), browser.tabs.getCurrent()]).then(([ts, me]) => ts.map((t) => t.id).filter((id) => id !== me.id))`, helper);
      await s.closeContext(helper);
      return ids;
    };
    const before = await listTabs();
    const tab = String((await s.bidi.send('browsingContext.create', { type: 'tab' })).context);
    await s.navigate(url, tab);
    const fresh = (await listTabs()).filter((id) => !before.includes(id));
    expect(fresh).toHaveLength(1);
    const hidden = [{ id: fresh[0]! }];
    const popup = await pressCheck(hidden[0]!.id);
    await s.waitFor(`document.querySelector('[role="status"]')`, 10_000, popup); // "nothing found"
    await new Promise((r) => setTimeout(r, 500));
    expect(await s.evaluate<boolean>(`!document.querySelector('copycat-guard-root')`, tab)).toBe(true);
    await s.closeContext(popup);
    // Positive control: the same tab after the toolbar press.
    expect(await s.pressToolbarButton(url, tab)).toBe(hidden[0]!.id);
    const again = await pressCheck(hidden[0]!.id);
    await s.waitFor(`document.querySelector('copycat-guard-badge[data-kind="caution"]')`, 20_000, tab);
    await s.closeContext(again);
    await s.closeContext(tab);
  });
});
