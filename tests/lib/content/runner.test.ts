import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Adapter, CardListing } from '../../../lib/adapters/types';
import { ShopPageRunner } from '../../../lib/content/runner';
import { BADGE_TAG, OFFICIAL_SIGNALS, badgeKind } from '../../../lib/content/badge';
import type { CsScore, CsScoreReply } from '../../../lib/messages';
import type { Verdict } from '../../../lib/schema/verdict';
import type { BadgeVerdict } from '../../../lib/content/replies';

// A tiny adapter over a made-up card markup, so the runner is tested without any real site's adapter.
const cardAdapter: Adapter = {
  id: 'generic',
  matchesUrl: () => true,
  pageKind: (doc) => (doc.querySelector('.card') ? 'search' : 'other'),
  extractProduct: () => null,
  extractCards(root): CardListing[] {
    const out: CardListing[] = [];
    const els = [...((root as Element).matches?.('.card') ? [root as Element] : []), ...root.querySelectorAll('.card')];
    for (const el of els) {
      // A `.price` in the card is the badge's anchor; `data-stray` makes the adapter name one outside the card.
      const anchor = el.hasAttribute('data-stray') ? el.ownerDocument.body : el.querySelector('.price');
      out.push({
        element: el,
        ...(anchor ? { anchor } : {}),
        listing: {
          site: 'generic',
          url: 'https://shop.example/p',
          title: el.querySelector('h3')?.textContent ?? '',
          brand: null,
          price: { amount: Number(el.getAttribute('data-price')), currency: 'USD' },
          seller: null,
        },
      });
    }
    return out;
  },
};

const verdict = (level: Verdict['level'], title: string): Verdict => ({
  level,
  score: level === 'high' ? 90 : 40,
  kind: 'counterfeit',
  summary: { en: `About ${title}`, zh: `关于 ${title}` },
  signals: [{ id: 'x', weight: 40, message: { en: `Reason for ${title}`, zh: '原因' }, evidence: {} }],
});

let currentUrl = 'https://shop.example/search?q=x';

function setup(html: string) {
  currentUrl = 'https://shop.example/search?q=x';
  document.body.innerHTML = html;
  const sent: CsScore[] = [];
  const send = vi.fn(async (msg: CsScore): Promise<CsScoreReply> => {
    sent.push(msg);
    return {
      ok: true,
      results: msg.items.map((i) => ({ ref: i.ref, verdict: verdict(i.listing.title.includes('fake') ? 'high' : 'caution', i.listing.title) })),
    };
  });
  const runner = new ShopPageRunner({
    doc: document,
    url: () => currentUrl,
    adapter: cardAdapter,
    send,
    lang: 'en',
    onlyWarnings: false,
    batchMs: 10,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
  });
  return { runner, sent, send };
}

const card = (title: string, price = 10) => `<div class="card" data-price="${price}"><h3>${title}</h3></div>`;
const badges = () => document.querySelectorAll(BADGE_TAG);
const tick = (ms = 40) => new Promise((r) => setTimeout(r, ms));

