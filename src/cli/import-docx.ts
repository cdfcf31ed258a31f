/**
 * npm run import:docx -- <bai-viet.docx>
 * Turns a Word article into content/news/<năm>/<slug>.md (a draft) with its images in images/.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadConfig } from '../data/config.ts';
import { oneUnitFromArgs, unitDir } from '../data/units.ts';
import { buildTime } from '../data/build-env.ts';
import { docxToArticle, type DocxArticle } from '../lib/import/docx.ts';

// In a repository of many units, -- --unit <id> says whose content it is.
const unit = oneUnitFromArgs(process.argv);
const contentDir = unitDir(unit);
const args = process.argv.slice(2).filter((arg, i, all) => arg !== '--unit' && all[i - 1] !== '--unit');
const file = args[0];
if (!file || !existsSync(file) || !/\.docx$/i.test(file)) {
  console.error(
    file
      ? `Không tìm thấy tệp Word ${file} (cần tệp .docx; tệp .doc cũ thì mở bằng Word và Lưu thành .docx).`
      : 'Cách dùng: npm run import:docx -- bai-viet.docx',
  );
  process.exit(1);
}
const newsDir = join(contentDir, 'news');
const taken = new Set(
  existsSync(newsDir)
    ? readdirSync(newsDir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.md'))
        .map((f) => f.split(/[\\/]/).pop()!.slice(0, -3))
    : [],
);
const { site, categories } = loadConfig(unit);

let article: DocxArticle;
try {
  article = await docxToArticle(readFileSync(file), { now: buildTime, taken, categories, author: site.unit.shortName });
} catch (error) {
  console.error(`Không đọc được ${file} như một tệp Word — cần mở bằng Word và lưu lại thành .docx. (${(error as Error).message})`);
  process.exit(1);
}
for (const [path, bytes] of [[article.path, article.text] as const, ...article.images]) {
  mkdirSync(dirname(join(contentDir, path)), { recursive: true });
  writeFileSync(join(contentDir, path), bytes, { flag: 'wx' }); // never overwrite
}
const shown = (path: string) => `content/${unit ? `${unit}/` : ''}${path}`;
console.log(`Đã tạo ${shown(article.path)} (bản nháp) — tiêu đề: ${article.title}`);
for (const path of article.images.keys()) console.log(`  ảnh: ${shown(path)}`);
console.log('Cần hoàn thiện:');
for (const item of article.todo) console.log(`  - ${item}`);
console.log('Khi xong: đổi draft: true thành false và chạy npm run check.');
