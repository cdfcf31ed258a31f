/** Every internal href/src of every built page resolves to a file (and #id) in the dist dir. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, listHtmlFiles, siteOriginOf, urlPathOf } from '../support/dist.ts';
import { scanHtml } from '../support/html.ts';
import { checkLinks, formatBroken, internalTarget } from '../support/links.ts';

const distDir = inject('distDir');

describe('links in the built site', () => {
  it('has no broken internal link, image, script, stylesheet or #anchor on any page', () => {
    const report = checkLinks(distDir, { siteOrigin: siteOriginOf(distDir) });
    expect(report.pages).toBeGreaterThan(10);
    expect(report.checked).toBeGreaterThan(report.pages * 10);
    expect(formatBroken(report.broken)).toBe('');
  });

  it('uses only root-relative or absolute URLs on the 404 page, which is served at any address', () => {
    const { refs } = scanHtml(readFileSync(join(distDir, '404.html'), 'utf8'));
    const relative = refs.filter((r) => r.url && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(r.url)).map((r) => r.url);
    expect(relative).toEqual([]);
  });

  it('publishes no content file that no page offers (the files of unpublished entries stay out)', () => {
    const origin = siteOriginOf(distDir);
    const offered = new Set<string>();
    for (const file of listHtmlFiles(distDir)) {
      for (const ref of scanHtml(readFileSync(join(distDir, file), 'utf8')).refs) {
        const target = internalTarget(ref.url, urlPathOf(file), origin);
        if (target) offered.add(decodeURIComponent(target.pathname));
      }
    }
    // Attachments, forms, draft files and videos: the folders the build copies content files into.
    const copied = listFiles(distDir)
      .map((f) => `/${f}`)
      .filter((path) => /^\/(van-ban\/tep|thu-tuc-hanh-chinh\/mau|lay-y-kien\/tep|video\/tep)\//.test(path));
    expect(copied.length).toBeGreaterThan(5);
    expect(copied.filter((path) => !offered.has(path))).toEqual([]);
  });
});
