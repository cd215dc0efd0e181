import { CONTENT_SCRIPT_MATCHES } from '../lib/sites';
import { runShopPage } from '../lib/content/shop-page';

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    void runShopPage(ctx);
  },
});
