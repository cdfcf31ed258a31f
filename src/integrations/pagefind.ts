/**
 * Builds the Pagefind search index after Astro has written the site (`astro:build:done`).
 *
 * Each searchable page (BaseLayout's data-pagefind-body) is normalised to NFC and given, as
 * searchable metadata, the folded forms of its đ-words and the full forms of its abbreviations
 * (src/lib/search/index-words.ts). The prepared copies are written to a staging folder that
 * Pagefind indexes with addDirectory (it reads and parses in parallel, several times faster than
 * one addHTMLFile call per page on a large site): the words reach the index without being
 * shipped in the page. Any Pagefind error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SEARCH_INDEX_DIR } from '../lib/routes.ts';
import { isSearchable, prepareForIndex } from '../lib/search/index-words.ts';
import { loadSynonyms } from '../data/synonyms.ts';
import { nfc } from '../lib/text.ts';

/** Every .html file under `dir`, as paths relative to it. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind: lỗi khi ${step}:\n${errors.join('\n')}`);
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'trangtin-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const synonyms = loadSynonyms();
        // One index for every page: the English pages must be found from the Vietnamese search page.
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        const staging = await mkdtemp(join(tmpdir(), 'trangtin-pagefind-'));
        try {
          if (!index || errors.length) fail('khởi tạo chỉ mục', errors);
          const files = await htmlFiles(outDir);
          let pages = 0;
          for (const file of files) {
            const path = join(outDir, file);
            const html = await readFile(path, 'utf8');
            // Editors paste NFD text now and then: ship and index one form, so find-in-page works too.
            if (html !== nfc(html)) await writeFile(path, nfc(html));
            if (!isSearchable(html)) continue;
            await mkdir(dirname(join(staging, file)), { recursive: true });
            await writeFile(join(staging, file), prepareForIndex(html, synonyms));
            pages++;
          }
          if (pages === 0) fail('lập chỉ mục', ['không có trang nào được đánh dấu data-pagefind-body']);
          const added = await index.addDirectory({ path: staging });
          if (added.errors.length) fail('lập chỉ mục', added.errors);
          if (added.page_count !== pages) fail('lập chỉ mục', [`Pagefind nhận ${added.page_count} trang, cần ${pages}`]);
          const written = await index.writeFiles({ outputPath: join(outDir, SEARCH_INDEX_DIR) });
          if (written.errors.length) fail('ghi chỉ mục', written.errors);
          logger.info(`${pages} trang được lập chỉ mục (trong ${files.length} tệp HTML) trong ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
          await rm(staging, { recursive: true, force: true });
        }
      },
    },
  };
}
