/**
 * Two projects: `unit` (pure logic, milliseconds) and `site` (the sample site built once by
 * global-setup.ts, then checked as files and in Chromium).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          root: import.meta.dirname + '/..',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          root: import.meta.dirname + '/..',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores and the build already used them.
          fileParallelism: false,
        },
      },
    ],
  },
});
