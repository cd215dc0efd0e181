/**
 * The marketplaces Copycat Guard reads, and the one list of their hosts.
 * The content script's `matches`, the adapters' URL checks and the README's permission table all come from here.
 */

export const SITE_IDS = [
  'amazon',
  'ebay',
  'aliexpress',
  'temu',
  'walmart',
  'dhgate',
  'etsy',
  'taobao',
  'tmall',
  'generic',
] as const;
export type SiteId = (typeof SITE_IDS)[number];

/** A marketplace with a content script of its own (everything except `generic`). */
export type MarketplaceId = Exclude<SiteId, 'generic'>;

export interface MarketplaceHosts {
  id: MarketplaceId;
  /** Human name, for the UI. */
  name: string;
  /** Registrable domains (no leading dot). A page matches a domain or any of its subdomains. */
  domains: readonly string[];
}

// Why these storefronts: the Amazon and eBay lists are the storefronts named in issue #3 (the big ones shoppers use);
// AliExpress also serves country hosts (aliexpress.us, .ru); Taobao and Tmall share the Alibaba item hosts.
export const MARKETPLACES: readonly MarketplaceHosts[] = [
  {
    id: 'amazon',
    name: 'Amazon',
    domains: [
      'amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es',
      'amazon.ca', 'amazon.com.au', 'amazon.co.jp', 'amazon.in',
    ],
  },
  {
    id: 'ebay',
    name: 'eBay',
    domains: ['ebay.com', 'ebay.co.uk', 'ebay.de', 'ebay.fr', 'ebay.it', 'ebay.ca', 'ebay.com.au', 'ebay.ie'],
  },
  { id: 'aliexpress', name: 'AliExpress', domains: ['aliexpress.com', 'aliexpress.us', 'aliexpress.ru'] },
  { id: 'temu', name: 'Temu', domains: ['temu.com'] },
  { id: 'walmart', name: 'Walmart', domains: ['walmart.com', 'walmart.ca'] },
  { id: 'dhgate', name: 'DHgate', domains: ['dhgate.com'] },
  { id: 'etsy', name: 'Etsy', domains: ['etsy.com'] },
  { id: 'taobao', name: 'Taobao', domains: ['taobao.com'] },
  { id: 'tmall', name: 'Tmall', domains: ['tmall.com'] },
];

/** Match patterns for one domain: the bare host and every subdomain, over https (shops are https-only). */
export function matchPatternsFor(domain: string): string[] {
  return [`https://${domain}/*`, `https://*.${domain}/*`];
}

/** Every content-script match pattern, in registry order. */
export const CONTENT_SCRIPT_MATCHES: string[] = MARKETPLACES.flatMap((m) => m.domains.flatMap(matchPatternsFor));

/** True when `host` is `domain` or a subdomain of it. */
export function hostIsOn(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === domain || h.endsWith(`.${domain}`);
}

/** The marketplace a URL belongs to, or null (then only the generic reader applies). */
export function marketplaceForUrl(url: string): MarketplaceHosts | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return MARKETPLACES.find((m) => m.domains.some((d) => hostIsOn(host, d))) ?? null;
}

/** The registrable marketplace domain of a URL (e.g. "amazon.co.uk"), or null. */
export function marketplaceDomainForUrl(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  for (const m of MARKETPLACES) for (const d of m.domains) if (hostIsOn(host, d)) return d;
  return null;
}

/** Match patterns of one marketplace (its content script's `matches`). */
export function matchPatternsForSite(id: MarketplaceId): string[] {
  const m = MARKETPLACES.find((x) => x.id === id);
  return m ? m.domains.flatMap(matchPatternsFor) : [];
}
