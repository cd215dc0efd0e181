import type { PageRecord } from '../background/page-store';

/**
 * The tab's record, unless it belongs to an earlier page of the tab: the background keeps a record per tab until
 * another page of a supported shop replaces it, so after the tab moved on to a shop we do not read (or to a page
 * where nothing was read), the old verdicts must not be shown as this page's. Same origin and path is the same page:
 * shops rewrite query strings and fragments in place (tracking, sort state) without new listings to send, so the
 * record may carry an older query. Unknown URL (no access to the tab): the record stands.
 */
export function forThisPage(page: PageRecord | null, tabUrl: string | undefined): PageRecord | null {
  if (!page || !tabUrl) return page;
  const where = (u: string) => {
    try {
      const x = new URL(u);
      return `${x.origin}${x.pathname}`;
    } catch {
      return u;
    }
  };
  return where(page.url) === where(tabUrl) ? page : null;
}
