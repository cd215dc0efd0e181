import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MATCHES, marketplaceForUrl, hostIsOn } from '../../lib/sites';

describe('sites', () => {
  it('maps storefront URLs to marketplaces', () => {
    expect(marketplaceForUrl('https://www.amazon.co.uk/dp/B000')?.id).toBe('amazon');
    expect(marketplaceForUrl('https://detail.tmall.com/item.htm?id=1')?.id).toBe('tmall');
    expect(marketplaceForUrl('https://www.ebay.com.au/itm/1')?.id).toBe('ebay');
    expect(marketplaceForUrl('https://example.com/')).toBeNull();
    expect(marketplaceForUrl('not a url')).toBeNull();
  });
  it('does not match look-alike hosts', () => {
    expect(hostIsOn('notamazon.com', 'amazon.com')).toBe(false);
    expect(hostIsOn('amazon.com.evil.io', 'amazon.com')).toBe(false);
    expect(marketplaceForUrl('https://amazon.com.evil.io/')).toBeNull();
  });
  it('has https-only, unique match patterns and no <all_urls>', () => {
    expect(new Set(CONTENT_SCRIPT_MATCHES).size).toBe(CONTENT_SCRIPT_MATCHES.length);
    for (const p of CONTENT_SCRIPT_MATCHES) expect(p).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
  });
});
