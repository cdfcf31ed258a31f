/**
 * npm run bench:build [-- <articles>] [--procedures N] [--documents N] [--incremental] [--lighthouse] [--baseline]
 * How build time and memory grow with a province's archive. `-- --province` measures a whole
 * province of units instead (tests/bench/province-scale.ts).
 *
 * Makes a copy of the sample content grown to <articles> articles (default 2,000: the sample
 * articles repeated with new slugs and dates over the past years), and, when asked, N procedures
 * and N documents (copies of the sample records with new codes and numbers), then runs the real
 * `npm run build` on it and on the sample as it is. Prints, for each: pages, wall time, the time of
 * each phase (check, content sync, bundle, routes and images, search index — from when the build's
 * log lines arrive), pages per second, peak memory of the largest process and of the process tree
 * (Linux /proc). With --incremental, adds one article to the grown copy and builds again: the
 * rebuild's share of the cold build is the incremental ratio (issue 14 asks for ≤ 25 %).
 * --lighthouse runs Lighthouse mobile on the grown catalog's pages and measures its first search.
 * --baseline also builds the grown content with bare Astro and indexes it with the Pagefind CLI
 * (tests/bench/baseline.ts), the yardstick issue 14 sets, in the same run.
 * --content-only <dir> writes the grown content to <dir> and stops.
 * The machines are shared and noisy: read the ratios, not the absolute seconds.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { astroCacheDir } from '../../src/lib/build/cache-dir.ts';
import { stagingPaths } from '../../src/lib/build/swap.ts';
import { sampleNews, sampleDocuments, contentRoot } from '../support/content.ts';
import { listHtmlFiles } from '../support/dist.ts';
import { writeBaseline } from './baseline.ts';
import { serveDirectory } from '../../src/lib/build/static-server.ts';
import { launchLighthouseChrome, runLighthouse } from '../support/lighthouse.ts';
import { build, format, watch } from './measure.ts';

const root = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
// --province: the province-size benchmark, a module of its own.
if (args.includes('--province')) {
  await import('./province-scale.ts');
  process.exit(0);
}
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : 0;
};
const articles = Number(
  args.find((a) => /^\d+$/.test(a) && !['--procedures', '--documents'].includes(args[args.indexOf(a) - 1] ?? '')) ?? 2000,
);
const procedures = option('procedures');
const documents = option('documents');
const incremental = args.includes('--incremental');
const withBaseline = args.includes('--baseline');
const withPhone = args.includes('--lighthouse');

/** Bare Astro over the same content, then the Pagefind CLI over its output (tests/bench/baseline.ts). */
async function baseline(content: string) {
  const dir = mkdtempSync(join(tmpdir(), 'trangtin-baseline-'));
  const out = join(dir, 'dist');
  const commands = writeBaseline(dir, root);
  const started = performance.now();
  const env = { ...process.env, BASELINE_CONTENT: content, BASELINE_OUT: out };
  const astro = await watch(spawn(process.execPath, commands.astro, { cwd: dir, stdio: 'ignore', env }), 'baseline astro build failed');
  const built = performance.now();
  const index = await watch(spawn(commands.pagefind, ['--site', out], { cwd: dir, stdio: 'ignore' }), 'baseline pagefind failed');
  const ended = performance.now();
  const pages = listHtmlFiles(out).length;
  rmSync(dir, { recursive: true, force: true });
  return {
    seconds: (ended - started) / 1000,
    phases: [`astro build ${((built - started) / 1000).toFixed(1)} s`, `pagefind CLI ${((ended - built) / 1000).toFixed(1)} s`],
    peakProcessMB: Math.max(astro.peakProcess, index.peakProcess) / 2 ** 20,
    peakTreeMB: Math.max(astro.peakTree, index.peakTree) / 2 ** 20,
    pages,
    restored: 0,
    inPlace: 0,
    top: '',
    shares: new Map(),
    changedUnits: undefined,
  };
}

