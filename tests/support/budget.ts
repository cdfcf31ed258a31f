/**
 * Page weight: the bytes of HTML, CSS and JS a first visit to a page downloads (images, fonts and
 * feeds excluded), following the page's stylesheets and scripts and their static imports.
 * Reported both raw (on disk) and as transferred with gzip (zlib's default level, as static hosts
 * compress text); the budget applies to the transferred bytes, which is what a visitor waits for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileOfUrlPath } from './dist.ts';
import { scanHtml } from './html.ts';
import { internalTarget } from './links.ts';

export interface PageWeight {
  /** URL path of the page. */
  page: string;
  html: number;
  css: number;
  js: number;
  /** Raw bytes of all files. */
  total: number;
  /** Bytes of all files gzip-compressed, each on its own (as sent over the wire). */
  transfer: number;
  /** Every file counted, relative to the dist dir. */
  files: string[];
}

/** Budget configuration, see tests/budget.json. Budgets are KiB transferred (gzip). */
export interface BudgetConfig {
  /** Budget in KiB for a template not listed in `templates`, and the ceiling for all. */
  defaultKiB: number;
  templates: Record<string, number>;
}

const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["']([^"']+)["']/g;
const CSS_IMPORT = /@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g;

const gzipCache = new Map<string, number>();
/** Gzipped size of a file, cached: the shared stylesheet is counted for every page. */
function gzippedSize(path: string, content: Buffer): number {
  const key = `${path}:${content.length}`;
  if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(content).length);
  return gzipCache.get(key)!;
}

/** Budget in bytes for a template. */
export function budgetBytes(config: BudgetConfig, template: string): number {
  return (config.templates[template] ?? config.defaultKiB) * 1024;
}

/**
 * Weighs one page of the built site.
 * @example pageWeight('dist', '/tin-tuc/') // { html: 27500, css: 8900, js: 0, total: 36400, transfer: 8100, … }
 */
export function pageWeight(distDir: string, urlPath: string): PageWeight {
  const htmlFile = fileOfUrlPath(distDir, urlPath);
  if (!htmlFile) throw new Error(`no built file for ${urlPath}`);
  const weight: PageWeight = { page: urlPath, html: 0, css: 0, js: 0, total: 0, transfer: 0, files: [] };
  const seen = new Set<string>();

  const count = (file: string, kind: 'html' | 'css' | 'js'): string | undefined => {
    if (seen.has(file)) return undefined;
    seen.add(file);
    const content = readFileSync(join(distDir, file));
    const text = content.toString('utf8');
    weight[kind] += content.length;
    weight.total += content.length;
    weight.transfer += gzippedSize(join(distDir, file), content);
    weight.files.push(file);
    return text;
  };
  const follow = (url: string, fromPath: string, kind: 'css' | 'js') => {
    const target = internalTarget(url, fromPath);
    const file = target && fileOfUrlPath(distDir, target.pathname);
    if (!file) return; // a broken reference is the link checker's finding, not a weight
    const text = count(file, kind);
    if (text === undefined) return;
    const pattern = kind === 'css' ? CSS_IMPORT : STATIC_IMPORT;
    for (const m of text.matchAll(pattern)) follow(m[1] ?? '', `/${file}`, kind);
  };

  const page = scanHtml(count(htmlFile, 'html') ?? '');
  for (const ref of page.refs) {
    const rels = (ref.rel ?? '').split(/\s+/);
    if (ref.tag === 'link' && rels.includes('stylesheet')) follow(ref.url, urlPath, 'css');
    if (ref.tag === 'link' && rels.includes('modulepreload')) follow(ref.url, urlPath, 'js');
    if (ref.tag === 'script' && ref.attr === 'src') follow(ref.url, urlPath, 'js');
  }
  for (const js of page.scripts) for (const m of js.matchAll(STATIC_IMPORT)) follow(m[1] ?? '', urlPath, 'js');
  return weight;
}

/** Formats bytes as KiB with one decimal, e.g. "23.5 KiB". */
export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
