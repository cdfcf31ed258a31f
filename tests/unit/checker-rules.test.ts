/**
 * Each of the checker's rules on its own, over a few files in memory: what it reports, and what it
 * hands to the rules after it. (tests/build/check.test.ts runs them all over whole fixture sites.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CheckContext, type Rule } from '../../src/lib/check/context.ts';
import { kindRule, RULES } from '../../src/lib/check/index.ts';
import { configRule } from '../../src/lib/check/rules/config.ts';
import { imageSizeRule } from '../../src/lib/check/rules/images.ts';
import { linksRule } from '../../src/lib/check/rules/links.ts';
import { strayRule } from '../../src/lib/check/rules/stray.ts';
import news from '../../src/kinds/news/index.ts';
import pages from '../../src/kinds/pages/index.ts';
import procedures from '../../src/kinds/procedures/index.ts';
import documents from '../../src/kinds/documents/index.ts';
import schedule from '../../src/kinds/schedule/index.ts';
import questions from '../../src/kinds/questions/index.ts';
import statistics from '../../src/kinds/statistics/index.ts';
import consultations from '../../src/kinds/consultations/index.ts';
import albums from '../../src/kinds/albums/index.ts';
import videos from '../../src/kinds/videos/index.ts';
import { formatProblem } from '../../src/lib/validation.ts';

const NOW = new Date('2025-06-01T00:00:00+07:00');
const siteRule = configRule;
const newsRule = kindRule(news);
const pagesRule = kindRule(pages);
const proceduresRule = kindRule(procedures);
const documentsRule = kindRule(documents);
const scheduleRule = kindRule(schedule);
const questionsRule = kindRule(questions);
const statisticsRule = kindRule(statistics);
const consultationsRule = kindRule(consultations);
const mediaRule: Rule = {
  name: 'ảnh và video',
  run: (ctx) => [albums, videos].forEach((kind) => kindRule(kind).run(ctx)),
};
const categories = [{ slug: 'kinh-te', name: 'Kinh tế' }];
const fields = [{ slug: 'ho-tich', name: 'Hộ tịch' }];
const documentTypes = [{ slug: 'quyet-dinh', name: 'Quyết định' }];

/** Runs one rule over `files`, with the configuration the earlier rules would have found. */
function run(rule: Rule, files: Record<string, string | Uint8Array>, setup: (ctx: CheckContext) => void = () => {}) {
  const bytes = (v: string | Uint8Array) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  const ctx = new CheckContext({ files: Object.keys(files), publicFiles: [], read: (p) => bytes(files[p]!), now: NOW, preview: false });
  ctx.config = {
    categories,
    fields,
    documentTypes,
    desks: [],
    leaders: [{ slug: 'chu-tich', name: 'Trương Minh Khoa', position: 'Chủ tịch UBND huyện' }],
  };
  setup(ctx);
  rule.run(ctx);
  return { ctx, lines: ctx.sortedProblems().map(formatProblem) };
}

const article = (extra = '', body = 'Nội dung.') =>
  `---\ntitle: "A"\ndate: 2025-01-02\ncategory: kinh-te\nauthor: "B"\nsummary: "C"\n${extra}---\n${body}\n`;
const procedure = (code: string) =>
  `code: "${code}"\nname: "Đăng ký khai sinh"\nfield: "Hộ tịch"\nlevels: [xa]\nonline: khong\napplicants: ["Công dân"]\nsteps: ["Nộp hồ sơ."]\nchannels:\n  - type: truc-tiep\n    timeLimit: "Trong ngày"\n    fee: "Miễn"\ndossier:\n  - documents:\n      - name: "Tờ khai"\n        original: 1\ntimeLimit: "Trong ngày"\nfee: "Miễn"\nagency: "UBND xã"\nresult: "Giấy khai sinh"\nlegalBasis: ["Luật Hộ tịch 2014"]\n`;

