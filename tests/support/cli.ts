/** Runs the project's CLIs (src/cli/*.ts) the way npm scripts do, on a content folder of the test's choice. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { inject } from 'vitest';

export const root = join(import.meta.dirname, '..', '..');

/** Fixed "today" for publishing rules, so results do not change with the calendar. */
export const TEST_NOW = '2025-06-01T00:00:00+07:00';

/**
 * Runs `node <script> <args>` from the project root with TRANGTIN_CONTENT=content (preview off).
 * `lines` are the non-empty lines of stdout then stderr; `output` is both streams as they came, as
 * plain text: where colours are forced (FORCE_COLOR in CI), Astro wraps words in terminal codes.
 */
export function runCli(script: string, content: string, args: string[] = [], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [script, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TRANGTIN_CONTENT: content, ...tempCache(content), TRANGTIN_NOW: TEST_NOW, TRANGTIN_PREVIEW: '', ...env },
  });
  const stdout = stripVTControlCharacters(run.stdout);
  const output = stdout + stripVTControlCharacters(run.stderr);
  return { status: run.status, output, stdout, lines: output.split('\n').filter(Boolean) };
}

/** Astro's cache of a temporary site goes beside it, so node_modules/.astro does not fill up run after run. */
function tempCache(content: string): { TRANGTIN_CACHE?: string } {
  // Outside the test's folder, which some tests expect to hold only what the build left there.
  return content.startsWith(tmpdir()) ? { TRANGTIN_CACHE: `${dirname(content)}-astro-cache` } : {};
}

/**
 * A fresh temporary folder in the run's own (support/global-setup.ts deletes it when the run ends);
 * with `fixture`, a copy of tests/fixtures/<fixture> inside it at `content/`.
 */
export function tempSite(prefix: string, fixture?: string) {
  const work = mkdtempSync(join(inject('tempRoot'), `${prefix}-`));
  const content = join(work, 'content');
  if (fixture) cpSync(join(root, 'tests/fixtures', fixture), content, { recursive: true });
  return { work, content, out: join(work, 'dist') };
}
