/** Small pages the e2e tests serve at real marketplace URLs. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

/** A fixture page from tests/fixtures/<adapter>/<name>.html and the URL written in its first line. */
export function fixturePage(adapter: string, name: string): { url: string; html: string } {
  const html = readFileSync(path.join(ROOT, 'tests/fixtures', adapter, `${name}.html`), 'utf8');
  const m = /^<!--\s*url:\s*(\S+)\s*-->/.exec(html);
  if (!m?.[1]) throw new Error(`fixture ${adapter}/${name}.html has no <!-- url: … --> first line`);
  return { url: m[1], html };
}

export const MINIMAL_PRODUCT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test product</title></head>
<body><h1 id="productTitle">Test product</h1><p>A page served by the end-to-end tests.</p></body></html>`;
