/** Builds the sample site with the real build command, as the tests and the browser benchmarks see it. */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from './content.ts';

export const root = join(import.meta.dirname, '..', '..');

/**
 * Builds the tests' district (tests/fixtures/district, support/content.ts) into `distDir` (emptied first) with `npm run build`; `examples` adds the
 * component examples (tests/examples/), which a unit's published site never has.
 */
export function buildSampleSite(distDir: string, { examples }: { examples: boolean }): void {
  rmSync(distDir, { recursive: true, force: true });
  const started = Date.now();
  execFileSync('npm', ['run', 'build', '--silent'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TRANGTIN_CONTENT: contentRoot, TRANGTIN_OUT: distDir, ...(examples && { TRANGTIN_EXAMPLES: '1' }) },
  });
  console.log(`sample site built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Builds the demo province (content/, every unit, on its own pinned day) into `distDir` (emptied first). */
export function buildDemoProvince(distDir: string): void {
  rmSync(distDir, { recursive: true, force: true });
  execFileSync('npm', ['run', 'build', '--silent', '--', '--all'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TRANGTIN_CONTENT: join(root, 'content'), TRANGTIN_OUT: distDir, TRANGTIN_NOW: '' },
  });
}
