/**
 * What a reader's browser downloads to search a built site: the search page's load, then each
 * search typed in the box, in bytes as the server sends them (gzip, as any real host serves) plus
 * response headers, by kind of file. Used by `npm run bench:search` and by the search budget test.
 */
import { launchBrowser, openPage } from './browser.ts';
import { serveDirectory } from '../../src/lib/build/static-server.ts';

/** A phone's screen (where the search page keeps its filters closed) or a desktop's. */
export const SCREENS = {
  phone: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 } },
};

export interface Transfer {
  bytes: number;
  /** Bytes per kind of file (wasm, word index, fragments…), in the order first fetched. */
  byKind: Map<string, number>;
}

const kindOf = (u: string) =>
  /\.pf_fragment/.test(u)
    ? 'fragments'
    : /\.pf_index/.test(u)
      ? 'word index'
      : /\.pf_filter/.test(u)
        ? 'filters'
        : /\.pf_meta/.test(u)
          ? 'metadata'
          : /wasm/.test(u)
            ? 'wasm'
            : /pagefind/.test(u)
              ? u.split('/').pop()!.replace(/\?.*/, '')
              : 'page';

export async function searchTransfer(
  dist: string,
  screen: keyof typeof SCREENS,
  queries: readonly string[],
): Promise<{ pageLoad: Transfer; searches: Transfer[] }> {
  const { url, server } = await serveDirectory(dist, { gzip: true });
  const browser = await launchBrowser();
  const headers: Promise<void>[] = [];
  try {
    const { page } = await openPage(browser, url, SCREENS[screen]);
    let current: Transfer = { bytes: 0, byKind: new Map() };
    const count = (u: string, n: number) => {
      current.bytes += n;
      current.byKind.set(kindOf(u), (current.byKind.get(kindOf(u)) ?? 0) + n);
    };
    // Bodies are counted as the server sends them: Chromium does not report the body of a
    // worker's script to the page (Pagefind's web worker went unseen before this was measured here).
    server.prependListener('request', (req, res) => {
      const end = res.end.bind(res) as (...a: unknown[]) => typeof res;
      res.end = ((chunk?: unknown, ...rest: unknown[]) => {
        count(req.url ?? '', chunk ? Buffer.byteLength(chunk as Buffer) : 0);
        return end(chunk, ...rest);
      }) as typeof res.end;
    });
    // Response headers as Chromium received them (context-level events see worker requests too),
    // awaited before a figure is read and before the browser closes.
    page.context().on('requestfinished', (request) => {
      headers.push(request.sizes().then((sizes) => count(new URL(request.url()).pathname, sizes.responseHeadersSize)));
    });
    const settled = () => Promise.allSettled(headers.splice(0));
    await page.goto(`${url}/tim-kiem/`, { waitUntil: 'networkidle' });
    await settled();
    const pageLoad = current;
    const searches: Transfer[] = [];
    for (const query of queries) {
      current = { bytes: 0, byKind: new Map() };
      await page.locator('#search-query').fill(query);
      await page.locator('#search-query').press('Enter');
      // The status line is written when the results (and open filters) are shown.
      await page.waitForFunction((q) => (document.querySelector('[data-status]')?.textContent ?? '').includes(q), query, {
        timeout: 60_000,
      });
      await page.waitForLoadState('networkidle');
      await settled();
      searches.push(current);
    }
    return { pageLoad, searches };
  } finally {
    await Promise.allSettled(headers);
    await browser.close();
    server.close();
  }
}
