/**
 * Link checker for a built site: every href/src (and srcset, action, og:image…) in every HTML
 * file that points inside the site must name a file in the dist dir, and a #fragment must name an
 * id on the target page. Pure file work: no server, no browser, one parse per page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileOfUrlPath, listHtmlFiles, urlPathOf } from './dist.ts';
import { scanHtml, type Reference } from './html.ts';

export interface BrokenLink {
  /** URL path of the page that holds the link. */
  page: string;
  url: string;
  /** Where it was found, e.g. `a[href]`. */
  where: string;
  reason: 'no such file' | 'no such id on the target page';
}

export interface LinkReport {
  pages: number;
  /** Internal references checked (external ones are not counted). */
  checked: number;
  broken: BrokenLink[];
}

export interface LinkOptions {
  /** The site's public origin (e.g. https://songmau.example.gov.vn): absolute links to it are internal. */
  siteOrigin?: string;
  /** Paths the host redirects elsewhere (an archive's live sections, src/lib/units/redirects.ts): not broken. */
  redirected?: (path: string) => boolean;
}

/** Schemes that never point at a file of the site. */
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** Placeholder origin used to resolve relative URLs against a page's path. */
const LOCAL = 'http://trangtin.invalid';

/**
 * Resolves a reference found on `pagePath` to a site-internal URL, or undefined when it points
 * elsewhere (another host, mailto:, tel:, data:, javascript:) or nowhere (an empty href).
 */
export function internalTarget(url: string, pagePath: string, siteOrigin?: string): URL | undefined {
  if (url === '') return undefined;
  const isAbsolute = url.startsWith('//') || OTHER_SCHEME.test(url);
  let resolved: URL;
  try {
    resolved = new URL(url, LOCAL + pagePath);
  } catch {
    return undefined;
  }
  if (!isAbsolute) return resolved;
  if (siteOrigin && resolved.origin === new URL(siteOrigin).origin)
    return new URL(resolved.pathname + resolved.search + resolved.hash, LOCAL);
  return undefined;
}

/**
 * Checks every internal reference of every HTML page under `distDir`.
 * @example checkLinks('tests/.output/site', { siteOrigin: 'https://songmau.example.gov.vn' }).broken // []
 */
export function checkLinks(distDir: string, options: LinkOptions = {}): LinkReport {
  const pages = new Map<string, { refs: Reference[]; ids: Set<string> }>();
  for (const file of listHtmlFiles(distDir)) {
    const { refs, ids } = scanHtml(readFileSync(join(distDir, file), 'utf8'));
    pages.set(file, { refs, ids });
  }
  const fileCache = new Map<string, string | undefined>();
  const fileOf = (path: string) => {
    if (!fileCache.has(path)) fileCache.set(path, fileOfUrlPath(distDir, path));
    return fileCache.get(path);
  };

  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const [file, { refs }] of pages) {
    const pagePath = urlPathOf(file);
    for (const ref of refs) {
      const target = internalTarget(ref.url, pagePath, options.siteOrigin);
      if (!target) continue;
      checked++;
      const where = `${ref.tag}[${ref.attr}]`;
      const targetFile = fileOf(target.pathname);
      if (!targetFile) {
        if (options.redirected?.(target.pathname)) continue;
        broken.push({ page: pagePath, url: ref.url, where, reason: 'no such file' });
        continue;
      }
      const fragment = safeDecode(target.hash.slice(1));
      // '#top' scrolls to the top by definition (HTML spec); ':~:' starts a text fragment.
      if (!fragment || fragment.toLowerCase() === 'top' || fragment.startsWith(':~:')) continue;
      const ids = pages.get(targetFile)?.ids;
      if (ids && !ids.has(fragment)) broken.push({ page: pagePath, url: ref.url, where, reason: 'no such id on the target page' });
    }
  }
  return { pages: pages.size, checked, broken };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** One line per broken link, for a readable test failure. */
export function formatBroken(broken: BrokenLink[]): string {
  return broken.map((b) => `${b.page}: ${b.where} "${b.url}" – ${b.reason}`).join('\n');
}
