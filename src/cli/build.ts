/**
 * npm run build [-- --preview] [-- --unit <id>] [-- --all] — checks all content (stops with the list
 * of problems), runs `astro build` into a temporary folder, copies the files content names
 * (src/cli/content-files.ts), builds the search index (src/cli/index-search.ts), and swaps the
 * folder into place only when every step succeeded. The destination is TRANGTIN_OUT, or dist/.
 * `--preview` (or TRANGTIN_PREVIEW=1) also builds drafts and future articles, for editors.
 * A repository of many units builds each into dist/<unit id>/: the units named with --unit, or
 * those whose inputs changed since the last build (--all: every one); the others' folders stay.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { astroCacheDir } from '../lib/build/cache-dir.ts';
import { canSeed, pruneSeed, seedFrom, stampPublished } from '../lib/build/seed.ts';
import { buildAndSwap } from '../lib/build/swap.ts';
import { SEARCH_INDEX_DIR } from '../lib/routes.ts';
import { arrangeUnitSites } from '../lib/build/unit-output.ts';
import { scanSitePages } from '../lib/build/site-pages.ts';
import { unitArgs } from '../lib/units/units.ts';
import { readDigests, unitDigests, writeDigests } from '../lib/build/unit-digests.ts';
import { vietnamDate } from '../lib/dates.ts';
import type { ContentFileCopy } from './content-files.ts';

// --unit <id> (again, or comma-separated, for more): only those units are built; the others'
// published folders are left as they are. The checker, Astro and the indexer read TRANGTIN_UNITS.
const named = unitArgs(process.argv);
if (named.length) process.env.TRANGTIN_UNITS = named.join(',');
const { allUnitIds, demoToday, layout, multiUnit, sharedDir, unitDir, unitIds } = await import('../data/units.ts').catch(
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
const { archivedUnits, unitsIndexPage, writeArchiveRedirects, writeSecurityHeaders } = await import('./unit-sites.ts');
const { childUnitIds } = await import('../data/config.ts');
const { contentFileCopies, copyContentFiles } = await import('./content-files.ts');

const previewFlag = process.argv.includes('--preview');
// The checker, Astro and the indexer read TRANGTIN_PREVIEW from the environment they inherit.
if (previewFlag) process.env.TRANGTIN_PREVIEW = '1';
// One moment for every step (src/data/build-env.ts): the check, Astro and the copies agree on
// what is published, even for an article scheduled for the very second the build runs.
const buildTime = new Date((process.env.TRANGTIN_NOW ||= demoToday() ?? new Date().toISOString()));

const checker = join(import.meta.dirname, 'check.ts');
const indexer = join(import.meta.dirname, 'index-search.ts');
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const final = resolve(process.env.TRANGTIN_OUT ?? 'dist');
const cacheDir = resolve(astroCacheDir());

// A repository of many units, without --unit: only the units whose inputs changed since their
// folders were published are made (src/lib/build/unit-digests.ts); --all makes every one.
const digestsFile = join(cacheDir, 'trangtin-unit-digests.json');
const digests = multiUnit
  ? unitDigests({
      root: process.cwd(),
      // Every unit's site.yaml too: units show each other's names and addresses (successors, the directory).
      common: [
        sharedDir,
        'src',
        'public',
        'astro.config.mjs',
        'package-lock.json',
        ...allUnitIds.map((u) => join(unitDir(u), 'site.yaml')),
      ],
      extra: JSON.stringify([vietnamDate(buildTime), process.env.TRANGTIN_PREVIEW, process.env.TRANGTIN_EXAMPLES]),
      // A province's directory shows when its communes' contacts were last checked (their pages/).
      unitInputs: new Map(unitIds.map((u) => [u, [unitDir(u), ...childUnitIds(u).map((c) => join(unitDir(c), 'pages'))]])),
    })
  : undefined;
const published = readDigests(digestsFile);
const selected =
  named.length || !digests || process.argv.includes('--all')
    ? unitIds
    : unitIds.filter((u) => published[u] !== digests.get(u) || !existsSync(join(final, u)));
if (selected.length === 0) {
  console.log(`Không đơn vị nào thay đổi từ lần dựng trước: ${final} giữ nguyên (npm run build -- --all để dựng lại tất cả).`);
  process.exit(0);
}
if (selected.length < unitIds.length) {
  process.env.TRANGTIN_UNITS = selected.join(',');
  console.log(`[dựng] ${selected.length}/${unitIds.length} đơn vị có thay đổi: ${selected.join(', ')}`);
}
/** Each unit's search index; the units not built this time, left alone. */
const indexFolders = selected.map((u) => (u ? `${u}/${SEARCH_INDEX_DIR}` : SEARCH_INDEX_DIR));
const notBuilt = allUnitIds.filter((u) => !selected.includes(u));

interface Run {
  status: Promise<number>;
  /** What it printed, kept back until `release` is called; then printed as it comes. */
  release: () => void;
  stop: () => void;
}

/** Starts `node <args>`, holding back its output (colours kept where the terminal shows them). */
function start(args: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...(process.stdout.isTTY && { FORCE_COLOR: '1' }), ...env },
  });
  const held: [NodeJS.WriteStream, string][] = [];
  let released = false;
  const emit = (to: NodeJS.WriteStream, text: string) => {
    if (!text) return;
    if (released) to.write(text);
    else held.push([to, text]);
  };
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    from.setEncoding('utf8');
    from.on('data', (chunk: string) => emit(to, chunk));
  }
  const status = new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
  return {
    status,
    release: () => {
      released = true;
      for (const [to, chunk] of held.splice(0)) to.write(chunk);
    },
    stop: () => child.kill(),
  };
}

