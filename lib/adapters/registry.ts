/**
 * The ordered adapter registry. The first adapter whose `matchesUrl` accepts a URL handles it; `generic` matches
 * every http(s) URL and must stay last. Adding a marketplace = one adapter file + one line here + a fixture folder
 * (tests/fixtures/<id>/) + its hosts in lib/sites.ts (the registry test checks all four agree).
 */
import type { SiteId } from '../sites';
import type { Adapter } from './types';
import { adapter as aliexpress } from './aliexpress';
import { adapter as amazon } from './amazon';
import { adapter as dhgate } from './dhgate';
import { adapter as ebay } from './ebay';
import { adapter as etsy } from './etsy';
import { adapter as generic } from './generic';
import { adapter as taobao } from './taobao';
import { adapter as temu } from './temu';
import { adapter as tmall } from './tmall';
import { adapter as walmart } from './walmart';

// Order: the marketplaces as listed in issue #3 (hosts are disjoint, so order among them only matters for speed);
// generic LAST: it matches every URL.
export const ADAPTERS: readonly Adapter[] = [amazon, ebay, aliexpress, temu, walmart, dhgate, etsy, taobao, tmall, generic];

/** The adapter for a URL (a marketplace's own, else generic); null only for a URL that cannot be parsed. */
export function adapterFor(url: URL | string): Adapter | null {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  for (const a of ADAPTERS) {
    try {
      if (a.matchesUrl(u)) return a;
    } catch {
      // A broken matcher must not hide the adapters after it.
    }
  }
  return null;
}

/** The adapter with this id, or null. */
export function adapterById(id: SiteId | string): Adapter | null {
  return ADAPTERS.find((a) => a.id === id) ?? null;
}
