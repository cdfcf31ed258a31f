/**
 * npm run bench:build -- --province [--communes 100] [--commune-articles 300] [--articles 10000]
 *   [--procedures 2000] [--commune-procedures 350] [--all-units]
 * What a province's IT centre pays to publish every unit from one repository (issue 28).
 *
 * Grows the demo province of content/ into a temporary copy: the province with <articles> articles,
 * a shared catalog of <procedures> records of which <commune-procedures> are commune-level (before
 * 7/2025 a district published about 250 procedures and a commune about 100; the reform moved most
 * district ones to the commune, so about 350 — the rest of a province's ~2,000 stay provincial), and
 * <communes> communes of <commune-articles> articles each (copies of xã Đông Long), plus the archived
 * district as it is. Then, each measured in one run of the real `npm run build`:
 * 1. every unit, cold (no published site, no cache), with each unit's share: pages, the render time
 *    between its pages' log lines, its search index's time (communes summed up as min/median/max);
 * 2. the rebuild after one commune article changes: what it rebuilt, and whether every other unit's
 *    files stayed byte-identical and untouched (same inode and modification time);
 * 3. one commune alone, cold (`--unit`);
 * 4. the same number of pages as a single site (the province with every commune's articles as its
 *    own, more when the communes' catalogs add pages), for the ratio of time per page.
 * The machines are shared and noisy: read the ratios, not the absolute seconds.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { astroCacheDir } from '../../src/lib/build/cache-dir.ts';
import { stagingPaths } from '../../src/lib/build/swap.ts';
import { build, format, type BuildFigures } from './measure.ts';
import { listFiles } from '../support/dist.ts';

const root = join(import.meta.dirname, '..', '..');
const demo = join(root, 'content');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const communes = option('communes', 100);
const communeArticles = option('commune-articles', 300);
const articles = option('articles', 10_000);
const procedures = option('procedures', 2000);
const communeProcedures = option('commune-procedures', 350);
/** The demo's units this benchmark grows (content/): the province and the commune it copies. */
const PROVINCE = 'binh-mau';
const MODEL_COMMUNE = 'xa-dong-long';
const communeId = (i: number) => `xa-thu-${String(i).padStart(3, '0')}`;

/** Every file under `dir`, as full paths. */
const walk = (dir: string) => listFiles(dir).map((file) => join(dir, file));