/**
 * What a phone gets from the grown site: Lighthouse mobile on the catalog and its largest filter
 * pages (served with gzip, as hosts do), their HTML size, and the bytes of the first search.
 */
async function phoneFigures(out: string) {
  const { url, server } = await serveDirectory(out, { gzip: true });
  const chrome = await launchLighthouseChrome();
  try {
    const catalog = join(out, 'thu-tuc-hanh-chinh');
    const firstPages = readdirSync(catalog, { recursive: true, encoding: 'utf8' })
      .filter((f) => /^(linh-vuc|cap|muc-do|doi-tuong|co-quan)\/[^/]+\/index\.html$/.test(f))
      .sort((a, b) => statSync(join(catalog, b)).size - statSync(join(catalog, a)).size);
    for (const file of ['index.html', ...firstPages.slice(0, 2)]) {
      const path = `/thu-tuc-hanh-chinh/${file.replace(/index\.html$/, '')}`;
      const run = await runLighthouse(chrome, url + path);
      console.log(
        `${path.padEnd(40)} HTML ${(statSync(join(catalog, file)).size / 1024).toFixed(0)} KB, Lighthouse mobile performance ${run.scores.performance}, accessibility ${run.scores.accessibility}`,
      );
    }
  } finally {
    chrome.kill();
    server.close();
  }
  const bytes = spawn(process.execPath, [join(root, 'tests', 'bench', 'search-bytes.ts'), '--transfer-only'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, TRANGTIN_TEST_DIST: out },
  });
  let text = '';
  bytes.stdout.on('data', (c: Buffer) => (text += c.toString()));
  await watch(bytes, 'bench:search failed');
  console.log(text.trim());
}

/** Ten years of archive, 2015–2024, whatever the count: a date in the future would not be published. */
const ARCHIVE_START = Date.UTC(2015, 0, 1);
const ARCHIVE_SPAN = Date.UTC(2025, 0, 1) - ARCHIVE_START;
const archiveDate = (i: number, of: number) => new Date(ARCHIVE_START + Math.floor((i / of) * ARCHIVE_SPAN));