describe('checker rules', () => {
  it('run in order: configuration first, then each kind of the registry, links, and files no rule read', () => {
    expect(RULES.map((r) => r.name)).toEqual([
      'cấu hình đơn vị và các danh mục',
      'dung lượng ảnh',
      'tin tức',
      'trang tĩnh',
      'trang tiếng Anh',
      'thủ tục hành chính',
      'thông tin riêng của đơn vị cho thủ tục',
      'văn bản',
      'lịch công tác',
      'hỏi đáp',
      'thống kê hồ sơ',
      'lấy ý kiến dự thảo',
      'album ảnh',
      'video',
      'liên kết trong nội dung',
      'nội dung cần cập nhật',
      'tệp không thuộc mục nào',
    ]);
  });
  it('configuration: a missing required file is named; optional lists may be absent', () => {
    const { ctx, lines } = run(configRule, {
      'categories.yaml': '- slug: kinh-te\n  name: "Kinh tế"\n',
      'fields.yaml': '- slug: ho-tich\n  name: "Hộ tịch"\n',
    });
    expect(lines).toEqual([
      'content/site.yaml  (cả tệp)  không tìm thấy tệp — tệp này là bắt buộc, xem hướng dẫn trong docs/operator-guide.md',
    ]);
    expect(ctx.config).toMatchObject({ categories: [{ slug: 'kinh-te' }], fields: [{ name: 'Hộ tịch' }], documentTypes: [] });
  });
  it('image sizes: a photo over 5 MB', () => {
    const { lines } = run(imageSizeRule, {
      'news/2025/images/a.jpg': new Uint8Array(6 * 1024 * 1024),
      'news/2025/images/b.jpg': new Uint8Array(10),
    });
    expect(lines).toEqual([
      expect.stringMatching(/^content\/news\/2025\/images\/a\.jpg {2}\(cả tệp\) {2}ảnh nặng 6 MB, vượt giới hạn 5 MB/),
    ]);
  });
  it('news: reserved names, missing images, parked files, and which articles are published', () => {
    const { ctx, lines } = run(newsRule, {
      'news/2025/thang.md': article(),
      'news/2025/hen-ngay.md': article().replace('2025-01-02', '2025-12-01'),
      'news/2025/_nhap.md': 'không phải bài',
      'news/2025/anh.md': article('', '![Cầu](./images/khong-co.png)'),
    });
    expect(lines).toEqual([
      'content/news/2025/anh.md:8  nội dung  không tìm thấy ảnh "./images/khong-co.png" — cần chép tệp ảnh vào content/news/2025/images/ hoặc sửa lại tên tệp cho đúng (kể cả chữ hoa, chữ thường)',
      'content/news/2025/thang.md  tên tệp  "thang" là tên dành riêng của trang web — cần đổi tên tệp',
    ]);
    expect(ctx.routes.news.map((n) => n.slug)).toEqual(['anh', 'thang']);
    expect([...ctx.unpublished]).toEqual(['/tin-tuc/hen-ngay/']);
  });
  it("pages: a page may not take a section's name", () => {
    const page = '---\ntitle: "A"\ndescription: "B"\n---\nNội dung.\n';
    const { ctx, lines } = run(pagesRule, { 'pages/van-ban.md': page, 'pages/lien-he.md': page });
    expect(lines).toEqual(['content/pages/van-ban.md  tên tệp  "van-ban" là tên dành riêng của trang web — cần đổi tên tệp']);
    expect(ctx.routes.pages).toEqual(['lien-he', 'van-ban']);
  });
  it('procedures: one file per code named by it, scripts in text fields, related codes and desks that exist, form files that exist, and the listed records', () => {
    const { ctx, lines } = run(proceduresRule, {
      'procedures/1.001193.yaml': procedure('1.001193'),
      'procedures/1.000689.yaml': procedure('1.000689').replace('original: 1', 'formFile: "./mau/khong-co.docx"\n        original: 1'),
      'procedures/1.001193-cu.yaml': procedure('1.001193'),
      'procedures/khai-tu.yaml':
        procedure('1.000656').replace('"Nộp hồ sơ."', '"<script>x()</script>"') +
        'related:\n  - "1.001193"\n  - "1.999999"\ndesk: xa-khong-co\n',
    });
    expect(lines).toEqual([
      'content/procedures/1.000689.yaml:15  dossier[1].documents[1].formFile  không tìm thấy tệp đính kèm "./mau/khong-co.docx" — cần chép tệp vào content/procedures/mau/ hoặc sửa lại tên tệp cho đúng (kể cả chữ hoa, chữ thường)',
      'content/procedures/1.001193-cu.yaml:1  code  mã thủ tục 1.001193 trùng với content/procedures/1.001193.yaml — mỗi thủ tục chỉ có một tệp',
      'content/procedures/khai-tu.yaml:1  code  tên tệp phải là mã thủ tục — cần đổi tên thành 1.000656.yaml',
      expect.stringMatching(/^content\/procedures\/khai-tu\.yaml:7 {2}nội dung {2}mã <script> không được phép/),
      'content/procedures/khai-tu.yaml:23  related  thủ tục liên quan "1.999999" không có trong danh mục (content/procedures/) — cần ghi mã của một thủ tục có trong danh mục, ví dụ "1.000689", hoặc bỏ dòng này',
      'content/procedures/khai-tu.yaml:24  desk  nơi tiếp nhận "xa-khong-co" không có trong content/desks.yaml — cần là một trong: (chưa khai báo nơi nào)',
    ]);
    expect(ctx.routes.procedures.map((p) => p.code)).toEqual(['1.001193', '1.000656']);
  });
  it('procedures: a catalog several units share is read and checked once, every unit getting the same problems', () => {
    const files: Record<string, string> = {
      'procedures/1.001193.yaml': procedure('1.001193'),
      'procedures/1.000689.yaml': procedure('1.000689').replace('original: 1', 'formFile: "./mau/khong-co.docx"\n        original: 1'),
    };
    const reads: string[] = [];
    const memo = new Map<string, unknown>();
    const unit = () => {
      const ctx = new CheckContext({
        files: Object.keys(files),
        publicFiles: [],
        read: (p) => (reads.push(p), new TextEncoder().encode(files[p]!)),
        now: NOW,
        preview: false,
        shared: { has: (p) => p.startsWith('procedures/'), memo },
      });
      ctx.config = { categories, fields, documentTypes, desks: [], leaders: [] };
      proceduresRule.run(ctx);
      return ctx;
    };
    const [first, second] = [unit(), unit()];
    expect(second.sortedProblems()).toEqual(first.sortedProblems());
    expect(first.sortedProblems().map((p) => p.field)).toEqual(['dossier[1].documents[1].formFile']);
    expect(second.routes.procedures.map((p) => p.code)).toEqual(['1.001193']);
    expect(reads.sort()).toEqual(Object.keys(files).sort());
  });

  it('names a Markdown or YAML file no section reads, which would never be published', () => {
    const { lines } = run(strayRule([news, pages, albums]), {
      'tin-tuc/hop-dan.md': article(),
      'news/2025/hop-dan.md': article(),
      'news/2025/images/hop-dan.jpg': new Uint8Array(1),
      'albums/dua-ghe/album.yaml': 'title: "A"',
      'albums/dua-ghe/ghi-chu.yaml': 'a: 1',
      '_ghi-chu.md': 'nháp',
      'README.md': '# Hướng dẫn',
      'site.yaml': 'unit: {}',
    });
    expect(lines).toEqual([
      'content/albums/dua-ghe/ghi-chu.yaml  (cả tệp)  tệp không thuộc mục nào nên sẽ không được đăng — cần chuyển vào đúng thư mục (album ảnh content/albums/), hoặc đặt tên bắt đầu bằng _ nếu chỉ muốn cất giữ',
      'content/tin-tuc/hop-dan.md  (cả tệp)  tệp không thuộc mục nào nên sẽ không được đăng — cần chuyển vào đúng thư mục (tin tức content/news/, trang tĩnh content/pages/), hoặc đặt tên bắt đầu bằng _ nếu chỉ muốn cất giữ',
    ]);
  });

  it('procedures: a form over 20 MB is named with its line and field', () => {
    const { lines } = run(proceduresRule, {
      'procedures/1.001193.yaml': procedure('1.001193').replace('original: 1', 'formFile: "./mau/to-khai.pdf"\n        original: 1'),
      'procedures/mau/to-khai.pdf': new Uint8Array(21 * 1024 * 1024),
    });
    expect(lines).toEqual([
      expect.stringMatching(
        /^content\/procedures\/1\.001193\.yaml:15 {2}dossier\[1\]\.documents\[1\]\.formFile {2}tệp đính kèm "\.\/mau\/to-khai\.pdf" nặng 21 MB, vượt giới hạn 20 MB/,
      ),
    ]);
  });
  it('documents: the attachment must exist, with its line', () => {
    const document = '---\nnumber: "12/QĐ-UBND"\ntype: quyet-dinh\ntitle: "Về việc A"\nissued: 2025-01-05\nfile: ./tep/12.pdf\n---\n';
    const { ctx, lines } = run(documentsRule, { 'documents/2025/12-qd.md': document });
    expect(lines).toEqual([
      'content/documents/2025/12-qd.md:6  file  không tìm thấy tệp đính kèm "./tep/12.pdf" — cần chép tệp vào content/documents/2025/tep/ hoặc sửa lại tên tệp cho đúng (kể cả chữ hoa, chữ thường)',
    ]);
    expect(ctx.routes.documents).toEqual([]);
  });
  it('schedule: a file named by its week, dates inside it, real times, known leaders', () => {
    const week = (date: string, time: string, leader: string) =>
      `days:\n  - date: ${date}\n    entries:\n      - time: "${time}"\n        leaders: [${leader}]\n        title: "Giao ban"\n        place: "Phòng họp số 1"\n`;
    const { ctx, lines } = run(scheduleRule, {
      'schedule/2025-tuan-24.yaml': week('2025-06-16', '25:00', 'pct-an'),
      'schedule/tuan-24.yaml': week('2025-06-09', '07:30', 'Trương Minh Khoa'),
    });
    expect(lines).toEqual([
      'content/schedule/2025-tuan-24.yaml:2  days[1].date  ngày 16/06/2025 không thuộc tuần 24/2025 (09/06/2025 – 15/06/2025) — cần ghi một ngày trong tuần của tệp, hoặc chuyển mục này sang tệp của tuần đó',
      'content/schedule/2025-tuan-24.yaml:4  days[1].entries[1].time  giờ "25:00" không có thật — cần ghi theo dạng GIỜ:PHÚT từ 00:00 đến 23:59, ví dụ "07:30"',
      'content/schedule/2025-tuan-24.yaml:5  days[1].entries[1].leaders[1]  lãnh đạo "pct-an" không có trong content/leaders.yaml — cần là một trong: chu-tich',
      expect.stringMatching(
        /^content\/schedule\/tuan-24\.yaml {2}tên tệp {2}tên tệp "tuan-24\.yaml" không phải một tuần — cần đặt theo dạng <năm>-tuan-<số tuần, 2 chữ số>\.yaml/,
      ),
    ]);
    expect(ctx.routes.weeks).toEqual([]);
  });
  it('questions: an answer in the body, dates in order, related procedures and documents that the site has, reserved names, drafts', () => {
    const question = (extra = '', body = 'Trả lời.') =>
      `---\ntitle: "Hỏi"\nquestion: "Tôi hỏi."\nasked: 2025-03-01\nchannel: "1022"\nfield: "ho tich"\nanswered: 2025-03-05\nansweredBy:\n  agency: "Phòng Tư pháp"\n${extra}---\n${body}\n`;
    const { ctx, lines } = run(
      questionsRule,
      {
        'questions/2025/khai-sinh.md': question('procedures:\n  - "1.001193"\n  - "1.999999"\ndocuments:\n  - "12-qd"\n  - "khong-co"\n'),
        'questions/2025/chua-tra-loi.md': question('', ''),
        'questions/2025/nguoc-ngay.md': question().replace('answered: 2025-03-05', 'answered: 2025-02-01'),
        'questions/2025/linh-vuc.md': question(),
        'questions/2025/nhap.md': question('draft: true\n'),
      },
      (ctx) => {
        ctx.routes.procedures = [{ code: '1.001193' } as never];
        ctx.routes.documents = [{ slug: '12-qd', type: 'quyet-dinh', year: 2025 }];
      },
    );
    expect(lines).toEqual([
      'content/questions/2025/chua-tra-loi.md  nội dung  chưa có câu trả lời — cần viết câu trả lời bên dưới dòng --- cuối phần thông tin đầu, hoặc đặt draft: true khi chưa trả lời xong',
      'content/questions/2025/khai-sinh.md:12  procedures  thủ tục liên quan "1.999999" không có trong danh mục (content/procedures/) — cần ghi mã của một thủ tục có trong danh mục, ví dụ "1.000689", hoặc bỏ dòng này',
      expect.stringMatching(
        /^content\/questions\/2025\/khai-sinh\.md:15 {2}documents {2}văn bản liên quan "khong-co" không có trong mục Văn bản hoặc chưa đăng/,
      ),
      'content/questions/2025/linh-vuc.md  tên tệp  "linh-vuc" là tên dành riêng của trang web — cần đổi tên tệp',
      'content/questions/2025/nguoc-ngay.md:7  answered  ngày trả lời (answered) đang trước ngày hỏi (asked) — cần sửa lại một trong hai ngày',
    ]);
    expect(ctx.routes.questions).toEqual([
      { slug: 'chua-tra-loi', field: 'Hộ tịch' },
      { slug: 'khai-sinh', field: 'Hộ tịch' },
      { slug: 'linh-vuc', field: 'Hộ tịch' },
    ]);
    expect([...ctx.unpublished]).toEqual(['/hoi-dap/nhap/']);
  });
  it('statistics: files named by their period, each month once, negative numbers, figures that add up, one row per level and field', () => {
    const row = (inProgress: number, total = 10) =>
      `  - level: xa\n    field: "Hộ tịch"\n    carriedOver: 2\n    received: { online: 8, direct: 2, postal: 0, total: ${total} }\n    resolved: { early: 5, onTime: 4, late: 0 }\n    inProgress: ${inProgress}\n    returned: 0\n`;
    const { lines } = run(statisticsRule, {
      'statistics/2025-05.yaml': `rows:\n${row(3)}`,
      'statistics/2025-q2.yaml': `rows:\n${row(3)}`,
      'statistics/2025-04.yaml': `rows:\n${row(2, 11)}${row(-1)}`,
      'statistics/thang-3.yaml': `rows:\n${row(3)}${row(3)}`,
    });
    expect(lines).toEqual([
      'content/statistics/2025-04.yaml:5  rows[1].received.total  tổng tiếp nhận ghi 11 nhưng trực tuyến + trực tiếp + bưu chính = 8 + 2 + 0 = 10 — cần sửa cho khớp',
      'content/statistics/2025-04.yaml:7  rows[1].inProgress  số hồ sơ không khớp: kỳ trước chuyển sang + tiếp nhận = 2 + 10 = 12, nhưng đã giải quyết + đang giải quyết + trả lại = 9 + 2 + 0 = 11 — cần kiểm tra lại các số',
      'content/statistics/2025-04.yaml:10  rows[2].field  dòng 2 lặp lại cấp và lĩnh vực của dòng 1 (Hộ tịch) — mỗi cấp, mỗi lĩnh vực chỉ một dòng trong một kỳ',
      'content/statistics/2025-04.yaml:14  rows[2].inProgress  đang giải quyết (inProgress) không được nhỏ hơn 0',
      'content/statistics/2025-q2.yaml  tên tệp  Quý II/2025 đã có số liệu trong Tháng 4/2025 (tệp content/statistics/2025-04.yaml) — mỗi tháng chỉ nhập một lần: xóa một trong hai tệp, hoặc chỉ nhập theo tháng hoặc chỉ theo quý',
      expect.stringMatching(/^content\/statistics\/thang-3\.yaml {2}tên tệp {2}tên tệp "thang-3\.yaml" không phải một kỳ báo cáo/),
      'content/statistics/thang-3.yaml:10  rows[2].field  dòng 2 lặp lại cấp và lĩnh vực của dòng 1 (Hộ tịch) — mỗi cấp, mỗi lĩnh vực chỉ một dòng trong một kỳ',
    ]);
  });
  it('consultations: the draft files exist, the closing date after the opening one, reserved names, drafts', () => {
    const consultation = (extra = '', closes = '2025-06-20') =>
      `---\ntitle: "Dự thảo quy chế"\nagency: "Văn phòng"\nfiles:\n  - title: "Dự thảo"\n    file: ./tep/du-thao.pdf\nopens: 2025-05-20\ncloses: ${closes}\naudience: "Người dân"\nreply:\n  email: "vp@x.gov.vn"\n${extra}---\nMô tả.\n`;
    const { ctx, lines } = run(consultationsRule, {
      'consultations/quy-che.md': consultation(),
      'consultations/tep/du-thao.pdf': new Uint8Array(100),
      'consultations/tep.md': consultation(),
      'consultations/nguoc.md': consultation('', '2025-05-01'),
      'consultations/nhap.md': consultation('draft: true\n').replace('du-thao.pdf', 'khong-co.pdf'),
    });
    expect(lines).toEqual([
      'content/consultations/nguoc.md:8  closes  ngày hết hạn góp ý (closes) đang trước ngày bắt đầu (opens) — cần sửa lại một trong hai ngày',
      'content/consultations/nhap.md:6  files[1].file  không tìm thấy tệp đính kèm "./tep/khong-co.pdf" — cần chép tệp vào content/consultations/tep/ hoặc sửa lại tên tệp cho đúng (kể cả chữ hoa, chữ thường)',
      'content/consultations/tep.md  tên tệp  "tep" là tên dành riêng của trang web — cần đổi tên tệp',
    ]);
    expect(ctx.routes.consultations).toEqual([
      { slug: 'quy-che', files: ['/lay-y-kien/tep/du-thao.pdf'] },
      { slug: 'tep', files: ['/lay-y-kien/tep/du-thao.pdf'] },
    ]);
  });
  it('configuration: disclosure sections with reserved or repeated names, unknown types; a request form missing from public/', () => {
    const site = readFileSync(new URL('../fixtures/site/site.yaml', import.meta.url), 'utf8').replace(
      '\nmenu:',
      '\naccessToInformation:\n  office: "VP"\n  phone: "1022"\n  email: "vp@x.gov.vn"\n  requestForm: "/tai-lieu/khong-co.docx"\ndisclosure:\n  - slug: van-ban\n    title: "A"\n  - slug: tuyen-dung\n    title: "B"\n    documentTypes: ["Tờ trình"]\n  - slug: tuyen-dung\n    title: "C"\nmenu:',
    );
    const { lines } = run(siteRule, {
      'site.yaml': site,
      'categories.yaml': '- slug: kinh-te\n  name: "Kinh tế"\n',
      'fields.yaml': '- slug: ho-tich\n  name: "Hộ tịch"\n',
      'document-types.yaml': '- slug: quyet-dinh\n  name: "Quyết định"\n',
    });
    expect(lines.map((l) => l.replace(/:\d+ /, ':N '))).toEqual([
      'content/site.yaml:N  accessToInformation.requestForm  không tìm thấy tệp "/tai-lieu/khong-co.docx" trong thư mục public/ — cần chép tệp vào public/tai-lieu/ hoặc sửa đường dẫn',
      'content/site.yaml:N  disclosure[1].slug  "van-ban" là tên dành riêng của trang web — cần đổi tên tệp',
      'content/site.yaml:N  disclosure[2].documentTypes  loại văn bản "Tờ trình" không có trong content/document-types.yaml — cần là một trong: Quyết định',
      'content/site.yaml:N  disclosure[3].slug  mục công khai "tuyen-dung" đã có ở trên — mỗi mục một đường dẫn riêng',
    ]);
  });
  it('albums and videos: photos and posters beside the file, with alt text; video files that exist', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0,
    ]);
    const { ctx, lines } = run(mediaRule, {
      'albums/dua-ghe/album.yaml':
        'title: "Đua ghe"\ndate: 2024-09-02\nphotos:\n  - file: ./a.png\n    alt: "Ghe"\n    caption: "Xuất phát"\n  - file: ./khong-co.png\n    caption: "Về đích"\n',
      'albums/dua-ghe/a.png': png,
      'videos/dua-ghe.yaml':
        'title: "Đua ghe"\ndate: 2024-09-03\ndescription: "Mô tả"\nposter:\n  src: ./tep/a.png\n  alt: "Ghe"\nsources:\n  - ./tep/dua-ghe.webm\ncaptions: ./tep/dua-ghe.vtt\n',
      'videos/tep/a.png': png,
      'videos/tep/dua-ghe.vtt': 'WEBVTT\n',
    });
    expect(lines).toEqual([
      'content/albums/dua-ghe/album.yaml:7  photos[2].file  không tìm thấy ảnh "./khong-co.png" — cần chép tệp ảnh vào content/albums/dua-ghe/images/ hoặc sửa lại tên tệp cho đúng (kể cả chữ hoa, chữ thường)',
      'content/albums/dua-ghe/album.yaml:7  photos[2].alt  thiếu mô tả ảnh cho người khiếm thị (photos.alt) — cần điền mô tả ảnh cho người khiếm thị (photos.alt)',
      'content/videos/dua-ghe.yaml:8  sources[1]  không tìm thấy tệp đính kèm "./tep/dua-ghe.webm" — cần chép tệp vào content/videos/tep/ hoặc sửa lại tên tệp cho đúng (kể cả chữ hoa, chữ thường)',
    ]);
    expect(ctx.routes.albums).toEqual([]);
  });
  it("links: to a page that does not exist, to a draft, and relative ones; the site's paths for what follows", () => {
    const { ctx, lines } = run(linksRule, {}, (ctx) => {
      ctx.routes.pages = ['lien-he'];
      ctx.unpublished.add('/tin-tuc/ban-nhap/');
      for (const href of ['/lien-he', '/tin-tuc/ban-nhap/', '/tin-tuc/khong-co/', '../a.md', 'https://dichvucong.gov.vn/', '#muc-1'])
        ctx.links.push({ file: 'content/news/2025/a.md', item: { kind: 'link', line: 9, href } });
    });
    expect(lines.map((l) => l.split(' — ')[0])).toEqual([
      'content/news/2025/a.md:9  nội dung  liên kết "/tin-tuc/ban-nhap/" trỏ tới bài chưa đăng (bản nháp hoặc hẹn ngày đăng)',
      'content/news/2025/a.md:9  nội dung  liên kết "/tin-tuc/khong-co/" trỏ tới trang không có trong site',
      'content/news/2025/a.md:9  nội dung  liên kết "../a.md" không có dạng đường dẫn của site',
    ]);
    expect(ctx.paths.has('/lien-he/')).toBe(true);
  });
});