/** `count` articles in `unitDir`/news, copies of the unit's own sample articles dated between `from` and `to`. */
function growNews(unitDir: string, count: number, from: Date, to: Date, prefix = 'bai-thu-nghiem') {
  const samples = walk(join(unitDir, 'news'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(f, 'utf8'))
    .filter((text) => !/^(draft: true|cover:)/m.test(text));
  for (let i = 0; i < count; i++) {
    const date = new Date(from.getTime() + Math.floor((i / count) * (to.getTime() - from.getTime())));
    const text = samples[i % samples.length]!.replace(/^title: (["']?)(.*)\1$/m, `title: "$2 (bản ${i})"`)
      .replace(/^date: .*$/m, `date: ${date.toISOString().slice(0, 10)}`)
      .replace(/^featured: .*$/m, 'featured: false');
    const year = join(unitDir, 'news', String(date.getUTCFullYear()));
    mkdirSync(year, { recursive: true });
    writeFileSync(join(year, `${prefix}-${i}.md`), text);
  }
}

/** The shared catalog grown to `procedures` records, `communeProcedures` of them at the commune level. */
function growCatalog(sharedDir: string) {
  const folder = join(sharedDir, 'procedures');
  const records = readdirSync(folder).filter((f) => f.endsWith('.yaml'));
  const texts = records.map((f) => readFileSync(join(folder, f), 'utf8'));
  let commune = texts.filter((t) => /^levels: \[.*xa.*\]$/m.test(t)).length;
  for (let i = 0; i < procedures - records.length; i++) {
    const code = `9.${String(i).padStart(6, '0')}`;
    const level = commune < communeProcedures ? 'xa' : 'tinh';
    if (level === 'xa') commune++;
    const text = texts[i % texts.length]!.replace(/^code: .*$/m, `code: "${code}"`)
      .replace(/^name: (["']?)(.*)\1$/m, `name: "$2 (bản ${i})"`)
      .replace(/^levels: .*$/m, `levels: [${level}]`)
      // Related codes point at the sample's records only; a copy keeps none.
      .replace(/^related:\n(\s+- .*\n)+/m, '');
    writeFileSync(join(folder, `${code}.yaml`), text);
  }
  return commune;
}

/** A commune of its own: the model commune's files with its names, addresses and old units made unique. */
function addCommune(dir: string, i: number) {
  const id = communeId(i);
  cpSync(join(demo, MODEL_COMMUNE), join(dir, id), { recursive: true });
  for (const file of walk(join(dir, id)).filter((f) => /\.(md|ya?ml)$/.test(f)))
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replaceAll('Đông Long', `Thử Nghiệm ${i}`)
        .replaceAll('donglong', `thunghiem${i}`)
        .replace(/name: "xã (Đông|Long|Đồng|Mỹ) Mẫu"/g, `name: "xã $1 Mẫu ${i}"`),
    );
  growNews(join(dir, id), communeArticles, new Date(Date.UTC(2025, 6, 1)), new Date(Date.UTC(2025, 11, 9)));
}

function provinceContent() {
  const dir = mkdtempSync(join(tmpdir(), 'trangtin-province-'));
  cpSync(demo, dir, { recursive: true });
  growNews(join(dir, PROVINCE), articles, new Date(Date.UTC(2015, 0, 1)), new Date(Date.UTC(2025, 0, 1)));
  const atCommune = growCatalog(join(dir, 'shared'));
  for (let i = 1; i <= communes; i++) addCommune(dir, i);
  return { dir, atCommune };
}

/**
 * One site with `extraArticles` more articles than the province: the province's folder and the
 * shared files in the one-unit layout (content/site.yaml at the root).
 */
function singleSiteContent(province: string, extraArticles: number) {
  const dir = mkdtempSync(join(tmpdir(), 'trangtin-single-'));
  cpSync(join(province, 'shared'), dir, { recursive: true });
  cpSync(join(province, PROVINCE), dir, { recursive: true });
  // A single site has no communes: no directory of them to link to.
  for (const file of walk(dir).filter((f) => f.endsWith('.md')))
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('](/xa-phuong/)', '](/lien-he/)'));
  growNews(dir, extraArticles, new Date(Date.UTC(2015, 0, 1)), new Date(Date.UTC(2025, 6, 1)), 'bai-them');
  return dir;
}

/** Every file of a folder with its inode, modification time and content hash, to tell "untouched". */
function fingerprint(dir: string) {
  return new Map(
    walk(dir).map((f) => {
      const s = statSync(f, { bigint: true });
      return [relative(dir, f), `${s.ino}:${s.mtimeNs}:${createHash('sha256').update(readFileSync(f)).digest('hex')}`];
    }),
  );
}

const sameFiles = (a: Map<string, string>, b: Map<string, string>) => a.size === b.size && [...a].every(([f, v]) => b.get(f) === v);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function breakdown(r: BuildFigures) {
  const rows = [...r.shares];
  const line = (name: string, s: { pages: number; renderMs: number; indexMs: number }) =>
    `  ${name.padEnd(24)} ${String(s.pages).padStart(6)} pages  render ≈ ${seconds(s.renderMs).padStart(7)}  index ${seconds(s.indexMs).padStart(6)}`;
  const village = rows.filter(([id]) => id.startsWith('xa-thu-')).map(([, s]) => s);
  const out = rows.filter(([id]) => !id.startsWith('xa-thu-')).map(([id, s]) => line(id, s));
  if (village.length) {
    for (const [label, pick] of [
      ['min', (v: number[]) => Math.min(...v)],
      ['median', median],
      ['max', (v: number[]) => Math.max(...v)],
      ['all together', (v: number[]) => v.reduce((a, b) => a + b, 0)],
    ] as const)
      out.push(
        line(`${village.length} communes, ${label}`, {
          pages: pick(village.map((s) => s.pages)),
          renderMs: pick(village.map((s) => s.renderMs)),
          indexMs: pick(village.map((s) => s.indexMs)),
        }),
      );
  }
  return out.join('\n');
}

const unitsOf = (dir: string) => readdirSync(dir).filter((d) => d !== 'shared' && statSync(join(dir, d)).isDirectory());
const clearCache = (content: string) => rmSync(join(root, astroCacheDir({ TRANGTIN_CONTENT: content })), { recursive: true, force: true });
function removeOut(out: string) {
  rmSync(out, { recursive: true, force: true });
  rmSync(stagingPaths(out, basename(out)).previous, { recursive: true, force: true });
}

const { dir: province, atCommune } = provinceContent();
const units = unitsOf(province);
console.log(
  `province: ${units.length} units (the province, ${communes} communes of ${communeArticles} articles, the demo's other units), ${articles} provincial articles, ${procedures} procedures (${atCommune} at the commune level)`,
);

// 1. Every unit, cold.
clearCache(province);
const out = mkdtempSync(join(tmpdir(), 'trangtin-province-out-'));
const cold = await build(province, out, ['--all'], units);
console.log(format('all units, cold', cold));
console.log(breakdown(cold));

// 2. One commune article changes; only that commune may be rebuilt.
const changed = communeId(1);
const others = units.filter((u) => u !== changed);
const before = new Map(others.map((u) => [u, fingerprint(join(out, u))]));
const article = walk(join(province, changed, 'news')).find((f) => f.endsWith('.md'))!;
writeFileSync(article, readFileSync(article, 'utf8').replace(/^title: "(.*)"$/m, 'title: "$1 (đã sửa)"'));
const rebuilt = await build(province, out, [], units);
console.log(format('one commune article changed', rebuilt));
const touched = others.filter((u) => !sameFiles(before.get(u)!, fingerprint(join(out, u))));
const rendered = rebuilt.changedUnits ?? units;
console.log(
  `  rebuilt: ${rendered.join(', ') || 'nothing'}; other units' files ${touched.length ? `CHANGED: ${touched.join(', ')}` : `byte-identical and untouched (${others.length} units)`}`,
);
console.log(`  rebuild took ${((rebuilt.seconds / cold.seconds) * 100).toFixed(0)} % of the cold build of every unit`);
removeOut(out);

// 3. One commune alone, cold.
clearCache(province);
const aloneOut = mkdtempSync(join(tmpdir(), 'trangtin-province-out-'));
const alone = await build(province, aloneOut, ['--unit', communeId(2)], units);
console.log(format('one commune alone, cold', alone));
removeOut(aloneOut);

// 4. The same number of pages as one site.
const provincePages = cold.shares.get(PROVINCE)!.pages;
// About one page an article (its own; the lists add a page per ten or twenty).
const single = singleSiteContent(province, Math.max(0, Math.round((cold.pages - provincePages) / 1.05)));
rmSync(province, { recursive: true, force: true });
clearCache(province);
const singleOut = mkdtempSync(join(tmpdir(), 'trangtin-province-out-'));
const one = await build(single, singleOut);
console.log(format('as a single site, cold', one));
removeOut(singleOut);
rmSync(single, { recursive: true, force: true });
clearCache(single);

const perPage = (r: BuildFigures) => r.seconds / r.pages;
console.log(`
targets (issue 28)                         measured
  one commune alone        ≤ 30 s          ${alone.seconds.toFixed(1)} s
  a commune's change       that one only   ${rendered.join(', ') || 'nothing'} rebuilt, ${touched.length ? `${touched.length} others changed` : 'others untouched'}
  all units vs one site    ≤ 1.5×          ${(perPage(cold) / perPage(one)).toFixed(2)}× the time per page (${cold.pages} pages in ${cold.seconds.toFixed(0)} s vs ${one.pages} in ${one.seconds.toFixed(0)} s)
  largest process          ≤ 4 GB          ${(cold.peakProcessMB / 1024).toFixed(2)} GB (single site ${(one.peakProcessMB / 1024).toFixed(2)} GB)
  process tree             ≤ 6 GB          ${(cold.peakTreeMB / 1024).toFixed(2)} GB (single site ${(one.peakTreeMB / 1024).toFixed(2)} GB)`);
