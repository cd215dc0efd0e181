import { adapter } from '../lib/adapters/amazon';
import { adapter as generic } from '../lib/adapters/generic';
import { runShopPage } from '../lib/content/shop-page';
import { matchPatternsForSite } from '../lib/sites';

// One content script per marketplace keeps each small: only this site's adapter (and the generic reader as the
// fallback for product pages) ships in it.
export default defineContentScript({
  matches: matchPatternsForSite('amazon'),
  runAt: 'document_idle',
  main(ctx) {
    void runShopPage(ctx, adapter, generic);
  },
});
