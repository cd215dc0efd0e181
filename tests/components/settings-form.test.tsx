import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SettingsForm } from '../../components/SettingsForm';
import { OptionsApp } from '../../entrypoints/options/OptionsApp';
import { getReportEndpoint, setReportEndpoint } from '../../lib/reports/endpoint';
import { OPTIONS_STRINGS } from '../../lib/reports/i18n';
import { browserOptionsApi, type OptionsApi, type OptionsSettings } from '../../lib/reports/options-api';
import { DEFAULT_SETTINGS, getSettings, settingsItem } from '../../lib/settings';

const flush = () => new Promise((r) => setTimeout(r, 30));
let root: HTMLElement;
let api: OptionsApi;
let requestPermission: ReturnType<typeof vi.fn>;
let current: OptionsSettings;

beforeEach(() => {
  fakeBrowser.reset();
  requestPermission = vi.fn(async () => true);
  api = { ...browserOptionsApi, requestPermission: requestPermission as OptionsApi['requestPermission'], uiLanguage: () => 'en-US' };
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount() {
  current = await api.loadSettings();
  const draw = () =>
    render(
      <SettingsForm
        api={api}
        t={OPTIONS_STRINGS.en}
        settings={current}
        onChange={(s) => {
          current = s;
          draw();
        }}
      />,
      root,
    );
  draw();
  await flush();
}
const input = (sel: string) => root.querySelector<HTMLInputElement>(sel)!;
function button(text: string): HTMLButtonElement {
  const b = [...root.querySelectorAll('button')].find((x) => x.textContent!.trim() === text);
  if (!b) throw new Error(`no button ${text}`);
  return b as HTMLButtonElement;
}
const status = () => root.querySelector('.settings > [role="status"]')!.textContent;

describe('SettingsForm', () => {
  it('saves sensitivity, sites and "only warnings" at once', async () => {
    await mount();
    input('input[name="sensitivity"][value="strict"]').click();
    await flush();
    input('input[name="site-ebay"]').click();
    await flush();
    input('input[name="onlyWarnings"]').click();
    await flush();
    const s = await getSettings();
    expect(s).toMatchObject({ sensitivity: 'strict', disabledSites: ['ebay'], onlyWarnings: true });
    expect(input('input[name="site-ebay"]').checked).toBe(false);
    expect(input('input[name="site-amazon"]').checked).toBe(true);
    expect(status()).toBe('Saved.');
    // every marketplace in lib/sites.ts has a switch
    expect(root.querySelectorAll('input[name^="site-"]')).toHaveLength(9);
  });

  it('rejects a non-HTTPS endpoint without asking for a permission', async () => {
    await mount();
    const field = input('#endpoint');
    field.value = 'http://reports.example.org/in';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await flush();
    button('Save endpoint').click();
    await flush();
    expect(root.querySelector('#endpoint-error')!.textContent).toContain('must start with https://');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(requestPermission).not.toHaveBeenCalled();
    expect(await getReportEndpoint()).toBeNull();
  });

  it('requests the host permission inside the click, then stores the endpoint', async () => {
    await mount();
    const field = input('#endpoint');
    field.value = ' https://reports.example.org:8443/in ';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await flush();
    button('Save endpoint').click();
    // synchronously, in the same task as the click (the user gesture)
    expect(requestPermission).toHaveBeenCalledWith('https://reports.example.org/*');
    await flush();
    expect((await getReportEndpoint())?.url).toBe('https://reports.example.org:8443/in');
    expect(status()).toContain('Endpoint saved');
    // changing another setting keeps the endpoint
    input('input[name="onlyWarnings"]').click();
    await flush();
    expect((await getReportEndpoint())?.url).toBe('https://reports.example.org:8443/in');
  });

  it('does not store the endpoint when the permission is refused', async () => {
    requestPermission.mockResolvedValueOnce(false);
    await mount();
    const field = input('#endpoint');
    field.value = 'https://reports.example.org/in';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await flush();
    button('Save endpoint').click();
    await flush();
    expect(root.querySelector('#endpoint-error')!.textContent).toContain('permission was not granted');
    expect(await getReportEndpoint()).toBeNull();
  });

  it('resets only after confirmation, endpoint included', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sensitivity: 'relaxed', onlyWarnings: true });
    await setReportEndpoint('https://reports.example.org/in');
    await mount();
    button('Reset settings').click();
    await flush();
    expect(root.querySelector('[role="alertdialog"]')!.textContent).toContain('Your reports are kept');
    button('Cancel').click();
    await flush();
    expect((await getSettings()).sensitivity).toBe('relaxed');
    button('Reset settings').click();
    await flush();
    button('Yes, reset').click();
    await flush();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await getReportEndpoint()).toBeNull();
    expect(input('input[name="sensitivity"][value="balanced"]').checked).toBe(true);
  });
});

describe('OptionsApp language', () => {
  it('follows the browser on auto, and the setting overrides it', async () => {
    render(<OptionsApp api={{ ...api, uiLanguage: () => 'zh-CN' }} />, root);
    await flush();
    await flush();
    expect(root.querySelector('#settings-h')!.textContent).toBe('设置');
    render(null, root);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, language: 'en' });
    render(<OptionsApp api={{ ...api, uiLanguage: () => 'zh-CN' }} />, root);
    await flush();
    await flush();
    expect(root.querySelector('#settings-h')!.textContent).toBe('Settings');
    expect(document.documentElement.lang).toBe('en');
  });
});
