/**
 * Settings: sensitivity, sites on/off, "only warnings" badges, language, the optional report endpoint (validated,
 * host permission requested in the click itself), and reset with confirmation. Each change is saved at once.
 */
import { useState } from 'preact/hooks';
import { validateEndpoint } from '../lib/reports/endpoint';
import type { OptionsStrings } from '../lib/reports/i18n';
import type { BaseSettings, OptionsApi, OptionsSettings } from '../lib/reports/options-api';
import { DEFAULT_SETTINGS } from '../lib/settings';
import { MARKETPLACES, type SiteId } from '../lib/sites';

export interface SettingsFormProps {
  api: OptionsApi;
  t: OptionsStrings;
  settings: OptionsSettings;
  onChange: (s: OptionsSettings) => void;
}

type EndpointError = keyof OptionsStrings['endpointErrors'];

export function SettingsForm({ api, t, settings, onChange }: SettingsFormProps) {
  const [message, setMessage] = useState('');
  const [endpoint, setEndpoint] = useState(settings.reportEndpoint ?? '');
  const [endpointError, setEndpointError] = useState<EndpointError | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);

  const save = async (patch: Partial<BaseSettings>) => {
    const { reportEndpoint, ...rest } = { ...settings, ...patch };
    await api.saveSettings(rest);
    onChange({ ...rest, reportEndpoint });
    setMessage(t.saved);
  };
  const toggleSite = (id: SiteId, on: boolean) => {
    const off = new Set(settings.disabledSites);
    if (on) off.delete(id);
    else off.add(id);
    void save({ disabledSites: [...off] });
  };

  // Not async on purpose: permissions.request must run inside the click's user gesture, before any await.
  const onSaveEndpoint = () => {
    const check = validateEndpoint(endpoint);
    if (!check.ok) {
      setEndpointError(check.error);
      return;
    }
    void api.requestPermission(check.pattern).then(async (granted) => {
      if (!granted) {
        setEndpointError('permission-denied');
        return;
      }
      await api.saveEndpoint(check.url);
      setEndpointError(null);
      setEndpoint(check.url);
      onChange({ ...settings, reportEndpoint: check.url });
      setMessage(t.endpointSaved);
    });
  };
  const onClearEndpoint = async () => {
    await api.saveEndpoint(null);
    setEndpoint('');
    setEndpointError(null);
    onChange({ ...settings, reportEndpoint: null });
    setMessage(t.endpointCleared);
  };
  const onReset = async () => {
    await api.resetSettings();
    setConfirmReset(false);
    setEndpoint('');
    setEndpointError(null);
    onChange({ ...(DEFAULT_SETTINGS as BaseSettings), reportEndpoint: null });
    setMessage(t.resetDone);
  };

  return (
    <section class="settings" aria-labelledby="settings-h">
      <h2 id="settings-h">{t.settingsHeading}</h2>
      <fieldset>
        <legend>{t.sensitivity}</legend>
        {(['strict', 'balanced', 'relaxed'] as const).map((s) => (
          <label key={s} class="choice">
            <input
              type="radio"
              name="sensitivity"
              value={s}
              checked={settings.sensitivity === s}
              onChange={() => void save({ sensitivity: s })}
            />
            {t.sensitivityOptions[s]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.sites}</legend>
        {MARKETPLACES.map((m) => (
          <label key={m.id} class="choice">
            <input
              type="checkbox"
              name={`site-${m.id}`}
              checked={!settings.disabledSites.includes(m.id)}
              onChange={(e) => toggleSite(m.id, e.currentTarget.checked)}
            />
            {m.name}
          </label>
        ))}
      </fieldset>
      <label class="choice">
        <input
          type="checkbox"
          name="onlyWarnings"
          checked={settings.onlyWarnings}
          onChange={(e) => void save({ onlyWarnings: e.currentTarget.checked })}
        />
        {t.onlyWarnings}
      </label>
      <label class="field">
        {t.language}
        <select
          name="language"
          value={settings.language}
          onChange={(e) => void save({ language: e.currentTarget.value as BaseSettings['language'] })}
        >
          {(['auto', 'en', 'zh'] as const).map((l) => (
            <option key={l} value={l}>
              {t.languageOptions[l]}
            </option>
          ))}
        </select>
      </label>
      <div class="field">
        <label for="endpoint">{t.endpoint}</label>
        <p id="endpoint-help" class="small muted">
          {t.endpointHelp}
        </p>
        <input
          id="endpoint"
          type="url"
          inputMode="url"
          value={endpoint}
          placeholder="https://"
          aria-invalid={endpointError ? 'true' : undefined}
          aria-describedby={endpointError ? 'endpoint-help endpoint-error' : 'endpoint-help'}
          onInput={(e) => setEndpoint(e.currentTarget.value)}
        />
        {endpointError ? (
          <p id="endpoint-error" class="small error-text" role="alert">
            {t.endpointErrors[endpointError]}
          </p>
        ) : null}
        <div class="actions">
          <button type="button" onClick={onSaveEndpoint}>
            {t.endpointSave}
          </button>
          {settings.reportEndpoint ? (
            <button type="button" onClick={() => void onClearEndpoint()}>
              {t.endpointClear}
            </button>
          ) : null}
        </div>
      </div>
      <div class="field">
        {confirmReset ? (
          <div role="alertdialog" aria-labelledby="reset-q" class="confirm">
            <p id="reset-q">{t.resetConfirm}</p>
            <button type="button" class="danger" onClick={() => void onReset()}>
              {t.resetYes}
            </button>
            <button type="button" onClick={() => setConfirmReset(false)}>
              {t.cancel}
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirmReset(true)}>
            {t.reset}
          </button>
        )}
      </div>
      <p role="status" aria-live="polite" class="small muted">
        {message}
      </p>
    </section>
  );
}
