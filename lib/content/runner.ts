/**
 * The content script's engine, free of extension APIs so tests can drive it with a fixture page:
 * adapter → Listings → batched requests → badges. It reads the page once at start, then only what changes:
 * added subtrees and cards whose content changed (MutationObserver), batched at most every `batchMs`.
 * It never rescans the whole page after the first pass and never badges a card twice.
 */
import type { Adapter, CardListing } from '../adapters/types';
import type { CsScore } from '../messages';
import type { BadgeVerdict, ScoreReply } from './replies';
import type { Listing, PageKind } from '../schema/listing';
import type { Lang } from '../schema/verdict';
import { BADGE_TAG, badgeKind, createBadge, type BadgeHandle } from './badge';

export interface RunnerOptions {
  doc: Document;
  /** Current page URL (it changes on single-page navigation). */
  url(): string;
  adapter: Adapter;
  /** Reader for product pages the site adapter does not understand (the generic one), optional. */
  fallback?: Adapter;
  send(msg: CsScore): Promise<ScoreReply | null>;
  lang: Lang;
  onlyWarnings: boolean;
  batchMs?: number;
  setTimeout(fn: () => void, ms: number): unknown;
  /** Open the full details of a listing (popup page in a tab). */
  openDetails?(ref: string): void;
  /** Called after each batch with the number of cards badged so far (for tests and the toolbar). */
  onBatch?(stats: RunnerStats): void;
}

export interface RunnerStats {
  pageKind: PageKind;
  read: number;
  badged: number;
  batches: number;
}

interface CardState {
  ref: string;
  fingerprint: string;
  anchor?: Element;
  badge?: BadgeHandle;
}

/** Stable text fingerprint of what the background scores: a changed card is re-scored, an unchanged one is not. */
function fingerprint(l: Listing): string {
  return JSON.stringify([l.title, l.brand, l.price, l.seller, l.condition, l.url]);
}

/** Listings per cs/score message (the background accepts up to MAX_BATCH in lib/messages.ts; kept equal by a test). */
export const BATCH_SIZE = 100;

/** How long after a navigation event the page is re-read (the new view is drawn after the event). */
export const NAVIGATION_SETTLE_MS = 150;

