/**
 * The built site as files: list them, and map between a page's URL path and its file.
 * Every checker works from these two mappings, so they agree on what "a page" is.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { scanHtml } from './html.ts';

/** Every file under `dir`, as paths relative to it with '/' separators, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

/** Every built HTML page, as paths relative to the dist dir. */
export function listHtmlFiles(distDir: string): string[] {
  return listFiles(distDir).filter((f) => f.endsWith('.html'));
}

/**
 * The URL path a static host serves a file at: `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`.
 */
export function urlPathOf(file: string): string {
  const path = `/${file.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * The file a URL path is served from, or undefined when the dist has none. A path ending in '/'
 * means its index.html; a path without the slash must name a file (the site uses trailing slashes
 * everywhere, so `/tin-tuc` instead of `/tin-tuc/` counts as broken).
 */
export function fileOfUrlPath(distDir: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const full = join(distDir, candidate);
  if (relative(distDir, full).startsWith('..')) return undefined;
  return existsSync(full) && statSync(full).isFile() ? relative(distDir, full).split(sep).join('/') : undefined;
}

/**
 * The site's public origin, read from the home page's canonical link (so the checks agree with
 * whatever site.yaml the build used), or undefined when the page has none.
 */
export function siteOriginOf(distDir: string): string | undefined {
  const home = readFileSync(join(distDir, 'index.html'), 'utf8');
  const canonical = scanHtml(home).refs.find((r) => r.rel === 'canonical')?.url;
  return canonical ? new URL(canonical).origin : undefined;
}

/**
 * The headers a static host sends for the paths of one block of the site's `_headers` ("/*", or
 * the web editor's "/admin/*"), as `name: value` — the "! Name" lines that remove a header left out.
 */
export function hostHeaders(distDir: string, pattern: string): Record<string, string> {
  const block = readFileSync(join(distDir, '_headers'), 'utf8')
    .split(/\n(?=\S)/)
    .find((b) => b.split('\n')[0] === pattern);
  return Object.fromEntries(
    (block ?? '')
      .split('\n')
      .filter((line) => /^ {2}[A-Za-z]/.test(line))
      .map((line) => {
        const [name, ...value] = line.trim().split(': ');
        return [name!, value.join(': ')];
      }),
  );
}
