import type { Explanation } from '../lib/messages';
import type { Listing } from '../lib/schema/listing';
import type { Lang, Verdict } from '../lib/schema/verdict';
import type { PopupStrings } from '../lib/popup/strings';
import { LevelPill } from './LevelPill';
import { SignalList } from './SignalList';

const usd = (n: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(n);

function priceOf(l: Listing): string | null {
  if (!l.price) return null;
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: l.price.currency }).format(l.price.amount);
  } catch {
    return `${l.price.currency} ${l.price.amount}`;
  }
}

/** One listing explained: verdict in a sentence, each signal, the genuine price, where to buy safely, the limits. */
export function ProductView(props: {
  listing: Listing;
  verdict: Verdict;
  explanation: Explanation | null;
  lang: Lang;
  t: PopupStrings;
  typeName?: string;
  onReport?: () => void;
}) {
  const { listing, verdict, explanation: ex, lang, t } = props;
  const price = priceOf(listing);
  return (
    <section class="product" aria-labelledby="product-title">
      <h2 id="product-title" class="listing-title">{listing.title}</h2>
      <p class="listing-meta">
        {price && <span data-testid="price">{price}</span>}
        {listing.seller && <span> · {listing.seller.name}</span>}
      </p>
      {verdict.level !== 'none' && <LevelPill verdict={verdict} t={t} />}
      <p class="summary" data-testid="summary">{verdict.summary[lang]}</p>
      {verdict.level !== 'none' && (
        <>
          <h3>{t.why}</h3>
          <SignalList signals={verdict.signals} lang={lang} t={t} />
          <p class="muted small">
            {t.score}: {Math.round(verdict.score)}/100
          </p>
        </>
      )}
      {ex?.genuinePrice && (
        <p class="genuine" data-testid="genuine-price">
          {t.genuinePrice(usd(ex.genuinePrice.floorUsd), props.typeName ?? ex.genuinePrice.productType, ex.genuinePrice.source, ex.genuinePrice.asOf)}
        </p>
      )}
      {ex?.brand && (ex.brand.storesHere.length > 0 || ex.brand.officialDomains.length > 0) && (
        <>
          <h3>{t.whereSafe}</h3>
          {ex.brand.storesHere.length > 0 && (
            <p data-testid="stores-here">
              {t.officialStoresHere(ex.marketplace?.name ?? listing.site)} {ex.brand.storesHere.join(', ')}
            </p>
          )}
          {ex.brand.officialDomains.length > 0 && (
            <p>
              {t.brandSite}{' '}
              {ex.brand.officialDomains.slice(0, 3).map((d, i) => (
                <>
                  {i > 0 && ', '}
                  <a href={`https://${d}/`} target="_blank" rel="noopener noreferrer">
                    {d}
                  </a>
                </>
              ))}
            </p>
          )}
        </>
      )}
      {props.onReport && (
        <button type="button" class="primary" onClick={props.onReport} data-testid="report-button">
          {t.report}
        </button>
      )}
      <details class="limits">
        <summary>{t.cannotKnow}</summary>
        <ul>
          {t.cannotKnowItems.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
