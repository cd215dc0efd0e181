/** The options page: report history and settings, in the user's language (setting first, then the browser's). */
import { useEffect, useState } from 'preact/hooks';
import { ReportHistory } from '../../components/ReportHistory';
import { SettingsForm } from '../../components/SettingsForm';
import { OPTIONS_STRINGS, pickLang } from '../../lib/reports/i18n';
import { browserOptionsApi, type OptionsApi, type OptionsSettings } from '../../lib/reports/options-api';

export function OptionsApp({ api = browserOptionsApi }: { api?: OptionsApi }) {
  const [settings, setSettings] = useState<OptionsSettings | null>(null);
  useEffect(() => {
    void api.loadSettings().then(setSettings);
  }, [api]);
  const lang = pickLang(settings?.language ?? 'auto', api.uiLanguage());
  const t = OPTIONS_STRINGS[lang];
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  return (
    <main class="options">
      <h1>{t.title}</h1>
      {settings ? (
        <>
          <ReportHistory api={api} lang={lang} t={t} canSend={settings.reportEndpoint !== null} />
          <SettingsForm api={api} t={t} settings={settings} onChange={setSettings} />
        </>
      ) : (
        <p aria-busy="true">{t.loading}</p>
      )}
    </main>
  );
}
