import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { existsSync } from 'node:fs';

// Permissions: each one is justified in README.md ("Permissions"); tests/lib/manifest.test.ts fails when the built
// manifest asks for anything the README does not explain.
/** Origins a report endpoint may live on; each is requested only for the one origin the user configured. */
const REPORT_HOSTS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  // Static files (icons) live under assets/ to keep the project's top level fixed.
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ prerender: { enabled: false } })],
  }),
  hooks: {
    // `npm run dev` opens a browser with the extension through web-ext. Where no browser can be started (no display:
    // a server, CI, a container; or no browser installed) web-ext died with a bare ECONNRESET. Then WXT only builds
    // and watches, and says how to load the build by hand.
    'config:resolved': (wxt) => {
      if (wxt.config.command !== 'serve') return;
      const firefox = wxt.config.browser === 'firefox';
      const binary = devBrowserBinary(firefox);
      const runner = wxt.config.runnerConfig.config;
      const why =
        process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
          ? 'no display (DISPLAY / WAYLAND_DISPLAY unset)'
          : binary === null && process.platform === 'linux'
            ? `no ${firefox ? 'Firefox' : 'Chromium or Chrome'} found (set ${firefox ? 'FIREFOX_PATH' : 'CHROMIUM_PATH'})`
            : null;
      if (why) {
        runner.disabled = true;
        const dir = `.output/${firefox ? 'firefox-mv2' : 'chrome-mv3'}-dev`;
        wxt.logger.warn(
          `Not opening a browser: ${why}. Building and watching ${dir} — load it by hand: ` +
            (firefox
              ? `about:debugging#/runtime/this-firefox → Load Temporary Add-on… → ${dir}/manifest.json`
              : `chrome://extensions → Developer mode → Load unpacked → ${dir}`),
        );
      } else if (binary) {
        runner.binaries = { ...runner.binaries, [firefox ? 'firefox' : 'chrome']: binary };
        // Chromium refuses to start as root without --no-sandbox (containers, dev VMs); web-ext then saw the same reset.
        if (!firefox && process.getuid?.() === 0) runner.chromiumArgs = [...(runner.chromiumArgs ?? []), '--no-sandbox'];
      }
    },
    // Content scripts use only runtime.sendMessage / onMessage (without replies), which both browsers offer natively
    // with promises (Chrome MV3, Firefox `browser`), so they skip webextension-polyfill: ≈ 3 KB gzip of the ≤ 20 KB
    // budget (issue 6). Background, popup and options keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias) && 'wxt/browser' in alias) delete (alias as Record<string, string>)['wxt/browser'];
      else throw new Error('wxt.config.ts: expected the webextension-polyfill alias for wxt/browser (WXT changed?)');
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Copycat Guard',
    description:
      'Flags marketplace listings that look like counterfeits or copycats, and shows the reasons and numbers behind each warning.',
    permissions: ['storage', 'activeTab', 'scripting', 'alarms'],
    // Asked for one origin at a time, only when the user saves a report endpoint (options page). WXT drops
    // optional_host_permissions for MV2, so Firefox gets the same list as optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: REPORT_HOSTS } : { optional_host_permissions: REPORT_HOSTS }),
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    action: { default_title: 'Copycat Guard', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    // Content-script hosts come from lib/sites.ts via entrypoints/<site>.content.ts; nothing else is requested up front.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'copycat-guard@copycat-guard.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
  },
});

/** The browser `npm run dev` opens: $FIREFOX_PATH / $CHROMIUM_PATH, else the usual Linux install paths; null if none. */
function devBrowserBinary(firefox: boolean): string | null {
  const candidates = firefox
    ? [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr']
    : [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'];
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null;
}
