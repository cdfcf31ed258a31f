/**
 * npm run build [-- --preview] — checks all content first (stops with the list of problems), then
 * runs `astro build` into a temporary folder, then the search index (src/cli/index-search.ts), and
 * swaps the folder into place only when both succeeded. The destination is TRANGTIN_OUT, or dist/.
 * `--preview` (or TRANGTIN_PREVIEW=1) also builds drafts and future articles, for editors to review.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { buildAndSwap } from '../lib/build/swap.ts';

const previewFlag = process.argv.includes('--preview');
// The checker, Astro and the indexer read TRANGTIN_PREVIEW from the environment they inherit.
if (previewFlag) process.env.TRANGTIN_PREVIEW = '1';

const checker = join(import.meta.dirname, 'check.ts');
const indexer = join(import.meta.dirname, 'index-search.ts');
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const final = resolve(process.env.TRANGTIN_OUT ?? 'dist');

// Each step is a process of its own, started when the one before has ended and freed its memory
// (the checker holds every content file while it runs: 600 MB at 50,000 articles).
const check = spawnSync(process.execPath, [checker, '--quiet'], { stdio: 'inherit' });
if (check.status !== 0) {
  console.log(`Chưa dựng trang: cần sửa các lỗi trên trước. Bản đang có ở ${final} giữ nguyên.`);
  process.exit(1);
}

// The same staging folder on every build of this output folder (named after it): Astro writes the
// output folder's path into its image module, and a path that changed would make its incremental
// build render every page again. (So two builds of one site must not run at once.)
const ok = await buildAndSwap(final, (next) => {
  const astro = spawnSync(process.execPath, [astroBin, 'build'], { stdio: 'inherit', env: { ...process.env, TRANGTIN_OUT: next } });
  if (astro.status !== 0) return false;
  const index = spawnSync(process.execPath, [indexer, next, final], { stdio: 'inherit' });
  return index.status === 0;
}, basename(final));
if (!ok) {
  console.error(`Dựng trang thất bại: bản đang có ở ${final} giữ nguyên.`);
  process.exit(1);
}
console.log(`Đã dựng xong${previewFlag || process.env.TRANGTIN_PREVIEW === '1' ? ' (bản xem trước, gồm bản nháp và bài hẹn ngày)' : ''}: ${final}`);
