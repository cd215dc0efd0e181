import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CONTENT_SCRIPT_MATCHES } from './lib/sites';

// Permissions: each one is justified in README.md ("Permissions"); tests/lib/manifest.test.ts fails when the built
// manifest asks for anything the README does not explain.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ prerender: { enabled: false } })],
  }),
  manifest: ({ browser }) => ({
    name: 'Copycat Guard',
    description:
      'Flags marketplace listings that look like counterfeits or copycats, and shows the reasons and numbers behind each warning.',
    permissions: ['storage'],
    // Content-script hosts come from lib/sites.ts via entrypoints/shop.content.ts; nothing else is requested up front.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'copycat-guard@copycat-guard.org',
              strict_min_version: '140.0',
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
