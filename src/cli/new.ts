/**
 * npm run new -- tin "Tiêu đề bài viết"   → content/news/<năm>/<slug>.md (bản nháp)
 * npm run new -- trang "Tiêu đề trang"     → content/pages/<slug>.md
 * npm run new -- van-ban "Trích yếu"       → content/documents/<năm>/<slug>.md (bản nháp)
 * npm run new -- hoi-dap "Câu hỏi"         → content/questions/<năm>/<slug>.md (bản nháp)
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { contentDir, loadConfig } from '../data/config.ts';
import { buildTime } from '../data/build-env.ts';
import { newArticle, newDocument, newPage, newQuestion, parseKind } from '../lib/new-content.ts';
import { RESERVED_SLUGS } from '../lib/routes.ts';

const [kindWord, ...titleWords] = process.argv.slice(2);
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
        new Set([...names(join(contentDir, 'news')), ...RESERVED_SLUGS.news]),
        loadConfig().categories,
        loadConfig().site.unit.shortName,
      )
    : kind === 'document'
      ? newDocument(
          title,
          buildTime,
          new Set([...names(join(contentDir, 'documents')), ...RESERVED_SLUGS.documents]),
          loadConfig().documentTypes,
        )
      : kind === 'question'
        ? newQuestion(
            title,
            buildTime,
            new Set([...names(join(contentDir, 'questions')), ...RESERVED_SLUGS.questions]),
            loadConfig().fields,
          )
        : newPage(title, new Set([...names(join(contentDir, 'pages')), ...RESERVED_SLUGS.pages]));

const target = join(contentDir, file.path);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, file.text, { flag: 'wx' }); // never overwrite
console.log(`Đã tạo content/${file.path}`);
console.log(
  kind === 'news'
    ? 'Mở tệp, sửa chuyên mục, tác giả, tóm tắt và viết bài. Bài đang là bản nháp: khi sẵn sàng, đổi draft: true thành false rồi chạy npm run check.'
    : kind === 'document'
      ? 'Mở tệp, ghi số/ký hiệu, loại, người ký theo bản đã ký; chép tệp quét vào thư mục tep/ và bỏ dấu # trước dòng file:. Văn bản đang là bản nháp: khi sẵn sàng, đổi draft: true thành false rồi chạy npm run check.'
      : kind === 'question'
        ? 'Mở tệp, chép câu hỏi, thông tin người hỏi và câu trả lời đã gửi. Câu hỏi đang là bản nháp: khi câu trả lời đã được duyệt, đổi draft: true thành false rồi chạy npm run check.'
        : 'Mở tệp, sửa mô tả và viết nội dung, rồi chạy npm run check. Trang được đăng ở lần dựng trang tiếp theo.',
);
