/**
 * npm run bench:build [-- <articles>] [--procedures N] [--documents N] [--incremental] [--lighthouse] [--baseline]
 * How build time and memory grow with a province's archive.
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
import { spawn, type ChildProcess } from 'node:child_process';
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

const root = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
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

/** Resident memory of each process of a tree (Linux /proc), in bytes. */
function treeRss(pid: number, out: number[] = []): number[] {
  try {
    out.push(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024);
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean))
        treeRss(Number(child), out);
    }
  } catch {
    /* the process ended while we looked */
  }
  return out;
}

/** Log lines that start each phase of the build, in order. */
const MARKS: [phase: string, pattern: RegExp][] = [
  ['content sync', /\[content\] Syncing content/],
  ['bundle', /Building static entrypoints/],
  ['routes + images', /generating static routes/i],
  // The index is built after Astro exits (src/cli/build.ts says when; src/cli/index-search.ts logs one line at the end).
  ['search index', /^\[dựng\] lập chỉ mục tìm kiếm/],
  ['end', /^\[tìm kiếm\]/],
];

/** Waits for a process, sampling the memory of its tree; throws `failure` when it fails. */
async function watch(child: ChildProcess, failure: string) {
  let peakProcess = 0;
  let peakTree = 0;
  const timer = setInterval(() => {
    const sizes = treeRss(child.pid!);
    peakProcess = Math.max(peakProcess, ...sizes);
    peakTree = Math.max(
      peakTree,
      sizes.reduce((a, b) => a + b, 0),
    );
  }, 200);
  const status = await new Promise<number | null>((done) => child.on('exit', done));
  clearInterval(timer);
  if (status !== 0) throw new Error(failure);
  return { peakProcess, peakTree };
}

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
  };
}

async function build(content: string, out: string) {
  const started = performance.now();
  const child = spawn('npm', ['run', 'build', '--silent'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, TRANGTIN_CONTENT: content, TRANGTIN_OUT: out, TRANGTIN_LOG_PAGES: '1' },
  });
  const seen = new Map<string, number>();
  // With TRANGTIN_LOG_PAGES=1 the build lists each page it writes ("├─ /path/index.html",
  // src/integrations/build-log.ts), marked "(restored)" when the incremental build copied it from
  // its cache and "(cached)" when it found it in place (a seeded build).
  let restored = 0;
  let inPlace = 0;
  const rendered = new Map<string, number>();
  let rest = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      for (const [phase, pattern] of MARKS) if (!seen.has(phase) && pattern.test(line)) seen.set(phase, performance.now());
      const page = /├─ (\/\S*)/.exec(line)?.[1];
      if (!page) continue;
      if (/\((restored|cached)\)/.test(line)) restored++;
      if (/\(cached\)/.test(line)) inPlace++;
      else {
        const section = page.split('/').slice(0, 3).join('/');
        rendered.set(section, (rendered.get(section) ?? 0) + 1);
      }
    }
  });
  const { peakProcess, peakTree } = await watch(child, `build failed on ${content}`);
  const ended = performance.now();
  const times = [started, ...MARKS.map(([phase]) => seen.get(phase))];
  // The check runs beside Astro's start (src/cli/build.ts), which shows its log once the check passed.
  const phases = ['seed + check', ...MARKS.slice(0, -1).map(([p]) => p)].map((name, i) => {
    const from = times[i];
    const to = times.slice(i + 1).find((t) => t !== undefined) ?? ended;
    return `${name} ${from === undefined ? '–' : ((to - from) / 1000).toFixed(1)} s`;
  });
  const top = [...rendered]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([section, n]) => `${section} ${n}`)
    .join(', ');
  return {
    seconds: (ended - started) / 1000,
    phases,
    peakProcessMB: peakProcess / 2 ** 20,
    peakTreeMB: peakTree / 2 ** 20,
    pages: listHtmlFiles(out).length,
    restored,
    inPlace,
    top,
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

const format = (name: string, r: Awaited<ReturnType<typeof build>>) =>
  `${name.padEnd(26)} ${String(r.pages).padStart(6)} pages  ${r.seconds.toFixed(1).padStart(6)} s  ${(r.pages / r.seconds).toFixed(0).padStart(4)} pages/s  largest process ${r.peakProcessMB.toFixed(0)} MB, tree ${r.peakTreeMB.toFixed(0)} MB\n${' '.repeat(28)}${r.phases.join(' · ')}` +
  (r.restored
    ? `\n${' '.repeat(28)}${r.restored} pages reused from the last build (${r.inPlace} found in place); rendered most: ${r.top}`
    : '');

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
