import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CONTENT_SCRIPT_MATCHES } from './lib/sites';

// Permissions: each one is justified in README.md ("Permissions"); tests/lib/manifest.test.ts fails when the built
// manifest asks for anything the README does not explain.
export default defineConfig({
  // Static files (icons) live under assets/ to keep the project's top level fixed.
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ prerender: { enabled: false } })],
  }),
  manifest: ({ browser }) => ({
    name: 'Copycat Guard',
    description:
      'Flags marketplace listings that look like counterfeits or copycats, and shows the reasons and numbers behind each warning.',
    permissions: ['storage'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    action: { default_title: 'Copycat Guard', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    // Content-script hosts come from lib/sites.ts via entrypoints/shop.content.ts; nothing else is requested up front.
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
