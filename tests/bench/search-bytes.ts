/**
 * `npm run bench:search`: how big the search index is and what a phone downloads to search.
 *
 * 1. Index size on disk (the files search uses, and the whole /pagefind/ folder).
 * 2. The same site indexed three ways, to weigh the đ design: no added words; the chosen design
 *    (folded đ-words and abbreviation expansions as metadata); a hidden folded copy of all text.
 * 3. Bytes transferred to Chromium for the first and the second search on /tim-kiem/ (page load
 *    counted apart), on a phone's screen and on a desktop's (tests/support/search-transfer.ts).
 * Uses the build in TRANGTIN_TEST_DIST or dist/ (run `npm run build` first); `-- --transfer-only`
 * skips step 2.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { searchTransfer, type Transfer } from '../support/search-transfer.ts';
import { indexedText, isSearchable, prepareForIndex, separateCells } from '../../src/lib/search/index-words.ts';
import { loadSynonyms } from '../../src/data/synonyms.ts';
import { foldKey, nfc } from '../../src/lib/text.ts';

const root = join(import.meta.dirname, '..', '..');
const dist = process.env.TRANGTIN_TEST_DIST ?? join(root, 'dist');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
const UI_FILES = /pagefind-(component-|modular-)?ui\.|pagefind-highlight\.js/;

function indexSize() {
  const all = files(join(dist, 'pagefind'));
  const used = all.filter((f) => !UI_FILES.test(f));
  const sum = (list: string[]) => list.reduce((n, f) => n + statSync(f).size, 0);
  return { used: sum(used), all: sum(all), count: used.length };
}

async function variantSize(prepare: (html: string) => string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index || errors.length) throw new Error(errors.join('\n'));
  for (const file of files(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    if (!isSearchable(html)) continue;
    const { errors: e } = await index.addHTMLFile({ url: `/${relative(dist, file)}`, content: prepare(html) });
    if (e.length) throw new Error(e.join('\n'));
  }
  const out = await index.getFiles();
  await index.deleteIndex();
  return out.files.filter((f) => /\.pf_|wasm/.test(f.path)).reduce((n, f) => n + f.content.length, 0);
}

const size = indexSize();
console.log(`Index on disk: ${kb(size.used)} in ${size.count} files used by search (${kb(size.all)} with Pagefind's unused UI files)`);
// --transfer-only: skip the three re-indexings (minutes on a large site).
if (!process.argv.includes('--transfer-only')) {
  const synonyms = loadSynonyms();
  const plain = await variantSize((html) => separateCells(nfc(html)));
  const chosen = await variantSize((html) => prepareForIndex(html, synonyms));
  const fullCopy = await variantSize((html) => {
    const page = separateCells(nfc(html));
    return page.replace(/<\/main>/i, `<div hidden>${foldKey(indexedText(page))}</div></main>`);
  });
  await pagefind.close();
  const pct = (n: number) => `${n >= plain ? '+' : ''}${(((n - plain) / plain) * 100).toFixed(1)} %`;
  console.log(
    `Index variants (bytes of index files): no added words ${kb(plain)}; chosen (đ-words + abbreviations as metadata) ${kb(chosen)} (${pct(chosen)}); hidden folded copy of all text ${kb(fullCopy)} (${pct(fullCopy)})`,
  );
}
const parts = (t: Transfer) => [...t.byKind].map(([k, v]) => `${k} ${kb(v)}`).join(', ');
for (const screen of ['phone', 'desktop'] as const) {
  const {
    pageLoad,
    searches: [first, second],
  } = await searchTransfer(dist, screen, ['dang ky khai sinh', 'giấy phép xây dựng']);
  console.log(`On a ${screen}${screen === 'desktop' ? ' (filters open, their counts fetched after the results)' : ''}:`);
  console.log(`  search page load (before any search): ${kb(pageLoad.bytes)}`);
  console.log(`  first search "dang ky khai sinh": ${kb(first!.bytes)} (${parts(first!)})`);
  console.log(`  second search "giấy phép xây dựng": ${kb(second!.bytes)} (${parts(second!)})`);
}
