/**
 * Issue #6 "Safety": pages whose titles and seller names carry HTML, script, event handlers, attribute break-outs,
 * RTL overrides and 100 KB strings (as text) still get the right badges, and prove that nothing from those strings
 * runs (no window.__pwned, no dialog), nothing of ours leaks into the page's DOM outside our copycat-guard-* hosts
 * (a main-world MutationObserver saw no other change; the DOM minus our hosts equals the DOM as parsed), and the
 * page's own click handlers still work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_TAG, ROOT_TAG, badgeKinds, launchChromium, openBadged, type ChromiumSession } from './chromium';
import { expectedBadgesFor } from './pages';
import { HOSTILE_AMAZON_PRODUCT, HOSTILE_AMAZON_SEARCH, HOSTILE_EBAY_PRODUCT, HOSTILE_EBAY_SEARCH } from './pages/hostile';
import { outputPath } from './paths';

describe('Chromium: hostile pages', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium();
  });
  afterAll(async () => {
    await s?.close();
  });

  const cases = [
    ['amazon', 'search', HOSTILE_AMAZON_SEARCH, ['caution', 'high', 'high', 'high', null]],
    ['amazon', 'product', HOSTILE_AMAZON_PRODUCT, ['caution']],
    ['ebay', 'search', HOSTILE_EBAY_SEARCH, ['high', 'high', 'high', null]],
    ['ebay', 'product', HOSTILE_EBAY_PRODUCT, ['high']],
  ] as const;

  it.each(cases)('%s %s: badged, nothing runs, nothing leaks, the page still works', async (site, kind, p, pinned) => {
    const exp = await expectedBadgesFor(site, p.html, p.url);
    expect(exp.perCard).toEqual(pinned);
    expect(exp.invalid).toBe(0);

    const dialogs: string[] = [];
    const page = await (async () => {
      await s.serve(p.url, p.html);
      const pg = await s.context.newPage();
      pg.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await pg.goto(p.url);
      await pg.waitForSelector(`${ROOT_TAG}[data-state="ready"]`, { state: 'attached', timeout: 30_000 });
      return pg;
    })();
    void openBadged;

    // The badges, exactly as the engine says.
    expect(await badgeKinds(page)).toEqual(exp.kinds);

    // Open every badge's details (they quote the hostile titles and seller names): hover, then click, then Escape.
    const n = await page.locator(BADGE_TAG).count();
    for (let i = 0; i < n; i++) {
      const b = page.locator(BADGE_TAG).nth(i);
      await b.scrollIntoViewIfNeeded();
      await b.hover();
      await b.click();
      if (i === 0) await page.screenshot({ path: outputPath(`chromium-hostile-${site}-${kind}.png`) });
      await page.keyboard.press('Escape');
    }
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);

    // Nothing ran: no payload flag in the page, no dialog.
    expect(await page.evaluate(() => (window as any).__pwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    // Clicking our badge did not navigate.
    expect(page.url()).toBe(p.url);

    // Nothing leaked: the only DOM changes after parsing were our own hosts being added.
    const dom = await page.evaluate(
      ([badgeTag, rootTag]) => {
        const hosts = [...document.querySelectorAll(`${badgeTag!}, ${rootTag!}`)];
        const clone = document.documentElement.cloneNode(true) as Element;
        for (const h of clone.querySelectorAll(`${badgeTag!}, ${rootTag!}`)) h.remove();
        return {
          foreign: (window as any).__foreign as string[],
          ourHostsAdded: (window as any).__ourHosts as number,
          hosts: hosts.length,
          hostsWithLightDom: hosts.filter((h) => h.childNodes.length > 0).length,
          openShadowRoots: hosts.filter((h) => h.shadowRoot !== null).length,
          sameAsParsed: clone.outerHTML === (window as any).__initialHTML,
          styleSheets: document.styleSheets.length,
          adoptedSheets: document.adoptedStyleSheets.length,
        };
      },
      [BADGE_TAG, ROOT_TAG] as const,
    );
    expect(dom.foreign).toEqual([]);
    expect(dom.hosts).toBe(exp.kinds.length + 1);
    expect(dom.ourHostsAdded).toBe(exp.kinds.length + 1);
    expect(dom.hostsWithLightDom).toBe(0);
    expect(dom.openShadowRoots).toBe(0);
    expect(dom.sameAsParsed).toBe(true);
    expect(dom.styleSheets).toBe(0); // the page has none of its own; we add none outside our shadow roots
    expect(dom.adoptedSheets).toBe(0);

    // The page still works: its delegated link handler and its cart button fire.
    const link = kind === 'search' ? page.locator('h2 a, .s-item__link').first() : null;
    if (link) {
      await link.click();
      expect(await page.evaluate(() => (window as any).__clicks)).toBe(1);
    }
    // After Escape, our details panel must not sit on top of the page (a shopper's next click goes to the page).
    const hit = await page.evaluate(() => {
      const b = document.querySelector('#add-to-cart')!;
      b.scrollIntoView({ block: 'center' });
      const r = b.getBoundingClientRect();
      return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.localName ?? null;
    });
    expect(hit, 'element under the centre of the page’s Add-to-cart button after Escape').toBe('button');
    await page.locator('#add-to-cart').click({ timeout: 5000 });
    expect(await page.evaluate(() => (window as any).__cart)).toBe(1);
    expect(await page.evaluate(() => (window as any).__pwned ?? null)).toBeNull();
    await page.close();
  });
});
