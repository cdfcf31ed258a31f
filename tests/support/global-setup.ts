/**
 * Builds the sample site once with the real build command, with the component examples
 * (src/data/examples.ts), then serves it on localhost.
 * TRANGTIN_TEST_DIST=<dir> reuses an existing build (handy while writing tests).
 * Also makes the run's temporary folder (tempRoot), where tests build their own sites
 * (support/cli.ts tempSite), and deletes it when the run ends.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDirectory } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
    tempRoot: string;
  }
}

export default async function setup(project: TestProject) {
  const root = join(import.meta.dirname, '..', '..');
  let distDir = process.env.TRANGTIN_TEST_DIST;
  if (!distDir) {
    distDir = join(root, 'tests', '.output', 'site');
    rmSync(distDir, { recursive: true, force: true });
    const started = Date.now();
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit', env: { ...process.env, TRANGTIN_OUT: distDir, TRANGTIN_EXAMPLES: '1' } });
    console.log(`sample site built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
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
