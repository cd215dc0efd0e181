// Registry meta-test: ids, order, fixtures, and the hosts the content script matches (lib/sites.ts).
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterById, adapterFor } from '../../../lib/adapters/registry';
import { runAdapter } from '../../../lib/adapters/run';
import { loadPage, readPageFile } from '../../../lib/cli/load-page';
import { MARKETPLACES, SITE_IDS, hostIsOn } from '../../../lib/sites';
import { fixtureFolders, fixturesOf, missingExpected } from './fixtures';

describe('adapter registry', () => {
  it('ids are unique, known site ids, generic last', () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(SITE_IDS).toContain(id);
    expect(ids[ids.length - 1]).toBe('generic');
  });

  it('every site id in lib/sites.ts has an adapter', () => {
    expect([...ADAPTERS.map((a) => a.id)].sort()).toEqual([...SITE_IDS].sort());
  });

  it('every adapter has a fixture folder with at least one page, each with its .expected.json', () => {
    const folders = fixtureFolders();
    for (const a of ADAPTERS) {
      expect(folders, `tests/fixtures/${a.id}/`).toContain(a.id);
      expect(missingExpected(a.id), `run: npx tsx tests/fixtures/update-expected.ts ${a.id}`).toEqual([]);
    }
  });

  it("each marketplace adapter matches exactly its lib/sites.ts hosts (the content script's match source)", () => {
    for (const m of MARKETPLACES) {
      const a = adapterById(m.id);
      expect(a, m.id).not.toBeNull();
      for (const d of m.domains) {
        expect(a!.matchesUrl(new URL(`https://www.${d}/x`)), `${m.id} on www.${d}`).toBe(true);
        expect(adapterFor(`https://${d}/`)?.id, d).toBe(m.id);
      }
      // No other marketplace claims this marketplace's hosts.
      for (const other of ADAPTERS) {
        if (other.id === m.id || other.id === 'generic') continue;
        for (const d of m.domains) expect(other.matchesUrl(new URL(`https://www.${d}/x`)), `${other.id} on ${d}`).toBe(false);
      }
    }
  });

  it('the union of marketplace adapters’ hosts equals MARKETPLACES (no adapter matches an unlisted shop)', () => {
    const outside = ['https://www.example.com/p/1', 'https://www.amazon.nl/dp/B000000000', 'https://www.ebay.es/itm/1', 'https://notamazon.com/'];
    for (const u of outside) {
      const matched = ADAPTERS.filter((a) => a.id !== 'generic' && a.matchesUrl(new URL(u)));
      const listed = MARKETPLACES.some((m) => m.domains.some((d) => hostIsOn(new URL(u).hostname, d)));
      expect(matched.length > 0, u).toBe(listed);
    }
    expect(adapterFor('https://www.example.com/p/1')?.id).toBe('generic');
    expect(adapterFor('not a url')).toBeNull();
  });
});

describe('cross-check: page kinds and URL matching on every adapter’s fixtures', () => {
  const folders = fixtureFolders().filter((id) => adapterById(id));
  const all = folders.flatMap((id) => fixturesOf(id));

  for (const f of all) {
    it(`${f.id}/${f.name}: own adapter reads a ${f.expected.pageKind} page`, async () => {
      const page = loadPage(readPageFile(f.file), f.url);
      try {
        const kind = runAdapter(adapterById(f.id)!, page.document, new URL(f.url)).pageKind;
        expect(kind).toBe(f.expected.pageKind);
        if (!/not-a-product|other/.test(f.name)) expect(kind).not.toBe('other');
      } finally {
        await page.close();
      }
    });
  }

  it('no marketplace adapter matches another adapter’s fixture URL', () => {
    for (const a of ADAPTERS) {
      if (a.id === 'generic') continue;
      for (const f of all) {
        if (f.id === a.id) expect(a.matchesUrl(new URL(f.url)), `${a.id} on own ${f.name}`).toBe(true);
        else expect(a.matchesUrl(new URL(f.url)), `${a.id} on ${f.id}/${f.name}`).toBe(false);
      }
    }
  });
});
