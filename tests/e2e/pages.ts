/** Small pages the e2e tests serve at real marketplace URLs. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

/** A fixture page from tests/fixtures/<adapter>/<name>.html and the URL written in its first line. */
export function fixturePage(adapter: string, name: string): { url: string; html: string } {
  const html = readFileSync(path.join(ROOT, 'tests/fixtures', adapter, `${name}.html`), 'utf8');
  const m = /^<!--\s*url:\s*(\S+)\s*-->/.exec(html);
  if (!m?.[1]) throw new Error(`fixture ${adapter}/${name}.html has no <!-- url: … --> first line`);
  return { url: m[1], html };
}

export const MINIMAL_PRODUCT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test product</title></head>
<body><h1 id="productTitle">Test product</h1><p>A page served by the end-to-end tests.</p></body></html>`;

// ---------------------------------------------------------------------------------------------------------------
// What the extension SHOULD show on a page, computed in the test process with the real engine, so an e2e test can
// assert exact badge kinds in card order. It mirrors the content script: the marketplace's own adapter only (the
// per-site content scripts do not bundle the generic reader), first pass over the whole page, default settings.

import { loadPage } from '../../lib/cli/load-page';
import { adapterById } from '../../lib/adapters/registry';
import { validListing } from '../../lib/adapters/run';
import { extractCards } from '../../lib/extract-listings';
import { loadBrandIndex } from '../../lib/brands';
import { scoreListing } from '../../lib/scoring';
import { badgeKind } from '../../lib/content/badge';
import type { BadgeKind } from '../../lib/content/labels';
import type { PageKind } from '../../lib/schema/listing';
import type { RiskLevel } from '../../lib/schema/verdict';
import type { SiteId } from '../../lib/sites';

export interface ExpectedBadges {
  pageKind: PageKind;
  /** Listings the site adapter reads (what the content script sends). */
  read: number;
  /** Of those, listings that fail the Listing schema (the background would refuse the whole batch). */
  invalid: number;
  /** Listings `extractListings` reads (site adapter, then the generic fallback on product pages). */
  readWithFallback: number;
  /** Every listing's verdict level, in card order. */
  levels: RiskLevel[];
  /** Badge kind per listing in card order (null = no badge). */
  perCard: (BadgeKind | null)[];
  /** The badges the page should show, in document order. */
  kinds: BadgeKind[];
  titles: string[];
}

/** Expected badges for `html` served at `url`, read by adapter `site`. */
export async function expectedBadgesFor(site: SiteId, html: string, url: string): Promise<ExpectedBadges> {
  const adapter = adapterById(site);
  if (!adapter) throw new Error(`no adapter ${site}`);
  const page = loadPage(html, url);
  try {
    // Exactly what ShopPageRunner.readWholePage does: page kind, then extractProduct or extractCards (no de-duplication,
    // no validation: the background validates the whole message), search cards numbered 1..n.
    const u = new URL(url);
    const pageKind = adapter.pageKind(page.document, u);
    const found =
      pageKind === 'product'
        ? [adapter.extractProduct(page.document, u)].filter((c) => c !== null)
        : pageKind === 'search'
          ? adapter.extractCards(page.document, u).map((c, i) => ({ ...c, listing: { ...c.listing, position: i + 1 } }))
          : [];
    const withFallback = extractCards(page.document, url);
    const ctx = { index: loadBrandIndex(), sensitivity: 'balanced' as const, reportedSellers: [] };
    const verdicts = found.map((c) => scoreListing(c.listing, ctx));
    const perCard = verdicts.map((v) => badgeKind(v, false));
    return {
      pageKind,
      read: found.length,
      invalid: found.filter((c) => validListing(c.listing) === null).length,
      readWithFallback: withFallback.listings.length,
      levels: verdicts.map((v) => v.level),
      perCard,
      kinds: perCard.filter((k): k is BadgeKind => k !== null),
      titles: found.map((c) => c.listing.title),
    };
  } finally {
    await page.close();
  }
}

/** Expected badges on fixture tests/fixtures/<site>/<name>.html. */
export function expectedBadges(site: string, name: string): Promise<ExpectedBadges> {
  const { url, html } = fixturePage(site, name);
  return expectedBadgesFor(site as SiteId, html, url);
}

/** The toolbar mark the background sets for a page whose worst verdict level is `worst` (lib/background). */
export const TOOLBAR_MARK: Record<RiskLevel, string> = { high: '!', caution: '?', low: '✓', none: '' };
const LEVEL_ORDER: RiskLevel[] = ['none', 'low', 'caution', 'high'];
/** The worst of some verdict levels ('none' for none). */
export function worstLevel(levels: readonly RiskLevel[]): RiskLevel {
  return levels.reduce<RiskLevel>((w, l) => (LEVEL_ORDER.indexOf(l) > LEVEL_ORDER.indexOf(w) ? l : w), 'none');
}
