/**
 * The contract every site adapter meets. Detection is separate from extraction:
 * URL check → cheap page-kind check → extraction. Adapters never throw into the page: on a page they do not
 * understand they return fewer fields, fewer listings, or none.
 */
import type { Listing, PageKind } from '../schema/listing';
import type { SiteId } from '../sites';

/** A listing read from a search/category page, with the DOM element of its card (for badges). */
export interface CardListing {
  listing: Listing;
  /** The card's root element: badges attach here, and a later mutation inside it re-reads the card. */
  element: Element;
  /**
   * Where in the card the badge goes, when the adapter knows a better place than after the title: the price's
   * element (or its link), so the badge joins a line the card already has instead of adding one.
   */
  anchor?: Element;
}

export interface Adapter {
  id: SiteId;
  /** Does this adapter handle this URL at all? (Host check; cheap.) */
  matchesUrl(url: URL): boolean;
  /** Which kind of page this is. Must be cheap: URL shape first, then a few querySelector calls. */
  pageKind(doc: Document, url: URL): PageKind;
  /** The product on a product page, or null when it cannot be read. */
  extractProduct(doc: Document, url: URL): CardListing | null;
  /**
   * Listing cards under `root` (the whole document, or a subtree that was just added on infinite scroll).
   * `root` itself counts when it is a card (use `allMatches` from common.ts): the content script calls this with a
   * card element to re-read one card whose content changed. Cards are returned in document order; `position` is
   * filled by the caller.
   */
  extractCards(root: ParentNode, url: URL): CardListing[];
}
