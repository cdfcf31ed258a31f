/**
 * Builds the Pagefind search index over a built site, after Astro has exited (src/cli/build.ts):
 * the index then never shares memory with the page build.
 *
 * Each searchable page (BaseLayout's data-pagefind-body) is normalised to NFC and given, as
 * searchable metadata, the folded forms of its đ-words and the full forms of its abbreviations
 * (src/lib/search/index-words.ts). The prepared copies go to Pagefind from memory: the added words
 * reach the index without being shipped in the page. A large site is indexed in parts
 * (src/lib/search/parts.ts), one at a time; a part whose pages did not change since the last
 * build is kept (a seeded build has it already) or copied from it instead of indexed again.
 * Any Pagefind error fails the build.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import * as pagefind from 'pagefind';
import { paths, SEARCH_ARCHIVE_DIR, SEARCH_INDEX_DIR, SEARCH_RECENT_DIR } from '../routes.ts';
import { DATE_RUNS_FILE, dateRuns } from '../search/date-order.ts';
import { prepareForIndex, searchableSection } from '../search/index-words.ts';
import { planIndex, type ArchiveManifest, type PageForIndex } from '../search/parts.ts';
import type { Synonym } from '../search/synonyms.ts';
import { nfc } from '../text.ts';

/** Written in each part's folder: the pages it holds, to reuse it when they did not change. */
const PART_STAMP = 'trangtin-part.json';
/**
 * Pagefind's ready-made interfaces, which the site does not use (it has its own search page), and
 * its web worker (the search page runs Pagefind on its own thread: src/scripts/pagefind-api.ts).
 */
const UNUSED_FILES = /^pagefind-(component-ui|modular-ui|ui|highlight|worker)\.(js|css)$/;

export interface IndexOptions {
  synonyms: readonly Synonym[];
  /**
   * A file where the first pass keeps what it learned of each page (size and time as read, digest,
   * year): the next run reads again only the pages whose size or time changed — after a seeded
   * build (src/lib/build/seed.ts), those Astro wrote.
   */
  pageNotes?: string;
  /** The site as last published: unchanged parts are copied from it. */
  previous?: string;
  partPages?: number;
  /** The `kind` filter value of news articles (the archive parts hold old news). */
  newsKind: string;
}

