/**
 * Self-containment check for a built site: no page, stylesheet or script loads anything (script,
 * style, font, image, frame, media) from a host other than the site's own. Plain links to other
 * sites (<a href>, <form action>, rel=canonical/alternate) load nothing and are allowed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './dist.ts';
import { scanHtml, type Reference } from './html.ts';

export interface ForeignResource {
  /** File under the dist dir that refers to the resource. */
  file: string;
  url: string;
  /** What loads it, e.g. `script[src]`, `css url()`, `js import`. */
  where: string;
}

/** <link rel> values that make the browser fetch (or connect to) the URL. */
const LOADING_RELS = [
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'mask-icon',
  'manifest',
  'preload',
  'modulepreload',
  'prefetch',
  'prerender',
  'preconnect',
  'dns-prefetch',
];
/** Elements whose URL attributes are fetched when the page loads. */
const LOADING_TAGS = new Set([
  'script',
  'img',
  'iframe',
  'frame',
  'source',
  'audio',
  'video',
  'track',
  'embed',
  'object',
  'input',
  'image',
  'use',
  'feimage',
]);

const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/gi;
const JS_LOAD = /(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s*|\bimportScripts\s*\(\s*|\bfetch\s*\(\s*)(['"`])((?:https?:)?\/\/[^'"`]+)\1/g;

/** True when `url` is absolute (or protocol-relative) and not on `siteOrigin`. */
export function isForeign(url: string, siteOrigin?: string): boolean {
  if (!/^(https?:)?\/\//i.test(url)) return false;
  try {
    return new URL(url, 'https://x.invalid').origin !== (siteOrigin ? new URL(siteOrigin).origin : undefined);
  } catch {
    return true;
  }
}

function loads(ref: Reference): boolean {
  if (ref.tag === 'link') return (ref.rel ?? '').split(/\s+/).some((rel) => LOADING_RELS.includes(rel));
  return LOADING_TAGS.has(ref.tag);
}

/** URLs a stylesheet loads: url(…) and @import. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(CSS_URL)].map((m) => (m[2] ?? m[4] ?? '').trim());
}

/** URLs a script loads by module import, importScripts or a literal fetch. */
export function jsUrls(js: string): string[] {
  return [...js.matchAll(JS_LOAD)].map((m) => m[2] ?? '');
}

/**
 * Every resource in the built site that would be loaded from another host.
 * @example findForeignResources('dist', 'https://songmau.example.gov.vn') // []
 */
export function findForeignResources(distDir: string, siteOrigin?: string): ForeignResource[] {
  const found: ForeignResource[] = [];
  const add = (file: string, urls: string[], where: string) => {
    for (const url of urls) if (isForeign(url, siteOrigin)) found.push({ file, url, where });
  };
  for (const file of listFiles(distDir)) {
    // Decap's bundle names the Git hosts' APIs it can talk to after an editor logs in; the
    // browser test of /admin/ (tests/slow/cms.test.ts) proves it asks none before.
    if (/^admin\/[^/]*decap-cms\.js$/.test(file)) continue;
    if (file.endsWith('.html')) {
      const page = scanHtml(readFileSync(join(distDir, file), 'utf8'));
      for (const ref of page.refs) if (loads(ref)) add(file, [ref.url], `${ref.tag}[${ref.attr}]`);
      for (const css of page.styles) add(file, cssUrls(css), 'inline css url()');
      for (const js of page.scripts) add(file, jsUrls(js), 'inline js import/fetch');
    } else if (file.endsWith('.css')) {
      add(file, cssUrls(readFileSync(join(distDir, file), 'utf8')), 'css url()');
    } else if (/\.m?js$/.test(file)) {
      add(file, jsUrls(readFileSync(join(distDir, file), 'utf8')), 'js import/fetch');
    }
  }
  return found;
}
