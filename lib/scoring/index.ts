/** Public API of the risk engine (see score-listing.ts). */
export { scoreListing, scoreListings, sellerKey, sellerKeys, SIGNALS } from './score-listing';
export type { ScoreContext, Sensitivity, ReportedSeller, BrandIndexLike, BrandMatchLike } from './types';