export interface IndexReport {
  pages: number;
  files: number;
  /** Milliseconds of the first pass, which reads every built page. */
  readMs: number;
  parts: { name: string; pages: number; reused: boolean }[];
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind: lỗi khi ${step}:\n${errors.join('\n')}`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** A searchable page's date sort key (src/components/SearchData.astro), its year on news. */
const SORT_DATE = /data-pagefind-sort="date:([^"]*)"/;
/** A part made by another Pagefind version is not reused: every part must match the main one's script. */
const PAGEFIND_VERSION = pagefindVersion();

function pagefindVersion(): string {
  // The package does not export its package.json: look for it above its entry point.
  for (let dir = dirname(fileURLToPath(import.meta.resolve('pagefind'))); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8'));
      if (pkg.name === 'pagefind') return String(pkg.version);
    }
  }
  throw new Error('Pagefind: không tìm thấy package.json của pagefind');
}

/** What the first pass learned of one built page; `digest` and `date` only for a searchable page. */
interface PageNote {
  size: number;
  mtime: number;
  digest?: string;
  /** Its date sort key; null when it has none (Pagefind leaves it out of sorted searches). */
  date?: string | null;
  newsYear?: number;
}

function readPageNotes(file: string | undefined): Record<string, PageNote> {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

/** Indexes the site in `outDir` into `outDir/pagefind/` (and its archive parts); returns what it did. */
export async function buildSearchIndex(outDir: string, options: IndexOptions): Promise<IndexReport> {
  const newsFilter = `data-pagefind-filter="kind:${options.newsKind}"`;
  try {
    // First pass, light: which pages are searchable, their year if news, and a digest of what
    // the index reads from each (its data-pagefind-body element, as built).
    const readStarted = performance.now();
    const files = htmlFiles(outDir);
    const pages: PageForIndex[] = [];
    const digests = new Map<string, string>();
    const dates = new Map<string, string>();
    const known = readPageNotes(options.pageNotes);
    const notes: Record<string, PageNote> = {};
    for (const file of files) {
      const path = join(outDir, file);
      let note = known[file];
      const stat = statSync(path);
      // (Notes written before dates were kept lack them: such a page is read again.)
      if (
        !note ||
        note.size !== stat.size ||
        note.mtime !== Math.round(stat.mtimeMs) ||
        (note.digest !== undefined && note.date === undefined)
      ) {
        const html = readFileSync(path, 'utf8');
        // Editors paste NFD text now and then: ship and index one form, so find-in-page works too.
        const normal = nfc(html);
        if (normal !== html) writeFileSync(path, normal);
        const section = searchableSection(normal);
        const date = SORT_DATE.exec(normal)?.[1];
        const year = normal.includes(newsFilter) ? Number(date?.slice(0, 4)) : NaN;
        const written = normal === html ? stat : statSync(path);
        note = {
          size: written.size,
          mtime: Math.round(written.mtimeMs),
          ...(section !== undefined && { digest: createHash('sha256').update(file).update('\u0000').update(section).digest('hex') }),
          ...(section !== undefined && { date: date ?? null }),
          ...(Number.isFinite(year) && { newsYear: year }),
        };
      }
      notes[file] = note;
      if (note.digest === undefined) continue;
      pages.push({ file, ...(note.newsYear !== undefined && { newsYear: note.newsYear }) });
      digests.set(file, note.digest);
      if (typeof note.date === 'string') dates.set(file, note.date);
    }
    if (pages.length === 0) fail('lập chỉ mục', ['không có trang nào được đánh dấu data-pagefind-body']);

    const plan = planIndex(pages, options.partPages);
    const indexRoot = join(outDir, SEARCH_INDEX_DIR);
    const recentDir = join(indexRoot, SEARCH_RECENT_DIR);
    const parts = [
      { name: '', dir: indexRoot, files: plan.main },
      ...(plan.recent.length ? [{ name: 'tin gần đây', dir: recentDir, files: plan.recent }] : []),
      ...plan.archive.map((p) => ({ name: p.name, dir: join(indexRoot, SEARCH_ARCHIVE_DIR, p.name), files: p.files })),
    ];
    const inputs = indexInputs(options.synonyms);
    const report: IndexReport = { pages: pages.length, files: files.length, readMs: performance.now() - readStarted, parts: [] };
    for (const part of parts) {
      const stamp = createHash('sha256')
        .update(inputs)
        .update(part.files.map((f) => digests.get(f)).join('\n'))
        .digest('hex');
      // A build seeded with an older site (src/lib/build/seed.ts) may hold the part already.
      let reused = partStamp(part.dir) === stamp;
      if (!reused) {
        clearPart(part.dir, indexRoot);
        reused = options.previous !== undefined && reusePart(part.dir, options.previous, outDir, stamp);
      }
      if (!reused) {
        await indexPart(outDir, part.files, options.synonyms, part.dir);
        // For newest first over several parts (src/lib/search/date-order.ts). Pagefind leaves a
        // page without a date out of a sorted search, and so do the runs.
        writeFileSync(join(part.dir, DATE_RUNS_FILE), JSON.stringify(dateRuns(part.files.flatMap((f) => dates.get(f) ?? []))));
      }
      writeFileSync(join(part.dir, PART_STAMP), JSON.stringify({ stamp, pages: part.files.length }));
      report.parts.push({ name: part.name || 'chính', pages: part.files.length, reused });
    }
    // Parts an older site had and this plan has not.
    if (!plan.recent.length) rmSync(recentDir, { recursive: true, force: true });
    const archiveRoot = join(indexRoot, SEARCH_ARCHIVE_DIR);
    const planned = new Set(plan.archive.map((p) => p.name));
    if (existsSync(archiveRoot))
      for (const name of readdirSync(archiveRoot))
        if (!planned.has(name)) rmSync(join(archiveRoot, name), { recursive: true, force: true });
    writeArchiveManifest(outDir, {
      ...(plan.recent.length > 0 && { recent: paths.searchRecentPart }),
      parts: plan.archive.map((p) => ({ path: paths.searchArchivePart(p.name), from: p.from, to: p.to, pages: p.files.length })),
    });
    if (options.pageNotes) writeFileSync(options.pageNotes, JSON.stringify(notes));
    return report;
  } finally {
    await pagefind.close();
  }
}

/**
 * What else decides a part's index besides its pages: Pagefind's version (every part must match
 * the main part's script), the vocabulary, and the code that prepares pages for it.
 */
function indexInputs(synonyms: readonly Synonym[]): string {
  const code = PREPARING_CODE.map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'));
  return createHash('sha256').update(PAGEFIND_VERSION).update(JSON.stringify(synonyms)).update(code.join('\u0000')).digest('hex');
}
const PREPARING_CODE = [
  '../search/date-order.ts',
  '../search/index-words.ts',
  '../search/words.ts',
  '../search/synonyms.ts',
  '../search/tolerance.ts',
  '../text.ts',
  './search-index.ts',
];

/** The search page's attribute that lists the other parts (empty when there are none). */
const ARCHIVE_ATTRIBUTE = /\bdata-search-archive="[^"]*"/;

/**
 * Tells the search page which other parts exist, in the page itself: a site without any (every
 * commune's) then makes no request for the list on a search.
 */
function writeArchiveManifest(outDir: string, manifest: ArchiveManifest) {
  const page = join(outDir, paths.search, 'index.html');
  const html = readFileSync(page, 'utf8');
  if (!ARCHIVE_ATTRIBUTE.test(html)) fail('ghi chỉ mục', [`${page} không có thuộc tính data-search-archive`]);
  const value = manifest.parts.length || manifest.recent ? JSON.stringify(manifest).replaceAll('&', '&amp;').replaceAll('"', '&quot;') : '';
  writeFileSync(page, html.replace(ARCHIVE_ATTRIBUTE, `data-search-archive="${value}"`));
}

function partStamp(dir: string): string | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, PART_STAMP), 'utf8')).stamp;
  } catch {
    return undefined;
  }
}

/** The other parts' folders, inside the main part's: each part is cleared and copied on its own. */
const PART_FOLDERS = new Set([SEARCH_ARCHIVE_DIR, SEARCH_RECENT_DIR]);

/** Empties a part's folder of an older index (the main part's folder keeps the other parts). */
function clearPart(dir: string, indexRoot: string) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir))
    if (dir !== indexRoot || !PART_FOLDERS.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
}

/** Copies a part from the previous site when its stamp says it holds the very same pages. */
function reusePart(dir: string, previous: string, outDir: string, stamp: string): boolean {
  const before = join(previous, relative(outDir, dir));
  if (partStamp(before) !== stamp) return false;
  // The main part's folder holds the other parts too: those are decided on their own.
  cpSync(before, dir, {
    recursive: true,
    filter: (src) => dir !== join(outDir, SEARCH_INDEX_DIR) || !PART_FOLDERS.has(relative(before, src).split(/[\\/]/)[0]!),
  });
  return true;
}

/** Pages handed to Pagefind at once: enough to keep it busy on every core. */
const IN_FLIGHT = 64;

/**
 * Second pass, for one part: its pages prepared for Pagefind and indexed into `dir`; then
 * Pagefind's memory is freed for the next part. The prepared pages go from memory, a few dozen
 * at a time (a staged copy on disk took longer to write than Pagefind took to read).
 */
async function indexPart(outDir: string, files: readonly string[], synonyms: readonly Synonym[], dir: string) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index || errors.length) fail('khởi tạo chỉ mục', errors);
  // A sliding window, not batches: each page is prepared as soon as one in flight comes back, so
  // this process prepares pages while Pagefind's indexes others (batches left one idle in turn).
  // Pages are still sent in order (Pagefind numbers them so).
  let next = 0;
  const problems: string[] = [];
  const send = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const added = await index.addHTMLFile({
        sourcePath: file.split(sep).join('/'),
        content: prepareForIndex(readFileSync(join(outDir, file), 'utf8'), synonyms),
      });
      problems.push(...added.errors);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, send));
  if (problems.length) fail('lập chỉ mục', problems);
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length) fail('ghi chỉ mục', written.errors);
  await index.deleteIndex();
  for (const name of readdirSync(dir)) if (UNUSED_FILES.test(name)) rmSync(join(dir, name));
  const script = join(dir, 'pagefind.js');
  if (!existsSync(script)) fail('ghi chỉ mục', [`không thấy ${script}`]);
  // Pagefind ships its script with readable names; minified (esbuild, which Astro's Vite already
  // brings) it is 1.9 KB smaller gzipped, on every first search.
  writeFileSync(script, transformSync(readFileSync(script, 'utf8'), { minify: true, format: 'esm' }).code);
  // Its metadata file, fetched on every first search, is compressed less tightly than its other
  // files: at zlib's highest level it is 7 % smaller (3.3 KB at 10,000 articles). Pagefind's script
  // inflates any gzip stream.
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.pf_meta'))) {
    const file = join(dir, name);
    const packed = readFileSync(file);
    const tighter = gzipSync(gunzipSync(packed), { level: 9, memLevel: 9 });
    if (tighter.length < packed.length) writeFileSync(file, tighter);
  }
}
