/**
 * Component examples: every component in each state it can be in — archive banner on, rescinded
 * procedure, empty lists, long Vietnamese words — rendered at /mau-giao-dien/<name>/ so the
 * browser checks (axe, layout at 320 px in two fonts, keyboard) and html-validate see states the
 * sample content does not have, as GOV.UK Frontend checks its examples. Built only when
 * TRANGTIN_EXAMPLES=1 (the test build, astro.config.mjs): a unit's published site never has these pages.
 *
 * The records go through the real schemas, so they are records an editor could have written;
 * links point at pages the sample site has, so the link checks pass.
 */
import { z } from 'astro/zod';
import { procedureSchema } from '../../src/lib/schemas/procedure.ts';
import { newsSchema } from '../../src/lib/schemas/news.ts';
import { documentSchema } from '../../src/lib/schemas/document.ts';
import type { SiteConfig } from '../../src/lib/schemas/site.ts';
import { paths } from '../../src/lib/routes.ts';
import { vietnamYear } from '../../src/lib/dates.ts';
import type { Procedure } from '../../src/data/procedures.ts';
import type { Article } from '../../src/data/news.ts';
import type { LegalDocument } from '../../src/data/documents.ts';
import { loadConfig } from '../../src/data/config.ts';

/** The example pages: URL segment and what each shows. */
export const EXAMPLE_TITLES = {
  'luu-tru': 'Thông báo trang lưu trữ',
  'thu-tuc-bai-bo': 'Thủ tục đã bãi bỏ',
  'nop-ho-so': 'Nộp hồ sơ trực tuyến và trực tiếp',
  'danh-sach-trong': 'Danh sách trống',
  'chu-dai': 'Từ và tên rất dài',
  'video-youtube': 'Video YouTube chỉ tải khi bấm',
} as const;
export type ExampleName = keyof typeof EXAMPLE_TITLES;
export const EXAMPLE_NAMES = Object.keys(EXAMPLE_TITLES) as ExampleName[];

/** A word longer than a phone's width, as pasted from a system export or a long compound name. */
export const LONG_WORD = 'Quyếtđịnhphêduyệtđiềuchỉnhquyhoạchchitiếtxâydựngtỷlệ1/500khudâncưtrungtâmxã';

const { fields, categories, documentTypes } = loadConfig();
const FORM = 'to-khai-dang-ky-khai-sinh.docx';
const field = fields[0]!.name;

const procedure = (overrides: Record<string, unknown>): Procedure => ({
  ...procedureSchema({ fields }).parse({
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    field,
    levels: ['xa'],
    online: 'toan-trinh',
    applicants: ['Công dân Việt Nam'],
    steps: ['Nộp hồ sơ.', 'Nhận kết quả.'],
    channels: [
      { type: 'truc-tuyen', timeLimit: 'Trong ngày', fee: 'Miễn lệ phí' },
      { type: 'truc-tiep', timeLimit: 'Trong ngày', fee: 'Miễn lệ phí' },
    ],
    dossier: [
      {
        documents: [
          {
            name: 'Tờ khai đăng ký khai sinh',
            form: 'Mẫu ban hành kèm Thông tư số 04/2020/TT-BTP',
            formFile: `./mau/${FORM}`,
            original: 1,
          },
        ],
      },
    ],
    timeLimit: 'Trong ngày',
    fee: 'Miễn lệ phí',
    agency: 'Ủy ban nhân dân cấp xã',
    result: 'Giấy khai sinh',
    legalBasis: ['Luật Hộ tịch năm 2014'],
    ...overrides,
  }),
  url: paths.procedure('1.001193'),
  file: 'content/procedures/1.001193.yaml',
  // A form the sample ships, so the link resolves in the test build.
  forms: { [`./mau/${FORM}`]: { url: paths.form(FORM), description: 'Word, 2 KB', extension: 'docx' } },
});

const article = (title: string, summary: string): Article => {
  const data = newsSchema({ image: () => z.never(), categories }).parse({
    title,
    summary,
    date: '2025-03-15',
    category: categories[0]!.slug,
    author: 'Văn phòng HĐND và UBND',
  });
  return { id: 'vi-du', collection: 'news', data, body: '', slug: 'vi-du', url: paths.news } as unknown as Article;
};

const legalDocument = (number: string, title: string): LegalDocument => {
  const data = documentSchema({ types: documentTypes }).parse({
    number,
    title,
    type: documentTypes[0]?.slug ?? 'quyet-dinh',
    issued: '2025-01-05',
  });
  return {
    id: 'vi-du',
    collection: 'documents',
    data,
    body: '',
    slug: 'vi-du',
    url: paths.documents,
    year: vietnamYear(data.issued),
    issuer: 'Ủy ban nhân dân',
  } as unknown as LegalDocument;
};

export const examples = {
  archive: {
    archived: true,
    notice: 'Từ ngày 01/7/2025, huyện Sông Mẫu kết thúc hoạt động; trang này chỉ còn để tra cứu các tin, văn bản đã đăng.',
    successors: [
      { name: 'Cổng thông tin điện tử tỉnh Bình Mẫu', url: 'https://binhmau.example.gov.vn' },
      { name: 'Trang thông tin điện tử xã Đồng Mẫu', url: 'https://dongmau.example.gov.vn' },
    ],
  } satisfies SiteConfig['archive'],
  rescinded: procedure({ rescinded: { date: '2025-07-01', decision: 'Quyết định số 1234/QĐ-UBND ngày 20/6/2025 của Chủ tịch UBND tỉnh' } }),
  online: procedure({}),
  offline: procedure({ online: 'khong', channels: [{ type: 'truc-tiep', timeLimit: 'Trong ngày', fee: 'Miễn lệ phí' }] }),
  long: {
    procedure: procedure({
      name: `Cấp giấy phép ${LONG_WORD}`,
      agency: `Phòng Kinh tế, Hạ tầng và Đô thị; ${LONG_WORD}`,
      longCode: '1.001193.000.00.00.H12-KTHT-UBNDXA-DONGMAU',
    }),
    article: article(
      `Triển khai ${LONG_WORD} trên địa bàn`,
      `Tóm tắt có từ rất dài ${LONG_WORD} và địa chỉ https://dichvucong.binhmau.example.gov.vn/thu-tuc/chi-tiet-thu-tuc-hanh-chinh.`,
    ),
    document: legalDocument('1234/QĐ-UBND-VP-KTHT-TCKH', `Về việc ${LONG_WORD}`),
    table: `| Thứ | Lãnh đạo | Nội dung |\n| - | - | - |\n| Hai | Chủ tịch UBND | ${LONG_WORD} |`,
  },
};
