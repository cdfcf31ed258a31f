/**
 * Astro waits at the start of its build until the pipeline says the seed is in place
 * (src/integrations/seed-gate.ts); a cold build does not wait.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import seedGate from '../../src/integrations/seed-gate.ts';
import { tempDir } from '../support/temp-dir.ts';

const buildStart = () => (seedGate().hooks['astro:build:start'] as () => Promise<void>)();

describe('the seed gate', () => {
  afterEach(() => {
    delete process.env.TRANGTIN_SEED_READY;
  });

  it('holds Astro until the ready file exists', async () => {
    const dir = tempDir('gate');
    const ready = join(dir, 'next.seeded');
    process.env.TRANGTIN_SEED_READY = ready;
    let passed = false;
    const gate = buildStart().then(() => (passed = true));
    await sleep(150);
    expect(passed).toBe(false);
    writeFileSync(ready, '');
    await gate;
    expect(passed).toBe(true);
  });

  it('does not wait when nothing is seeded', async () => {
    await expect(buildStart()).resolves.toBeUndefined();
  });
});