describe('ShopPageRunner', () => {
  let r: ShopPageRunner | undefined;
  afterEach(() => r?.stop());

  it('badges every card on the first pass, once', async () => {
    const s = setup(`<main id="list">${card('a fake bag')}${card('a bag')}</main>`);
    r = s.runner;
    await r.start();
    expect(badges()).toHaveLength(2);
    expect(s.sent).toHaveLength(1);
    expect(s.sent[0]!.items.map((i) => i.listing.position)).toEqual([1, 2]);
    expect([...badges()].map((b) => b.getAttribute('data-kind'))).toEqual(['high', 'caution']);
  });

  it('reads only added cards on infinite scroll, in batches', async () => {
    const s = setup(`<main id="list">${card('one')}</main>`);
    r = s.runner;
    await r.start();
    const list = document.getElementById('list')!;
    list.insertAdjacentHTML('beforeend', card('two') + card('three'));
    list.insertAdjacentHTML('beforeend', card('four'));
    await tick();
    expect(badges()).toHaveLength(4);
    expect(s.sent).toHaveLength(2); // one first pass, one batch for the three added cards
    expect(s.sent[1]!.items.map((i) => i.listing.title)).toEqual(['two', 'three', 'four']);
    expect(s.sent[1]!.items.map((i) => i.listing.position)).toEqual([2, 3, 4]);
  });

  it('re-badges a card whose content changed, without a second badge', async () => {
    const s = setup(`<main>${card('plain bag')}</main>`);
    r = s.runner;
    await r.start();
    expect(badges()[0]!.getAttribute('data-kind')).toBe('caution');
    document.querySelector('.card h3')!.textContent = 'now a fake bag';
    await tick();
    expect(badges()).toHaveLength(1);
    expect(badges()[0]!.getAttribute('data-kind')).toBe('high');
    expect(s.sent).toHaveLength(2);
  });

  it('ignores its own badges and unchanged cards (no feedback loop)', async () => {
    const s = setup(`<main>${card('a')}</main>`);
    r = s.runner;
    await r.start();
    await tick();
    await tick();
    expect(s.sent).toHaveLength(1);
  });

  it('writes its badges without watching itself, and still reads a page change queued just before them', async () => {
    // Count every record the runner's observer is handed (the runner takes MutationObserver from the page's window).
    const Real = window.MutationObserver;
    const delivered: MutationRecord[] = [];
    class Counting extends Real {
      constructor(cb: MutationCallback) {
        super((records, observer) => {
          delivered.push(...records);
          cb(records, observer);
        });
      }
    }
    window.MutationObserver = Counting;
    try {
      const s = setup(`<main id="list">${card('one fake')}</main>`);
      const list = document.getElementById('list')!;
      // The page adds a card in the same microtask turn in which the reply to the second batch arrives, after it:
      // its record is still pending in the observer when the runner starts writing badges.
      let late = false;
      s.send.mockImplementation((msg: CsScore) => {
        s.sent.push(msg);
        const reply: CsScoreReply = {
          ok: true,
          results: msg.items.map((i) => ({ ref: i.ref, verdict: verdict('high', i.listing.title) })),
        };
        if (s.sent.length !== 2 || late) return Promise.resolve(reply);
        late = true;
        return new Promise<CsScoreReply>((resolve) =>
          queueMicrotask(() => {
            resolve(reply);
            list.insertAdjacentHTML('beforeend', card('late fake'));
          }),
        );
      });
      r = s.runner;
      await r.start();
      list.insertAdjacentHTML('beforeend', card('two fake'));
      await tick();
      await tick();
      expect(s.sent.map((m) => m.items.map((i) => i.listing.title))).toEqual([['one fake'], ['two fake'], ['late fake']]);
      expect(badges()).toHaveLength(3);
      // Three badges went in; none of them came back to the runner as a record.
      const ours = delivered.filter((rec) => [...rec.addedNodes, ...rec.removedNodes].some((n) => (n as Element).localName === BADGE_TAG));
      expect(delivered.length).toBeGreaterThan(0);
      expect(ours).toHaveLength(0);
    } finally {
      window.MutationObserver = Real;
    }
  });

  it('re-reads the page after single-page navigation, once the new view is drawn', async () => {
    const s = setup(`<main id="list">${card('old fake one')}</main>`);
    r = s.runner;
    await r.start();
    // The navigation event comes first; the page swaps its view afterwards (as real browsers order them).
    currentUrl = 'https://shop.example/search?q=y';
    r.onNavigate();
    document.getElementById('list')!.innerHTML = card('new fake one') + card('new plain one');
    await tick(400);
    expect([...badges()].map((b) => b.getAttribute('data-kind'))).toEqual(['high', 'caution']);
    expect(s.sent.flatMap((m) => m.items.map((i) => i.listing.title))).toEqual(['old fake one', 'new fake one', 'new plain one']);
  });

  it('stops cleanly', async () => {
    const s = setup(`<main id="list">${card('a')}</main>`);
    r = s.runner;
    await r.start();
    r.stop();
    document.getElementById('list')!.insertAdjacentHTML('beforeend', card('b'));
    await tick();
    expect(s.sent).toHaveLength(1);
    expect(badges()).toHaveLength(1);
  });

  it('puts the badge in the price line the adapter names, and after the title otherwise', async () => {
    const s = setup(
      `<main>
        <div class="card" data-price="5"><h3>priced fake</h3><div class="row"><a class="price" href="#">$5</a><span>List $50</span></div></div>
        <div class="card" data-price="5"><h3>plain one</h3></div>
        <div class="card" data-price="5" data-stray><h3>stray anchor</h3></div>
      </main>`,
    );
    r = s.runner;
    await r.start();
    const [inLine, afterTitle, stray] = [...badges()] as HTMLElement[];
    expect(inLine!.previousElementSibling?.className).toBe('price');
    expect(inLine!.parentElement?.className).toBe('row');
    expect(inLine!.getAttribute('data-place')).toBe('line');
    expect(afterTitle!.previousElementSibling?.localName).toBe('h3');
    expect(afterTitle!.hasAttribute('data-place')).toBe(false);
    // An anchor outside the card is not trusted: the badge stays in its card, after the title.
    expect(stray!.previousElementSibling?.localName).toBe('h3');
    expect(stray!.parentElement?.hasAttribute('data-stray')).toBe(true);
  });

  it('puts a badge back when the page re-renders the line it sat in, without scoring again', async () => {
    const row = '<a class="price" href="#">$5</a><span>List $50</span>';
    const s = setup(`<main><div class="card" data-price="5"><h3>priced fake</h3><div class="row">${row}</div></div></main>`);
    r = s.runner;
    await r.start();
    expect(badges()).toHaveLength(1);
    // The page redraws the price line with the same content: our badge goes with the old nodes.
    document.querySelector('.row')!.innerHTML = row;
    expect(badges()).toHaveLength(0);
    await tick();
    expect(badges()).toHaveLength(1);
    expect(badges()[0]!.previousElementSibling).toBe(document.querySelector('.row .price'));
    expect(s.sent).toHaveLength(1);
    // A redraw with a new price re-scores the card and puts the (updated) badge back too.
    document.querySelector('.card')!.setAttribute('data-price', '6');
    document.querySelector('.row')!.innerHTML = row.replace('$5', '$6');
    await tick();
    expect(badges()).toHaveLength(1);
    expect(badges()[0]!.isConnected).toBe(true);
    expect(s.sent).toHaveLength(2);
  });

  it('puts page text into the badge as text, never as HTML', async () => {
    const s = setup(`<main>${card('&lt;img src=x onerror=alert(1)&gt; fake')}</main>`);
    r = s.runner;
    await r.start();
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(s.sent[0]!.items[0]!.listing.title).toContain('<img');
  });
});

