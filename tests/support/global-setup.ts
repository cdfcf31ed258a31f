/**
 * Builds the sample site once with the real build command, with the component examples
 * (tests/examples/), then serves it on localhost.
 * TRANGTIN_TEST_DIST=<dir> reuses an existing build (handy while writing tests).
 * Also makes the run's temporary folder (tempRoot), where tests build their own sites
 * (support/cli.ts tempSite), and deletes it when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSampleSite, root } from './sample-site.ts';
import { serveDirectory } from '../../src/lib/build/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
    tempRoot: string;
  }
}

export default async function setup(project: TestProject) {
  let distDir = process.env.TRANGTIN_TEST_DIST;
  if (!distDir) {
    distDir = join(root, 'tests', '.output', 'site');
    buildSampleSite(distDir, { examples: true });
  }
  const { url, server } = await serveDirectory(distDir);
  const tempRoot = mkdtempSync(join(tmpdir(), 'trangtin-tests-'));
  project.provide('baseUrl', url);
  project.provide('distDir', distDir);
  project.provide('tempRoot', tempRoot);
  return async () => {
    await new Promise<void>((done) => server.close(() => done()));
    rmSync(tempRoot, { recursive: true, force: true });
  };
}
