import { useEffect, useState } from 'preact/hooks';
import { CheckPageView } from '../../components/CheckPageView';
import { ProductView } from '../../components/ProductView';
import { ReportForm } from '../../components/ReportForm';
import { SearchView } from '../../components/SearchView';
import type { PageRecord } from '../../lib/background/page-store';
import type { Explanation } from '../../lib/messages';
import { pickLang } from '../../lib/content/labels';
import { browserPopupApi, type PopupApi } from '../../lib/popup/api';
import { forThisPage } from '../../lib/popup/page-record';
import { STRINGS } from '../../lib/popup/strings';
import type { Lang } from '../../lib/schema/verdict';
import { marketplaceForUrl } from '../../lib/sites';

type Item = PageRecord['items'][number];
type State =
  | { view: 'loading' }
  | { view: 'product'; item: Item; explanation: Explanation | null }
  | { view: 'report'; item: Item; explanation: Explanation | null }
  | { view: 'search'; page: PageRecord }
  | { view: 'empty'; supported: boolean; tabId: number | null };

export function App({ api = browserPopupApi }: { api?: PopupApi }) {
  const [lang, setLang] = useState<Lang>('en');
  const [state, setState] = useState<State>({ view: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);

  const showRecord = async (id: number, page: PageRecord | null, url?: string) => {
    if (page && page.items.length && page.pageKind === 'product') {
      const item = page.items[0]!;
      const ex = await api.explain(id, item.ref);
      setState({ view: 'product', item, explanation: ex?.explanation ?? null });
    } else if (page && page.items.length) {
      setState({ view: 'search', page });
    } else {
      setState({ view: 'empty', supported: Boolean(url && marketplaceForUrl(url)), tabId: id });
    }
  };

  useEffect(() => {
    void (async () => {
      const settings = await api.settings();
      const l = pickLang(settings.language, api.uiLanguage());
      setLang(l);
      document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
      // popup.html?tab=ID&ref=REF opens the details of one listing (a badge's "Details" opens it in a tab).
      const params = new URLSearchParams(api.location?.() ?? '');
      const wantedTab = Number(params.get('tab'));
      const wantedRef = params.get('ref');
      const tab = Number.isInteger(wantedTab) && wantedTab >= 0 && params.has('tab') ? { id: wantedTab } : await api.activeTab();
      if (!tab) return setState({ view: 'empty', supported: false, tabId: null });
      setTabId(tab.id);
      if (wantedRef) {
        const ex = await api.explain(tab.id, wantedRef);
        if (ex) return setState({ view: 'product', item: ex.item, explanation: ex.explanation });
      }
      const url = ('url' in tab ? tab.url : undefined) ?? (await api.tabUrl?.(tab.id));
      await showRecord(tab.id, forThisPage(await api.page(tab.id), url), url);
    })();
  }, []);

  const t = STRINGS[lang];
  const open = async (ref: string) => {
    if (tabId === null) return;
    const ex = await api.explain(tabId, ref);
    if (ex) setState({ view: 'product', item: ex.item, explanation: ex.explanation });
  };

  return (
    <main class="popup">
      <header>
        <h1>{t.title}</h1>
        <button type="button" class="small" onClick={() => void api.openOptions()}>
          {t.settings}
        </button>
      </header>
      {state.view === 'loading' && <p class="muted">{t.loading}</p>}
      {state.view === 'product' && (
        <ProductView
          listing={state.item.listing}
          verdict={state.item.verdict}
          explanation={state.explanation}
          lang={lang}
          t={t}
          onReport={() => setState({ view: 'report', item: state.item, explanation: state.explanation })}
        />
      )}
      {state.view === 'report' && (
        <ReportForm
          listing={state.item.listing}
          verdict={state.item.verdict}
          lang={lang}
          t={t}
          save={(input) => api.saveReport(input)}
          copy={(text) => api.copy(text)}
          onClose={() => setState({ view: 'product', item: state.item, explanation: state.explanation })}
        />
      )}
      {state.view === 'search' && (
        <SearchView
          page={state.page}
          lang={lang}
          t={t}
          onOpen={(ref) => void open(ref)}
          onReveal={(ref) => tabId !== null && void api.reveal(tabId, ref)}
        />
      )}
      {state.view === 'empty' && (
        <CheckPageView
          t={t}
          supported={state.supported}
          onCheck={
            state.tabId === null
              ? undefined
              : async () => {
                  const page = await api.checkPage(state.tabId!);
                  if (page && page.items.length) await showRecord(state.tabId!, page);
                  return Boolean(page && page.items.length);
                }
          }
        />
      )}
    </main>
  );
}