describe('badgeKind', () => {
  const base: BadgeVerdict = verdict('low', 't');
  it('shows green only with positive evidence', () => {
    expect(badgeKind({ ...base, kind: null, signals: [] }, false)).toBeNull();
    expect(badgeKind({ ...base, kind: null, signals: [{ id: 'official-store', weight: -50, message: base.summary }] }, false)).toBe('official');
    expect(badgeKind({ ...base, kind: null, signals: [{ id: 'official-store', weight: -50, message: base.summary }] }, true)).toBeNull();
  });
  it('every "official" signal id is one the risk engine emits, and the brand\'s own shop gets "Official store"', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { REPO_ROOT } = await import('../corpus/corpus');
    const dir = path.join(REPO_ROOT, 'lib/scoring');
    const emitted = new Set<string>();
    for (const f of readdirSync(dir)) for (const m of readFileSync(path.join(dir, f), 'utf8').matchAll(/\bid: '([a-z-]+)'/g)) emitted.add(m[1]!);
    expect(emitted.size).toBeGreaterThan(10);
    for (const id of OFFICIAL_SIGNALS) expect(emitted, `signal id ${id}`).toContain(id);
    const { loadBrandIndex } = await import('../../../lib/brands');
    const { scoreListing } = await import('../../../lib/scoring');
    const v = scoreListing(
      { site: 'generic', url: 'https://www.ray-ban.com/usa/sunglasses/RB2140', title: 'Ray-Ban RB2140 Original Wayfarer Classic', brand: 'Ray-Ban', price: { amount: 171, currency: 'USD' }, seller: null },
      { index: loadBrandIndex(), sensitivity: 'balanced', reportedSellers: [] },
    );
    expect(v.signals.map((s) => s.id)).toContain('own-domain');
    expect(badgeKind(v, false)).toBe('official');
  });
  it('tags dupes and warnings', () => {
    expect(badgeKind({ ...base, kind: 'dupe' }, true)).toBe('dupe');
    expect(badgeKind(verdict('high', 't'), true)).toBe('high');
    expect(badgeKind({ ...verdict('none', 't'), kind: null }, false)).toBeNull();
  });
});
