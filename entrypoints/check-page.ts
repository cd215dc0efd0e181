import { adapter as generic } from '../lib/adapters/generic';
import { runShopPage, type RunContext } from '../lib/content/shop-page';

// Injected by the popup's "Check this page" (activeTab + scripting) on a shop Copycat Guard does not read by itself:
// reads the page once with the generic reader and badges what it finds.
export default defineUnlistedScript(() => {
  const ctx: RunContext = {
    isInvalid: false,
    setTimeout: (fn: () => void, ms?: number) => window.setTimeout(fn, ms),
    onInvalidated: () => () => undefined,
    addEventListener: () => undefined,
  } as unknown as RunContext;
  void runShopPage(ctx, generic, undefined, 'generic');
});