/** The sample content grown to the asked sizes. */
function grownContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trangtin-scale-'));
  cpSync(contentRoot, dir, { recursive: true });
  const news = sampleNews().filter((n) => !n.data.draft && !n.data.cover);
  for (let i = sampleNews().length; i < articles; i++) {
    const source = news[i % news.length]!;
    const date = archiveDate(i, articles);
    const text = readFileSync(join(contentRoot, source.file), 'utf8')
      .replace(/^title: (["']?)(.*)\1$/m, `title: "$2 (bản ${i})"`)
      .replace(/^date: .*$/m, `date: ${date.toISOString().slice(0, 10)}`)
      .replace(/^featured: .*$/m, 'featured: false');
    mkdirSync(join(dir, 'news', String(date.getUTCFullYear())), { recursive: true });
    writeFileSync(join(dir, 'news', String(date.getUTCFullYear()), `${source.slug.slice(0, 60)}-${i}.md`), text);
  }
  const records = readdirSync(join(contentRoot, 'procedures')).filter((f) => f.endsWith('.yaml'));
  for (let i = 0; i < procedures - records.length; i++) {
    const code = `9.${String(i).padStart(6, '0')}`;
    // Related codes point at the sample's records only; a copy keeps none.
    const text = readFileSync(join(contentRoot, 'procedures', records[i % records.length]!), 'utf8')
      .replace(/^code: .*$/m, `code: "${code}"`)
      .replace(/^name: (["']?)(.*)\1$/m, `name: "$2 (bản ${i})"`)
      .replace(/^related:\n(\s+- .*\n)+/m, '');
    writeFileSync(join(dir, 'procedures', `${code}.yaml`), text);
  }
  const docs = sampleDocuments().filter((d) => !d.data.draft);
  for (let i = 0; i < documents - docs.length; i++) {
    const source = docs[i % docs.length]!;
    const date = archiveDate(i, documents);
    // One number per document, and no attachment: two copies of one file would share its URL.
    const text = readFileSync(join(contentRoot, source.file), 'utf8')
      .replace(/^number: .*$/m, `number: "${i}/BENCH-UBND"`)
      .replace(/^issued: .*$/m, `issued: ${date.toISOString().slice(0, 10)}`)
      .replace(/^(effective|expires|file): .*\n/gm, '');
    mkdirSync(join(dir, 'documents', String(date.getUTCFullYear())), { recursive: true });
    writeFileSync(join(dir, 'documents', String(date.getUTCFullYear()), `${source.slug.slice(0, 50)}-${i}.md`), text);
  }
  return dir;
}

// --content-only <dir>: write the grown content there and stop (to profile one step by hand).
const contentOnly = args.includes('--content-only') ? args[args.indexOf('--content-only') + 1] : undefined;
if (contentOnly) {
  cpSync(grownContent(), contentOnly, { recursive: true });
  console.log(`content written to ${contentOnly}`);
  process.exit(0);
}

const label = [`${articles} articles`, procedures && `${procedures} procedures`, documents && `${documents} documents`]
  .filter(Boolean)
  .join(', ');
const sampleOut = mkdtempSync(join(tmpdir(), 'trangtin-scale-out-'));
// Cold means cold: no incremental cache left by an earlier run (astro.config.mjs names it after the content folder).
rmSync(join(root, astroCacheDir({ TRANGTIN_CONTENT: contentRoot })), { recursive: true, force: true });
const sample = await build(contentRoot, sampleOut);
rmSync(sampleOut, { recursive: true, force: true });
rmSync(stagingPaths(sampleOut, basename(sampleOut)).previous, { recursive: true, force: true });
console.log(format('sample', sample));

const grown = grownContent();
const out = mkdtempSync(join(tmpdir(), 'trangtin-scale-out-'));
const large = await build(grown, out);
console.log(format(label, large));
console.log(
  `ratio: ${(large.pages / sample.pages).toFixed(1)}× the pages took ${(large.seconds / sample.seconds).toFixed(1)}× the time and ${(large.peakTreeMB / sample.peakTreeMB).toFixed(1)}× the memory`,
);
if (withPhone) await phoneFigures(out);
if (withBaseline) {
  const bare = await baseline(grown);
  console.log(format('bare Astro + Pagefind CLI', bare));
  console.log(
    `trangtin took ${(large.seconds / bare.seconds).toFixed(2)}× the time of bare Astro + Pagefind CLI, for ${(large.pages / bare.pages).toFixed(2)}× the pages`,
  );
}
if (incremental) {
  // Twice: the first rebuild after a cold build has no older site to start from (src/lib/build/
  // seed.ts copies the whole published one); every later rebuild has.
  // Dated today, as an editor publishes: it lands in the search index's recent news part (an
  // article dated years back would land in an archive part instead).
  const source = readFileSync(join(contentRoot, sampleNews().find((n) => !n.data.draft && !n.data.cover)!.file), 'utf8');
  const today = new Date().toISOString().slice(0, 10);
  mkdirSync(join(grown, 'news', today.slice(0, 4)), { recursive: true });
  for (const n of [1, 2]) {
    const text = source.replace(/^title: (["']?)(.*)\1$/m, `title: "$2 (bài mới ${n})"`).replace(/^date: .*$/m, `date: ${today}`);
    writeFileSync(join(grown, 'news', today.slice(0, 4), `bai-moi-them-vao-${n}.md`), text);
    const again = await build(grown, out);
    console.log(format(n === 1 ? '+1 article, rebuilt' : '+1 more, rebuilt again', again));
    console.log(`incremental: the rebuild took ${((again.seconds / large.seconds) * 100).toFixed(0)} % of the cold build`);
  }
}
rmSync(out, { recursive: true, force: true });
rmSync(stagingPaths(out, basename(out)).previous, { recursive: true, force: true });
rmSync(grown, { recursive: true, force: true });
rmSync(join(root, astroCacheDir({ TRANGTIN_CONTENT: grown })), { recursive: true, force: true });
