/**
 * Lets Astro start while the build pipeline still copies the published site into the output
 * folder (src/cli/build.ts, src/lib/build/seed.ts): loading the config and syncing the content
 * write nothing there. Astro waits here, before it writes anything, until the pipeline has
 * created the file TRANGTIN_SEED_READY names: the seed is then complete. Without it (a cold
 * build, `astro dev`), nothing waits.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export default function seedGate(): AstroIntegration {
  return {
    name: 'trangtin-seed-gate',
    hooks: {
      'astro:build:start': async () => {
        const ready = process.env.TRANGTIN_SEED_READY;
        if (!ready) return;
        // The pipeline stops Astro when the seed fails; should the pipeline itself die, stop too.
        const parent = process.ppid;
        while (!existsSync(ready)) {
          if (process.ppid !== parent) throw new Error('Quy trình dựng trang đã dừng trước khi chép xong bản đang phát hành.');
          await sleep(20);
        }
      },
    },
  };
}
