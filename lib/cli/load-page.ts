/**
 * Node-side page loading for `scan` and the corpus tests: read a saved page (`.html` or `.html.gz`) and build a
 * happy-dom Document for it with scripts, styles, frames and navigation switched off (a saved page is hostile input:
 * nothing in it may run or fetch). Not used by the extension (the browser gives the content script its document).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Window } from 'happy-dom';

/** The page's HTML text; `.gz` files are gunzipped. Throws on unreadable files (the CLI reports them). */
export function readPageFile(file: string): string {
  const bytes = readFileSync(file);
  const raw = file.endsWith('.gz') || (bytes[0] === 0x1f && bytes[1] === 0x8b) ? gunzipSync(bytes) : bytes;
  return raw.toString('utf8');
}

export interface LoadedPage {
  document: Document;
  /** Release the happy-dom window (timers, memory). */
  close(): Promise<void>;
}

// Why strip <style>: happy-dom 21 loses the rest of the document after a <style> element nested inside inline <svg>
// (corpus product-pages otto.de: 71 of ~3000 elements survived). Style text carries nothing we read.
const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

/** Parse `html` as the page at `url` (base for relative links). */
export function loadPage(html: string, url: string): LoadedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  window.document.write(html.replace(STYLE_BLOCK, ''));
  return {
    document: window.document as unknown as Document,
    close: () => window.happyDOM.close(),
  };
}
