/**
 * Three tiers, each a Vitest project:
 * - `unit`: pure logic, milliseconds;
 * - `site`: the sample site built once by global-setup.ts, then checked as files, by the build's
 *   own commands and by the fast browser checks (search, navigation, keyboard, axe in one font);
 * - `slow`: every template in Chromium in two font families, at three widths and three display
 *   modes (layout and axe), with screenshots; the web editor against decap-server (writing,
 *   refusing, the editorial workflow, a procedure edited then built).
 * `npm test` runs the first two (under five minutes on two cores); `npm run test:slow` the third;
 * Lighthouse's scores are figures a script prints (`npm run bench:lighthouse`). `.ci/run` runs all.
 */
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname + '/..';
// The tests' unit: a live district in the one-unit layout (tests/fixtures/district), not the demo
// province of content/, which tests/build/province.test.ts builds on its own.
const env = { TRANGTIN_CONTENT: root + '/tests/fixtures/district' };
const site = {
  root,
  env,
  globalSetup: ['tests/support/global-setup.ts'],
  // Generous: a check fails on what it asserts, never because a busy machine was slow.
  testTimeout: 180_000,
  hookTimeout: 300_000,
  // One Chromium at a time: the machine has two cores and the build already used them.
  fileParallelism: false,
};

export default defineConfig({
  test: {
    projects: [
      {
        // decap-cms-locales is ES modules without file extensions or "type": Vite reads it, Node cannot.
        test: { name: 'unit', root, env, include: ['tests/unit/**/*.test.ts'], server: { deps: { inline: ['decap-cms-locales'] } } },
      },
      { test: { name: 'site', include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'], ...site } },
      { test: { name: 'slow', include: ['tests/slow/**/*.test.ts'], ...site } },
    ],
  },
});
