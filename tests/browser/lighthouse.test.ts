/**
 * Mobile Lighthouse on one page of every template, served with gzip as a host would serve it:
 * performance at least 95, accessibility, best practices and SEO 100, and no layout shift
 * (CLS at most 0.02: what loads late has its place reserved). Scores are written to
 * tests/.output/lighthouse.json and printed at the end.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { LaunchedChrome } from 'chrome-launcher';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchLighthouseChrome, runLighthouse, type LighthouseRun } from '../support/lighthouse.ts';
import { serveDirectory } from '../support/server.ts';
import { EXAMPLES, representativeTemplates } from '../support/templates.ts';

const distDir = inject('distDir');
// What citizens get: the component examples are never published.
const templates = representativeTemplates(distDir).filter((t) => !t.name.startsWith(EXAMPLES));
const MIN_SCORES = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const MAX_CLS = 0.02;
/** The 404 page is served at any address, so it is kept out of search engines on purpose. */
const EXPECTED_SEO_FAILURES: Record<string, string[]> = { 'not-found': ['is-crawlable'] };

let chrome: LaunchedChrome;
let server: Server;
let baseUrl: string;
const runs: Record<string, LighthouseRun & { path: string }> = {};

beforeAll(async () => {
  ({ url: baseUrl, server } = await serveDirectory(distDir, { gzip: true }));
  chrome = await launchLighthouseChrome();
});

afterAll(async () => {
  chrome?.kill();
  await new Promise((done) => server?.close(done));
  const outputDir = join(import.meta.dirname, '..', '.output');
  mkdirSync(outputDir, { recursive: true });
  writeFileSync(join(outputDir, 'lighthouse.json'), JSON.stringify(runs, null, 2));
  const rows = Object.entries(runs).map(([name, r]) => `${name.padEnd(20)} ${Object.values(r.scores).map((s) => String(s).padStart(4)).join(' ')}   ${r.cls.toFixed(3)}`);
  console.log(`Lighthouse (mobile, gzip)  perf a11y  b-p  seo   CLS\n${rows.join('\n')}`);
});

describe('Lighthouse (mobile, served with gzip)', () => {
  it.each(templates)('$name ($path): performance ≥ 95, the rest 100, CLS ≤ 0.02', async ({ name, path }) => {
    const run = await runLighthouse(chrome, baseUrl + path);
    runs[name] = { path, ...run };
    const seoFailures = EXPECTED_SEO_FAILURES[name];
    for (const [category, min] of Object.entries(MIN_SCORES)) {
      if (category === 'seo' && seoFailures) continue;
      expect(run.scores[category as keyof typeof MIN_SCORES], `${category}; audits that lost points:\n${run.failing.join('\n')}`).toBeGreaterThanOrEqual(min);
    }
    if (seoFailures) expect(run.failing.filter((f) => f.startsWith('seo: ')).map((f) => f.split(' ')[1])).toEqual(seoFailures);
    expect(run.cls, 'cumulative layout shift').toBeLessThanOrEqual(MAX_CLS);
  });
});
