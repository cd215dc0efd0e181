import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