// The check runs beside Astro (it needs one core and little memory) and decides: when it finds
// problems, Astro is stopped and only the problems are shown, in the editors' words.
const checkStarted = performance.now();
const check = start([checker, '--quiet']);
check.release();
const checked = check.status.then((status) => {
  if (status === 0)
    console.log(
      `[dựng] kiểm tra nội dung xong trong ${((performance.now() - checkStarted) / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} s`,
    );
  return status;
});

// Once the check passed, the files content names are listed here while Astro builds (the check
// and Astro each keep one core busy until then); they are copied once Astro has exited.
const contentFiles: Promise<{ copies: ContentFileCopy[] } | { error: unknown }> = checked
  .then((status) =>
    status === 0
      ? contentFileCopies(
          { ...layout, units: selected, archived: archivedUnits(selected) },
          buildTime,
          process.env.TRANGTIN_PREVIEW === '1',
        )
      : [],
  )
  .then(
    (copies) => ({ copies }),
    (error: unknown) => ({ error }),
  );

// The same staging folder on every build of this output folder (named after it): Astro writes the
// output folder's path into its image module, and a path that changed would make its incremental
// build render every page again. (So two builds of one site must not run at once.)
const ok = await buildAndSwap(
  final,
  async (next, previous) => {
    // The seed is copied while Astro starts and syncs content; Astro waits for it before it writes
    // anything (src/integrations/seed-gate.ts). The spare is moved in before Astro starts.
    const ready = `${next}.seeded`;
    rmSync(ready, { force: true });
    const seedStarted = performance.now();
    const seeding = canSeed(cacheDir, final)
      ? seedFrom(final, next, indexFolders, previous, notBuilt).then((seed) => {
          writeFileSync(ready, '');
          console.log(
            `[dựng] bắt đầu từ bản đang phát hành: chép ${seed.copied} tệp, xóa ${seed.deleted} tệp, trong ${Math.round(performance.now() - seedStarted)} ms`,
          );
          return seed;
        })
      : undefined;
    const astro = start([astroBin, 'build'], {
      ...process.env,
      TRANGTIN_OUT: next,
      ...(seeding && { TRANGTIN_SEEDED: '1', TRANGTIN_SEED_READY: ready }),
    });
    try {
      const seed = await seeding;
      if ((await checked) !== 0) {
        astro.stop();
        await astro.status;
        return false;
      }
      astro.release();
      if ((await astro.status) !== 0) return false;
      // Every page of the units built, read once: the images each unit shows, the inline code its policy allows.
      const pages = new Map(selected.map((unit) => [unit, scanSitePages(join(next, unit))]));
      arrangeUnitSites(next, resolve('public'), selected, unitsIndexPage, (unit) => pages.get(unit)!.images);
      writeArchiveRedirects(next, selected);
      writeSecurityHeaders(next, pages);
      const files = await contentFiles;
      if ('error' in files) {
        console.error(files.error instanceof Error ? files.error.message : files.error);
        return false;
      }
      // Before the seed is pruned: a file copied again is newer than the seed, so it stays.
      await copyContentFiles(files.copies, next);
      console.log(`[dựng] đã chép ${files.copies.length} tệp đính kèm văn bản, tệp mẫu thủ tục, tệp dự thảo và tệp video`);
      if (seed) {
        const gone = pruneSeed(next, seed.since, cacheDir, [...indexFolders, ...notBuilt]);
        if (gone.length)
          console.log(
            `[dựng] xóa ${gone.length} tệp không còn trong bản mới (${gone.slice(0, 3).join(', ')}${gone.length > 3 ? ', …' : ''})`,
          );
      }
    } catch (error) {
      // The seed, or the copies or the pruning after Astro, failed: Astro, if it still runs, must
      // not go on writing into the folder about to be deleted.
      astro.stop();
      await astro.status;
      throw error;
    } finally {
      rmSync(ready, { force: true });
    }
    // The indexer, a process of its own started once Astro has exited and freed its memory.
    console.log('[dựng] lập chỉ mục tìm kiếm…');
    const index = start([indexer, next, final, cacheDir]);
    index.release();
    return (await index.status) === 0;
  },
  basename(final),
  // Some units only: their folders are swapped in, the others' stay as they are.
  notBuilt.length ? selected : undefined,
);
if (!ok) {
  if ((await checked) !== 0) console.log(`Chưa dựng trang: cần sửa các lỗi trên trước. Bản đang có ở ${final} giữ nguyên.`);
  else console.error(`Dựng trang thất bại: bản đang có ở ${final} giữ nguyên.`);
  process.exit(1);
}
stampPublished(cacheDir, final);
if (digests) writeDigests(digestsFile, { ...published, ...Object.fromEntries(selected.map((u) => [u, digests.get(u)!])) });
console.log(
  `Đã dựng xong${previewFlag || process.env.TRANGTIN_PREVIEW === '1' ? ' (bản xem trước, gồm bản nháp và bài hẹn ngày)' : ''}: ${final}`,
);
