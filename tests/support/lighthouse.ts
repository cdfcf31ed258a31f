/**
 * Mobile Lighthouse (its default: a mid-range phone on a slow 4G network, simulated) in Debian's
 * Chromium. lighthouse is pinned to 12.2.3: newer versions need a lock file this registry refuses.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from './browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseRun {
  /** Scores from 0 to 100, per category. */
  scores: Record<Category, number>;
  /** Cumulative layout shift, unitless (0 is no shift). */
  cls: number;
  /** Audits that lost points, with their score, to say what to fix. */
  failing: string[];
}

/** One Chromium for many runs (Lighthouse opens a fresh tab and clears storage for each). */
export function launchLighthouseChrome(): Promise<LaunchedChrome> {
  return launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
}

export async function runLighthouse(chrome: LaunchedChrome, url: string): Promise<LighthouseRun> {
  const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
  const failing = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id]!.score}) ${lhr.audits[ref.id]!.displayValue ?? ''}`.trim()),
  );
  return { scores, cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN, failing };
}
