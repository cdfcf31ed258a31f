/**
 * Builds the Pagefind search index over a built site, after Astro has exited (src/cli/build.ts):
 * the index then never shares memory with the page build.
 *
 * Each searchable page (BaseLayout's data-pagefind-body) is normalised to NFC and given, as
 * searchable metadata, the folded forms of its đ-words and the full forms of its abbreviations
 * (src/lib/search/index-words.ts). The prepared copies go to a staging folder that Pagefind reads
 * with addDirectory (in parallel, several times faster than one call per page): the added words
 * reach the index without being shipped in the page. A large site is indexed in parts
 * (src/lib/search/parts.ts), one at a time; a part whose pages did not change since the last
 * build is copied from it instead of indexed again. Any Pagefind error fails the build.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import * as pagefind from 'pagefind';
import { paths, SEARCH_ARCHIVE_DIR, SEARCH_INDEX_DIR } from '../routes.ts';
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

const NEWS_YEAR = /data-pagefind-sort="date:(\d{4})-/;
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

/** Indexes the site in `outDir` into `outDir/pagefind/` (and its archive parts); returns what it did. */
export async function buildSearchIndex(outDir: string, options: IndexOptions): Promise<IndexReport> {
  const staging = mkdtempSync(join(tmpdir(), 'trangtin-pagefind-'));
  const newsFilter = `data-pagefind-filter="kind:${options.newsKind}"`;
  try {
    // First pass, light: which pages are searchable, their year if news, and a digest of what
    // the index reads from each (its data-pagefind-body element, as built).
    const readStarted = performance.now();
    const files = htmlFiles(outDir);
    const pages: PageForIndex[] = [];
    const digests = new Map<string, string>();
    for (const file of files) {
      const path = join(outDir, file);
      const html = readFileSync(path, 'utf8');
      // Editors paste NFD text now and then: ship and index one form, so find-in-page works too.
      const normal = nfc(html);
      if (normal !== html) writeFileSync(path, normal);
      const section = searchableSection(normal);
      if (section === undefined) continue;
      const year = normal.includes(newsFilter) ? Number(NEWS_YEAR.exec(normal)?.[1]) : NaN;
      pages.push({ file, ...(Number.isFinite(year) && { newsYear: year }) });
      digests.set(file, createHash('sha256').update(file).update('\u0000').update(section).digest('hex'));
    }
    if (pages.length === 0) fail('lập chỉ mục', ['không có trang nào được đánh dấu data-pagefind-body']);

    const plan = planIndex(pages, options.partPages);
    const indexRoot = join(outDir, SEARCH_INDEX_DIR);
    const parts = [
      { name: '', dir: indexRoot, files: plan.main },
      ...plan.archive.map((p) => ({ name: p.name, dir: join(indexRoot, SEARCH_ARCHIVE_DIR, p.name), files: p.files })),
    ];
    const inputs = indexInputs(options.synonyms);
    const report: IndexReport = { pages: pages.length, files: files.length, readMs: performance.now() - readStarted, parts: [] };
    for (const [i, part] of parts.entries()) {
      const stamp = createHash('sha256').update(inputs).update(part.files.map((f) => digests.get(f)).join('\n')).digest('hex');
      const reused = options.previous ? reusePart(part.dir, options.previous, outDir, stamp) : false;
      if (!reused) {
        // Second pass, for this part only: the pages prepared for Pagefind, then indexed.
        const folder = join(staging, String(i));
        for (const file of part.files) {
          mkdirSync(dirname(join(folder, file)), { recursive: true });
          writeFileSync(join(folder, file), prepareForIndex(readFileSync(join(outDir, file), 'utf8'), options.synonyms));
        }
        await indexPart(folder, part.files.length, part.dir);
        rmSync(folder, { recursive: true, force: true });
      }
      writeFileSync(join(part.dir, PART_STAMP), JSON.stringify({ stamp, pages: part.files.length }));
      report.parts.push({ name: part.name || 'chính', pages: part.files.length, reused });
    }
    writeArchiveManifest(outDir, {
      parts: plan.archive.map((p) => ({ path: paths.searchArchivePart(p.name), from: p.from, to: p.to, pages: p.files.length })),
    });
    return report;
  } finally {
    await pagefind.close();
    rmSync(staging, { recursive: true, force: true });
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
const PREPARING_CODE = ['../search/index-words.ts', '../search/words.ts', '../search/synonyms.ts', '../search/tolerance.ts', '../text.ts', './search-index.ts'];

/** The search page's attribute that lists the archive parts (empty when there are none). */
const ARCHIVE_ATTRIBUTE = /\bdata-search-archive="[^"]*"/;

/**
 * Tells the search page which archive parts exist, in the page itself: a site without any (every
 * commune's) then makes no request for the list on a search.
 */
function writeArchiveManifest(outDir: string, manifest: ArchiveManifest) {
  const page = join(outDir, paths.search, 'index.html');
  const html = readFileSync(page, 'utf8');
  if (!ARCHIVE_ATTRIBUTE.test(html)) fail('ghi chỉ mục', [`${page} không có thuộc tính data-search-archive`]);
  const value = manifest.parts.length ? JSON.stringify(manifest).replaceAll('&', '&amp;').replaceAll('"', '&quot;') : '';
  writeFileSync(page, html.replace(ARCHIVE_ATTRIBUTE, `data-search-archive="${value}"`));
}

/** Copies a part from the previous site when its stamp says it holds the very same pages. */
function reusePart(dir: string, previous: string, outDir: string, stamp: string): boolean {
  const before = join(previous, relative(outDir, dir));
  try {
    if (JSON.parse(readFileSync(join(before, PART_STAMP), 'utf8')).stamp !== stamp) return false;
  } catch {
    return false;
  }
  // The main part's folder holds the archive parts too: those are decided on their own.
  cpSync(before, dir, { recursive: true, filter: (src) => relative(before, src).split(/[\\/]/)[0] !== SEARCH_ARCHIVE_DIR || dir !== join(outDir, SEARCH_INDEX_DIR) });
  return true;
}

/** Indexes the staged folder into `dir` (expecting `count` pages), then frees Pagefind's memory for the next part. */
async function indexPart(folder: string, count: number, dir: string) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index || errors.length) fail('khởi tạo chỉ mục', errors);
  const added = await index.addDirectory({ path: folder });
  if (added.errors.length) fail('lập chỉ mục', added.errors);
  if (added.page_count !== count) fail('lập chỉ mục', [`Pagefind nhận ${added.page_count} trang, cần ${count}`]);
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length) fail('ghi chỉ mục', written.errors);
  await index.deleteIndex();
  for (const name of readdirSync(dir)) if (UNUSED_FILES.test(name)) rmSync(join(dir, name));
  const script = join(dir, 'pagefind.js');
  if (!existsSync(script)) fail('ghi chỉ mục', [`không thấy ${script}`]);
  // Pagefind ships its script with readable names; minified (esbuild, which Astro's Vite already
  // brings) it is 1.9 KB smaller gzipped, on every first search.
  writeFileSync(script, transformSync(readFileSync(script, 'utf8'), { minify: true, format: 'esm' }).code);
}
