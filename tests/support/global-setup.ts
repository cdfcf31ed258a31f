/**
 * Builds the sample site once with the real build command, with the component examples
 * (src/data/examples.ts), then serves it on localhost.
 * TRANGTIN_TEST_DIST=<dir> reuses an existing build (handy while writing tests).
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDirectory } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
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
  project.provide('baseUrl', url);
  project.provide('distDir', distDir);
  return () => new Promise<void>((done) => server.close(() => done()));
}
