/**
 * node src/cli/index-search.ts <built site> [<site as last published> [<cache folder>]] — the search
 * index step of `npm run build`, run after Astro has exited, for each unit's site. Parts unchanged since the last
 * published site are copied from it; the notes file keeps what was read of each page, so the
 * next run reads only the pages that changed. site.yaml's searchIndexPartPages sets the pages per
 * index part.
 */
import { resolve } from 'node:path';
import { buildSearchIndex } from '../lib/build/search-index.ts';
import { loadSynonyms } from '../data/synonyms.ts';
import { loadConfig } from '../data/config.ts';
import { unitIds } from '../data/units.ts';
import { t } from '../i18n/vi.ts';

const [outDir, previous, cacheDir] = process.argv.slice(2);
if (!outDir) {
  console.error('Cách dùng: node src/cli/index-search.ts <thư mục trang đã dựng> [<bản đang phát hành> [<thư mục bộ nhớ đệm>]]');
  process.exit(2);
}
try {
  // Each unit's site has its own index, covering that site alone.
  for (const unit of unitIds) {
    const started = performance.now();
    const report = await buildSearchIndex(resolve(outDir, unit), {
      synonyms: loadSynonyms(),
      previous: previous && resolve(previous, unit),
      pageNotes: cacheDir && resolve(cacheDir, unit ? `trangtin-index-pages-${unit}.json` : 'trangtin-index-pages.json'),
      partPages: loadConfig(unit).site.searchIndexPartPages,
      newsKind: t.search.kinds.news,
    });
    const parts = report.parts.map((p) => `${p.name} ${p.pages}${p.reused ? ' (dùng lại)' : ''}`).join(', ');
    console.log(
      `[tìm kiếm]${unit ? ` ${unit}:` : ''} ${report.pages} trang được lập chỉ mục (trong ${report.files} tệp HTML), phần: ${parts}, trong ${Math.round(performance.now() - started)} ms (đọc các trang ${Math.round(report.readMs)} ms)`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
