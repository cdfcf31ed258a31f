/**
 * npm run new -- tin "Tiêu đề bài viết"   → content/news/<năm>/<slug>.md (bản nháp)
 * npm run new -- trang "Tiêu đề trang"     → content/pages/<slug>.md
 * npm run new -- van-ban "Trích yếu"       → content/documents/<năm>/<slug>.md (bản nháp)
 * npm run new -- hoi-dap "Câu hỏi"         → content/questions/<năm>/<slug>.md (bản nháp)
 * In a repository of many units, add -- --unit <id>: the files go to content/<id>/….
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { loadConfig } from '../data/config.ts';
import { oneUnitFromArgs, unitDir } from '../data/units.ts';
import { buildTime } from '../data/build-env.ts';
import { newArticle, newDocument, newPage, newQuestion, parseKind } from '../lib/new-content.ts';
import { RESERVED_SLUGS } from '../lib/routes.ts';

// In a repository of many units: -- --unit <id> says whose content it is.
const unit = oneUnitFromArgs(process.argv);
const args = process.argv.slice(2).filter((arg, i, all) => arg !== '--unit' && all[i - 1] !== '--unit');
const [kindWord, ...titleWords] = args;
const dir = unitDir(unit);
const kind = parseKind(kindWord);
const title = titleWords.join(' ').trim();
if (!kind || !title) {
  console.error(
    'Cách dùng: npm run new -- tin "Tiêu đề bài viết"   hoặc   npm run new -- trang "Tiêu đề trang"   hoặc   npm run new -- van-ban "Trích yếu"   hoặc   npm run new -- hoi-dap "Câu hỏi"',
  );
  process.exit(1);
}

const names = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.md'))
        .map((f) => f.split(/[\\/]/).pop()!.replace(/^_/, '').slice(0, -3))
    : [];

const file =
  kind === 'news'
    ? newArticle(
        title,
        buildTime,
        new Set([...names(join(dir, 'news')), ...RESERVED_SLUGS.news]),
        loadConfig(unit).categories,
        loadConfig(unit).site.unit.shortName,
      )
    : kind === 'document'
      ? newDocument(
          title,
          buildTime,
          new Set([...names(join(dir, 'documents')), ...RESERVED_SLUGS.documents]),
          loadConfig(unit).documentTypes,
        )
      : kind === 'question'
        ? newQuestion(title, buildTime, new Set([...names(join(dir, 'questions')), ...RESERVED_SLUGS.questions]), loadConfig(unit).fields)
        : newPage(title, new Set([...names(join(dir, 'pages')), ...RESERVED_SLUGS.pages]));

const target = join(dir, file.path);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, file.text, { flag: 'wx' }); // never overwrite
console.log(`Đã tạo ${relative(process.cwd(), target).split(sep).join('/')}`);
console.log(
  kind === 'news'
    ? 'Mở tệp, sửa chuyên mục, tác giả, tóm tắt và viết bài. Bài đang là bản nháp: khi sẵn sàng, đổi draft: true thành false rồi chạy npm run check.'
    : kind === 'document'
      ? 'Mở tệp, ghi số/ký hiệu, loại, người ký theo bản đã ký; chép tệp quét vào thư mục tep/ và bỏ dấu # trước dòng file:. Văn bản đang là bản nháp: khi sẵn sàng, đổi draft: true thành false rồi chạy npm run check.'
      : kind === 'question'
        ? 'Mở tệp, chép câu hỏi, thông tin người hỏi và câu trả lời đã gửi. Câu hỏi đang là bản nháp: khi câu trả lời đã được duyệt, đổi draft: true thành false rồi chạy npm run check.'
        : 'Mở tệp, sửa mô tả và viết nội dung, rồi chạy npm run check. Trang được đăng ở lần dựng trang tiếp theo.',
);
