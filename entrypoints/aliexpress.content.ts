import { adapter } from '../lib/adapters/aliexpress';
import { runShopPage } from '../lib/content/shop-page';
import { matchPatternsForSite } from '../lib/sites';

// One content script per marketplace keeps each small: only this site's adapter ships in it. (The generic reader is
// not bundled here, for size; the popup's "Check this page" runs it on demand.)
export default defineContentScript({
  matches: matchPatternsForSite('aliexpress'),
  runAt: 'document_idle',
  // WXT's older "script started" window.postMessage is visible to the page's own message listeners; its custom
  // event is enough to stop a previous instance of this script.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void runShopPage(ctx, adapter);
  },
});