/** What the runner watches: nodes added or removed anywhere, and text changes (a card's price redrawn in place). */
const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export class ShopPageRunner {
  private cards = new WeakMap<Element, CardState>();
  private byRef = new Map<string, Element>();
  private pending = new Set<Node>();
  private scheduled = false;
  private nextRef = 1;
  private position = 0;
  private observer: MutationObserver | null = null;
  private stopped = false;
  /** The URL of the last whole-page read. */
  private readUrl = '';
  readonly stats: RunnerStats = { pageKind: 'other', read: 0, badged: 0, batches: 0 };

  constructor(private o: RunnerOptions) {}

  /** First pass over the page, then watch for changes. */
  async start(): Promise<void> {
    const first = this.readWholePage();
    const view = this.o.doc.defaultView as (Window & typeof globalThis) | null;
    const MO = view?.MutationObserver ?? globalThis.MutationObserver;
    this.observer = new MO((records) => this.onMutations(records));
    this.observer.observe(this.o.doc.documentElement, OBSERVE);
    await this.score(first);
  }

  /** Scroll a card into view and focus its badge (the popup's "Show on page"). */
  reveal(ref: string): void {
    const element = this.byRef.get(ref);
    if (!element?.isConnected) return;
    element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.cards.get(element)?.badge?.focus();
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.pending.clear();
  }

  /**
   * Single-page navigation: the URL changed, the page may be a different kind now. Browsers announce the navigation
   * before the page has drawn the new view, so the re-read waits a moment; and any later batch whose URL differs
   * from the last whole-page read re-reads the whole page too (see flush).
   */
  onNavigate(): void {
    if (this.stopped) return;
    this.o.setTimeout(() => {
      if (!this.stopped) void this.score(this.readWholePage());
    }, NAVIGATION_SETTLE_MS);
  }

  private readWholePage(): CardListing[] {
    const url = safeUrl(this.o.url());
    this.readUrl = this.o.url();
    if (!url) return [];
    const { adapter, fallback, doc } = this.o;
    let kind = safe(() => adapter.pageKind(doc, url), 'other' as PageKind);
    if (kind === 'product') {
      const p = safe(() => adapter.extractProduct(doc, url), null) ?? (fallback ? safe(() => fallback.extractProduct(doc, url), null) : null);
      this.stats.pageKind = kind;
      return p ? [p] : [];
    }
    if (kind === 'other' && fallback && safe(() => fallback.pageKind(doc, url), 'other' as PageKind) === 'product') {
      kind = 'product';
      const p = safe(() => fallback.extractProduct(doc, url), null);
      this.stats.pageKind = kind;
      return p ? [p] : [];
    }
    this.stats.pageKind = kind;
    if (kind !== 'search') return [];
    return safe(() => adapter.extractCards(doc, url), []);
  }

  /**
   * Our own DOM writes (badges in, out, back) without our observer watching: the page's records so far are taken and
   * handled first, the observer is off while we write and on again after, so our writes cost no mutation records, no
   * callback and no filtering (each badge insertion was a record to walk and throw away).
   */
  private unobserved(write: () => void): void {
    const observer = this.observer;
    if (!observer) return write();
    const pending = observer.takeRecords();
    if (pending.length) this.onMutations(pending);
    observer.disconnect();
    try {
      write();
    } finally {
      if (!this.stopped) observer.observe(this.o.doc.documentElement, OBSERVE);
    }
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.stopped) return;
    for (const r of records) {
      const target = r.target;
      if (isOurs(target)) continue;
      if (r.type === 'childList') {
        let pageChange = false;
        r.addedNodes.forEach((n) => {
          if (isOurs(n)) return;
          pageChange = true;
          if (n.nodeType === 1) this.pending.add(n);
        });
        r.removedNodes.forEach((n) => {
          if (!isOurs(n)) pageChange = true;
        });
        // A removal or addition inside a known card changes that card — but not our own badge going in or out.
        if (pageChange && this.knownCardOf(target)) this.pending.add(target);
      } else if (this.knownCardOf(target)) {
        this.pending.add(target);
      }
    }
    if (this.pending.size && !this.scheduled) {
      this.scheduled = true;
      // Product pages re-read at most once a second: carousels and timers mutate them constantly.
      const wait = this.stats.pageKind === 'search' ? (this.o.batchMs ?? 100) : 1000;
      this.o.setTimeout(() => void this.flush(), wait);
    }
  }

  private knownCardOf(node: Node | null): Element | null {
    for (let n: Node | null = node; n; n = n.parentNode) {
      if (n.nodeType === 1 && this.cards.has(n as Element)) return n as Element;
    }
    return null;
  }

  /** Read only what changed since the last batch. */
  private async flush(): Promise<void> {
    this.scheduled = false;
    if (this.stopped) return;
    const url = safeUrl(this.o.url());
    if (!url) return void this.pending.clear();
    if (this.o.url() !== this.readUrl || this.stats.pageKind !== 'search') {
      // A new URL (single-page navigation) or a product page that changed (variant picked, price updated): read the
      // page as a whole again; unchanged listings send nothing.
      this.pending.clear();
      await this.score(this.readWholePage());
      return;
    }
    const roots = new Set<Element>();
    for (const n of this.pending) {
      if (!n.isConnected) continue;
      const card = this.knownCardOf(n);
      roots.add(card ?? (n as Element));
    }
    this.pending.clear();
    // Drop roots nested in another root: each subtree is read once.
    const list = [...roots].filter((r) => {
      for (let p = r.parentNode; p; p = p.parentNode) if (roots.has(p as Element)) return false;
      return true;
    });
    const found: CardListing[] = [];
    for (const root of list) found.push(...safe(() => this.o.adapter.extractCards(root, url), []));
    await this.score(found);
  }

  private async score(found: CardListing[]): Promise<void> {
    const items: CsScore['items'] = [];
    for (const c of found) {
      if (this.stopped) return;
      const fp = fingerprint(c.listing);
      const known = this.cards.get(c.element);
      if (known && known.fingerprint === fp) {
        // Unchanged: never badge twice. But a page that re-renders part of the card (its price line, say) takes our
        // badge with it: put the same badge back where the card now shows its anchor, without scoring again.
        if (known.badge && !known.badge.host.isConnected) {
          known.anchor = c.anchor;
          const host = known.badge.host;
          this.unobserved(() => placeBadge(c.element, host, this.stats.pageKind, c.anchor));
        }
        continue;
      }
      const ref = known?.ref ?? `c${this.nextRef++}`;
      this.cards.set(c.element, { ref, fingerprint: fp, anchor: c.anchor, badge: known?.badge });
      this.byRef.set(ref, c.element);
      const listing = this.stats.pageKind === 'search' && !known ? { ...c.listing, position: ++this.position } : c.listing;
      items.push({ ref, listing });
    }
    this.stats.read += items.length;
    for (let i = 0; i < items.length; i += BATCH_SIZE) {
      const batch = items.slice(i, i + BATCH_SIZE);
      const reply = await this.o.send({
        type: 'cs/score',
        pageUrl: this.o.url().slice(0, 2048),
        pageKind: this.stats.pageKind,
        items: batch,
      });
      if (!reply || this.stopped) return;
      this.unobserved(() => {
        for (const r of reply.results) this.render(r.ref, r.verdict);
      });
      this.stats.batches++;
      this.o.onBatch?.(this.stats);
    }
  }

  private render(ref: string, verdict: BadgeVerdict): void {
    const element = this.byRef.get(ref);
    const state = element && this.cards.get(element);
    if (!element || !state || !element.isConnected) return;
    const kind = badgeKind(verdict, this.o.onlyWarnings);
    if (!kind) {
      state.badge?.host.remove();
      state.badge = undefined;
      return;
    }
    if (state.badge) {
      state.badge.update(verdict, kind);
      if (!state.badge.host.isConnected) placeBadge(element, state.badge.host, this.stats.pageKind, state.anchor);
      return;
    }
    const open = this.o.openDetails;
    state.badge = createBadge(this.o.doc, verdict, kind, this.o.lang, open ? () => open(ref) : undefined);
    placeBadge(element, state.badge.host, this.stats.pageKind, state.anchor);
    this.stats.badged++;
  }
}

/** Next to the card's title: after the first heading, else at the start of the card. */
function placeBadge(card: Element, host: HTMLElement, kind: PageKind, near?: Element): void {
  if (kind === 'search' && near && near !== card && card.contains(near)) {
    // In the price's line: the badge must not make that line taller (see badge.ts, data-place).
    host.setAttribute('data-place', 'line');
    near.after(host);
    return;
  }
  host.removeAttribute('data-place');
  const anchor =
    kind === 'product'
      ? card.querySelector('h1') ?? card.ownerDocument.querySelector('h1')
      : card.querySelector('h2, h3, [role="heading"]');
  if (anchor) anchor.after(host);
  else card.prepend(host);
}

/**
 * Our badge host itself, or a node inside a shadow root (ours are closed; the page's are not read). Our hosts have no
 * light-DOM children, so no walk up the tree is needed: one tag check and one native getRootNode call.
 */
function isOurs(n: Node): boolean {
  if (n.nodeType === 1 && (n as Element).localName === BADGE_TAG) return true;
  return n.getRootNode().nodeType === 11;
}

function safeUrl(u: string): URL | null {
  try {
    return new URL(u);
  } catch {
    return null;
  }
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
