/**
 * `npm run check` on a corpus with one broken case per rule (tests/fixtures/broken): every
 * problem at once, with its exact file, line, field and message, and exit code 1.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, runCli, tempSite } from '../support/cli.ts';

/** The checker's report is on stdout; its lines are what the tests compare. */
function check(contentDir: string) {
  const run = runCli('src/cli/check.ts', contentDir);
  return { status: run.status, lines: run.stdout.split('\n').filter(Boolean) };
}

describe('npm run check', () => {
  let broken: string;
  beforeAll(() => {
    broken = tempSite('broken', 'broken').content;
    // Too large to commit: a 300 KB article, as when a whole Word file with embedded pictures is pasted in.
    const header =
      '---\ntitle: "Bài quá dài"\ndate: 2024-04-08\ncategory: kinh-te\nauthor: "Văn phòng"\nsummary: "Dán cả tệp Word."\n---\n';
    writeFileSync(join(broken, 'news/2024/qua-lon.md'), header + 'Nội dung dài. '.repeat(22_000));
    // Too large to commit as well: a 22 MB scan attached to a document (the limit is 20 MB).
    mkdirSync(join(broken, 'documents/2024/tep'));
    writeFileSync(join(broken, 'documents/2024/tep/qua-nang.pdf'), Buffer.alloc(22_000_000));
  });

  it('passes the valid fixture site with exit code 0', () => {
    const { status, lines } = check(join(root, 'tests/fixtures/site'));
    expect(lines).toEqual(['Nội dung hợp lệ: đã kiểm tra 14 tệp, không có lỗi.']);
    expect(status).toBe(0);
  });

  it('reports every problem of the broken corpus, one line each, and exits with 1', () => {
    const { status, lines } = check(broken);
    const L = (file: string, field: string, message: string) => `content/${file}  ${field}  ${message}`;
    expect(lines).toEqual([
      // documents: unknown type, impossible date, attachment too large or missing, number used twice
      L(
        'documents/2024/loai-sai.md:3',
        'type',
        'loại văn bản "Tờ trình" không có trong content/document-types.yaml — cần là một trong: Quyết định, Thông báo',
      ),
      L(
        'documents/2024/loai-sai.md:5',
        'issued',
        'ngày "2024-02-30" không có thật (tháng 2/2024 chỉ có 29 ngày, không có ngày 30) — cần sửa lại ngày, ghi theo dạng NĂM-THÁNG-NGÀY',
      ),
      L(
        'documents/2024/qua-nang.md:6',
        'file',
        'tệp đính kèm "./tep/qua-nang.pdf" nặng 21 MB, vượt giới hạn 20 MB — cần quét lại với độ phân giải thấp hơn (khoảng 200 dpi) hoặc nén tệp PDF',
      ),
      L(
        'documents/2024/thieu-tep.md:6',
        'file',
        'không tìm thấy tệp đính kèm "./tep/khong-co.pdf" — cần chép tệp vào content/documents/2024/tep/ hoặc sửa lại tên tệp cho đúng (kể cả chữ hoa, chữ thường)',
      ),
      L(
        'documents/2024/trung-so.md',
        'number',
        'số/ký hiệu 50/tb-ubnd trùng với content/documents/2024/hop-le.md — mỗi văn bản có một số riêng',
      ),
      // an image that does not exist (cover) and a file that is not an image (body)
      L(
        'news/2024/anh-khong-co.md:8',
        'cover.src',
        'không tìm thấy ảnh "./images/khong-co.jpg" — cần chép tệp ảnh vào content/news/2024/images/ hoặc sửa lại tên tệp cho đúng (kể cả chữ hoa, chữ thường)',
      ),
      L(
        'news/2024/anh-khong-co.md:11',
        'nội dung',
        'tệp "./images/anh-hong.jpg" không đọc được như ảnh (tệp hỏng hoặc đổi đuôi) — cần mở ảnh và lưu lại thành JPG hoặc PNG',
      ),
      // missing alt text, on the cover and in the body
      L(
        'news/2024/anh-thieu-mo-ta.md:7',
        'cover.alt',
        'thiếu mô tả ảnh cho người khiếm thị (cover.alt) — cần điền mô tả ảnh cho người khiếm thị (cover.alt)',
      ),
      L(
        'news/2024/anh-thieu-mo-ta.md:13',
        'nội dung',
        'ảnh "./images/anh-nho.png" thiếu mô tả cho người khiếm thị — cần viết mô tả trong ngoặc vuông: ![Mô tả nội dung ảnh](./images/anh-nho.png)',
      ),
      // unknown category, unknown field
      L(
        'news/2024/chuyen-muc-sai.md:4',
        'category',
        'chuyên mục "the-thao" không có trong content/categories.yaml — cần là một trong: chinh-tri, kinh-te, cai-cach-hanh-chinh, van-hoa-xa-hoi, an-ninh-quoc-phong, thong-bao',
      ),
      L(
        'news/2024/chuyen-muc-sai.md:7',
        'tag',
        'trường "tag" không dùng được ở đây (có phải "tags"?) — các trường hợp lệ: title, date, updated, category, author, summary, cover, tags, featured, draft',
      ),
      // links to pages that do not exist, or not yet
      L(
        'news/2024/lien-ket-hong.md:8',
        'nội dung',
        'liên kết "/tin-tuc/bai-khong-ton-tai/" trỏ tới trang không có trong site — cần sửa đường dẫn (ví dụ /tin-tuc/ten-bai/, /thu-tuc-hanh-chinh/1.001193/) hoặc bỏ liên kết',
      ),
      L(
        'news/2024/lien-ket-hong.md:10',
        'nội dung',
        'liên kết "/tin-tuc/ban-nhap/" trỏ tới bài chưa đăng (bản nháp hoặc hẹn ngày đăng) — cần đăng bài đó trước hoặc bỏ liên kết',
      ),
      // code in content
      L(
        'news/2024/ma-doc.md:10',
        'nội dung',
        'mã <script> không được phép trong nội dung — cần xóa đoạn mã này (trang web không bao giờ hiển thị nó); muốn đưa video, bản đồ thì ghi đường link',
      ),
      L(
        'news/2024/ma-doc.md:12',
        'nội dung',
        'đường dẫn "javascript:alert(1)" chạy mã lệnh hoặc nhúng dữ liệu, không được phép — cần đường dẫn bắt đầu bằng https:// hoặc /',
      ),
      L('news/2024/ma-doc.md:14', 'nội dung', 'thuộc tính onclick= chạy mã lệnh, không được phép — cần xóa thuộc tính này'),
      // impossible date
      L(
        'news/2024/ngay-sai.md:3',
        'date',
        'ngày "2024-02-31" không có thật (tháng 2/2024 chỉ có 29 ngày, không có ngày 31) — cần sửa lại ngày, ghi theo dạng NĂM-THÁNG-NGÀY',
      ),
      // file too large
      L(
        'news/2024/qua-lon.md',
        '(cả tệp)',
        'tệp nặng 366 KB, vượt giới hạn 256 KB — cần chia thành nhiều bài hoặc bỏ bớt nội dung dán từ Word',
      ),
      // missing and empty required fields
      L('news/2024/thieu-truong.md:2', 'author', 'thiếu tác giả (author) — cần điền tác giả (author)'),
      L('news/2024/thieu-truong.md:5', 'summary', 'tóm tắt (summary) đang để trống — cần điền tóm tắt (summary)'),
      // invalid YAML
      L(
        'news/2024/yaml-sai.md:2',
        '(cả tệp)',
        'YAML sai cú pháp (MISSING_CHAR) — kiểm tra dấu hai chấm, thụt lề bằng dấu cách và dấu ngoặc kép: Missing closing "quote',
      ),
      // duplicate slug
      L(
        'news/2025/le-khanh-thanh-cau-dong-mau.md',
        'tên tệp',
        'trùng đường dẫn "le-khanh-thanh-cau-dong-mau" với content/news/2024/le-khanh-thanh-cau-dong-mau.md — cần đổi tên một trong hai tệp',
      ),
      // not UTF-8
      L(
        'pages/ma-hoa-sai.md:2',
        '(cả tệp)',
        'tệp không phải văn bản UTF-8 (ký tự hỏng ở dòng 2) — cần lưu lại tệp với bảng mã UTF-8 (Lưu thành… → Mã hóa: UTF-8)',
      ),
      // duplicate procedure code
      L(
        'procedures/1.001193-cu.yaml:1',
        'code',
        'mã thủ tục 1.001193 trùng với content/procedures/1.001193.yaml — mỗi thủ tục chỉ có một tệp',
      ),
      // unknown procedure field, online level not allowed
      L(
        'procedures/2.000001.yaml:3',
        'field',
        'lĩnh vực "Đất đai" không có trong content/fields.yaml — cần là một trong: Hộ tịch, Chứng thực',
      ),
      L(
        'procedures/2.000001.yaml:5',
        'online',
        'mức độ trực tuyến (online) "mức độ 5" không hợp lệ — cần là một trong: "toàn trình", "một phần", "không"',
      ),
      // an abbreviation declared twice
      L('search-synonyms.yaml:3', '[2].term', '"ubnd" đã có ở mục 1 — mỗi cách viết tắt chỉ khai báo một lần'),
      'Có 27 lỗi trong 18 tệp. Sửa từng dòng ở trên rồi chạy lại: npm run check',
    ]);
    expect(status).toBe(1);
  });
});
