/**
 * Issue 8, "Storage: corrupt values": `getSettings` (lib/settings.ts) on whatever is stored under `settings` —
 * written by an older version, another tool, or a damaged profile. It never throws, always returns valid Settings,
 * and repairs field by field: each field that is valid on its own is kept, each invalid one falls back to its default.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, Settings, getSettings, isSiteEnabled } from '../../../lib/settings';
import { SITE_IDS } from '../../../lib/sites';

const KEY = 'settings'; // `local:settings` in @wxt-dev/storage is the plain key "settings" in storage.local

async function store(value: unknown): Promise<void> {
  await fakeBrowser.storage.local.set({ [KEY]: value });
}

const FIELDS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** What field-by-field repair must give for a stored object. */
function expectedRepair(raw: unknown): Settings {
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const f of FIELDS) {
      const one = Settings.shape[f].safeParse((raw as Record<string, unknown>)[f]);
      if (one.success) out[f] = one.data;
    }
  }
  return out as Settings;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('getSettings on corrupt stored values', () => {
  it('nothing stored → defaults', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('a valid stored value is returned as stored', async () => {
    const good: Settings = { disabledSites: ['ebay', 'temu'], sensitivity: 'strict', onlyWarnings: true, language: 'zh', reportEndpoint: 'https://r.example.org/in' };
    await store(good);
    expect(await getSettings()).toEqual(good);
  });

  it('hand-picked corruption: whole-value junk gives defaults; field junk gives that field\'s default only', async () => {
    let deep: Record<string, unknown> = {};
    // 500 levels: the fake storage (like the real one) cannot even store much deeper values.
    for (let i = 0; i < 500; i++) deep = { a: deep };
    const cases: [string, unknown, Partial<Settings>][] = [
      ['a string', 'settings', {}],
      ['a number', 42, {}],
      ['NaN', NaN, {}],
      ['an array', [1, 2, 3], {}],
      ['false', false, {}],
      ['an empty object', {}, {}],
      ['disabledSites as a string', { disabledSites: 'amazon', sensitivity: 'strict' }, { sensitivity: 'strict' }],
      ['disabledSites with an unknown site', { disabledSites: ['amazon', 'evil.example'], onlyWarnings: true }, { onlyWarnings: true }],
      ['disabledSites of 100k items', { disabledSites: new Array(100_000).fill('nope'), language: 'en' }, { language: 'en' }],
      ['unknown sensitivity', { sensitivity: 'paranoid', language: 'zh' }, { language: 'zh' }],
      ['onlyWarnings as a string', { onlyWarnings: 'yes', sensitivity: 'relaxed' }, { sensitivity: 'relaxed' }],
      ['unknown language', { language: 'fr', onlyWarnings: true }, { onlyWarnings: true }],
      ['endpoint as a number', { reportEndpoint: 42, disabledSites: ['ebay'] }, { disabledSites: ['ebay'] }],
      ['endpoint of 1 MB', { reportEndpoint: 'https://x.example/' + 'a'.repeat(1 << 20), language: 'en' }, { language: 'en' }],
      ['deeply nested junk in every field', { disabledSites: deep, sensitivity: deep, onlyWarnings: deep, language: deep, reportEndpoint: deep }, {}],
      ['prototype keys', JSON.parse('{"__proto__":{"sensitivity":"strict"},"constructor":{"prototype":{"x":1}},"language":"zh"}'), { language: 'zh' }],
      ['every field wrong', { disabledSites: null, sensitivity: 1, onlyWarnings: null, language: [], reportEndpoint: {} }, {}],
    ];
    for (const [name, raw, kept] of cases) {
      fakeBrowser.reset();
      await store(raw);
      let got: Settings | undefined;
      await expect((async () => (got = await getSettings()))(), name).resolves.toBeDefined();
      expect(Settings.safeParse(got).success, name).toBe(true);
      expect(got, name).toEqual({ ...DEFAULT_SETTINGS, ...kept });
      await expect(isSiteEnabled('amazon'), name).resolves.toBeTypeOf('boolean');
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).sensitivity).toBeUndefined();
  });

  it('fast-check: each field valid or junk → valid fields kept, junk fields defaulted, never throws', async () => {
    const field = <T>(valid: fc.Arbitrary<T>) => fc.oneof(valid, fc.anything({ maxDepth: 2 }), fc.constant(undefined));
    const stored = fc.oneof(
      fc.record(
        {
          disabledSites: field(fc.uniqueArray(fc.constantFrom(...SITE_IDS))),
          sensitivity: field(fc.constantFrom('strict', 'balanced', 'relaxed')),
          onlyWarnings: field(fc.boolean()),
          language: field(fc.constantFrom('auto', 'en', 'zh')),
          reportEndpoint: field(fc.oneof(fc.constant(null), fc.webUrl())),
          extra: fc.anything({ maxDepth: 1 }),
        },
        { requiredKeys: [] },
      ),
      fc.anything({ maxDepth: 3 }),
    );
    await fc.assert(
      fc.asyncProperty(stored, async (raw) => {
        fakeBrowser.reset();
        await store(raw);
        const got = await getSettings();
        expect(Settings.safeParse(got).success).toBe(true);
        // `null`/`undefined` stored means "nothing stored" to @wxt-dev/storage: defaults.
        expect(got).toEqual(raw == null ? DEFAULT_SETTINGS : expectedRepair(raw));
      }),
      { numRuns: 300 },
    );
  });
});
