/**
 * The security headers the build writes beside a site (src/lib/build/csp.ts) hold for every page:
 * served with them, as a host configured from `_headers` or the nginx include would serve it, one
 * page of every template runs (display settings, the search's WebAssembly, the YouTube player on
 * Play) without a single Content-Security-Policy violation.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { serveDirectory } from '../../src/lib/build/static-server.ts';
import { openPage, useBrowser } from '../support/browser.ts';
import { representativeTemplates } from '../support/templates.ts';
import { hostHeaders } from '../support/dist.ts';

const distDir = inject('distDir');
/** What a static host sends for every page, from the site's `_headers`. */
const headers = hostHeaders(distDir, '/*');

let baseUrl = '';
let server: Server;
const browser = useBrowser();
beforeAll(async () => {
  ({ url: baseUrl, server } = await serveDirectory(distDir, { headers }));
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('Content-Security-Policy of the built site', () => {
  it("allows no inline code but the site's own, and nothing from another host", () => {
    const policy = headers['Content-Security-Policy']!;
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' ('sha256-[A-Za-z0-9+/=]+' ?)+;/);
    expect(policy).toMatch(/style-src 'self' ('sha256-[A-Za-z0-9+/=]+' ?)+;/);
    expect(readFileSync(join(distDir, 'security-headers.nginx.conf'), 'utf8')).toContain(
      `add_header Content-Security-Policy "${policy}" always;`,
    );
  });

  it('is not violated by one page of any template, the search with results, or the YouTube player', async () => {
    const { page, context } = await openPage(browser(), baseUrl);
    await context.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const found: string[] = [];
    const check = async (path: string) => {
      const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
      found.push(...violations.map((v) => `${path}: ${v}`));
    };
    for (const { path, waitFor } of representativeTemplates(distDir)) {
      await page.goto(baseUrl + path, { waitUntil: 'load' });
      if (waitFor) await page.waitForSelector(waitFor);
      await check(path);
    }
    // A YouTube video (the component example: the sample's videos are self-hosted): its player is a
    // frame of youtube-nocookie.com once Play is pressed.
    const video = '/mau-giao-dien/video-youtube/';
    await page.goto(baseUrl + video);
    await page.locator('[data-module="youtube"] [data-play]').click();
    await page.waitForSelector('[data-module="youtube"] iframe');
    await check(`${video} (Play)`);
    expect(found).toEqual([]);
    await context.close();
  });
});
