/**
 * One reading of a built site's pages, after Astro: what the steps that follow need of them — the
 * images of Astro's that the pages show (copied into a unit's own site, src/lib/build/unit-output.ts)
 * and the inline code its Content-Security-Policy must allow (src/lib/build/csp.ts). Each page is
 * read once, whatever the number of steps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectInlineSources, type InlineSources } from './csp.ts';

export interface SitePages {
  /** File names in _astro/ the pages refer to (in src, srcset, styles). */
  images: Set<string>;
  inline: InlineSources;
}

export function scanSitePages(siteDir: string): SitePages {
  const scan: SitePages = { images: new Set(), inline: { scripts: new Set(), styles: new Set() } };
  for (const page of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!page.isFile() || !page.name.endsWith('.html')) continue;
    const html = readFileSync(join(page.parentPath, page.name), 'utf8');
    for (const [, name] of html.matchAll(/\/_astro\/([^"'\s),?#]+)/g)) scan.images.add(name!);
    collectInlineSources(html, scan.inline);
  }
  return scan;
}
