/**
 * The URL scheme (src/lib/routes.ts) knows the site: the paths it lists for the sample content,
 * as the checker computes them before any build, are exactly the pages and files the build wrote,
 * and the sitemap lists only such paths. A route added to src/pages/ without routes.ts, or a list
 * that makes pages the scheme does not know of (or the reverse), fails here. The fixture build in
 * build-pipeline.test.ts runs the same comparison with a rescinded procedure in a field of its own.
 */
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { NO_DRIFT, schemeDrift } from '../support/routes.ts';
import { contentRoot } from '../support/content.ts';
import { EXAMPLE_NAMES } from '../examples/examples.ts';

const root = join(import.meta.dirname, '..', '..');

describe('URL scheme', () => {
  it('lists exactly the pages and files the build writes for the sample content, and the sitemap stays inside it', () => {
    const { pages, ...drift } = schemeDrift(contentRoot, join(root, 'public'), inject('distDir'), new Date(), false, EXAMPLE_NAMES);
    expect(pages).toBeGreaterThan(100);
    expect(drift).toEqual(NO_DRIFT);
  });
});
