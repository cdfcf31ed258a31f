import { describe, expect, it } from 'vitest';
import { pageCount, pageParam, pagePath, paths, RESERVED_SLUGS } from '../../src/lib/routes.ts';
import { sitePaths } from '../../src/lib/site-paths.ts';

describe('URL scheme', () => {
  it('builds every kind of path with a trailing slash, attachments and feeds as files', () => {
    expect([paths.article('le-hoi'), paths.category('kinh-te'), paths.categoryFeed('kinh-te')]).toEqual([
      '/tin-tuc/le-hoi/',
      '/tin-tuc/chuyen-muc/kinh-te/',
      '/tin-tuc/chuyen-muc/kinh-te/rss.xml',
    ]);
    expect([
      paths.procedure('1.001193'),
      paths.checklist('1.001193'),
      paths.field('ho-tich'),
      paths.level('xa'),
      paths.online('toan-trinh'),
    ]).toEqual([
      '/thu-tuc-hanh-chinh/1.001193/',
      '/thu-tuc-hanh-chinh/1.001193/ho-so/',
      '/thu-tuc-hanh-chinh/linh-vuc/ho-tich/',
      '/thu-tuc-hanh-chinh/cap/xa/',
      '/thu-tuc-hanh-chinh/muc-do/toan-trinh/',
    ]);
    expect([
      paths.document('125-qd'),
      paths.documentType('quyet-dinh'),
      paths.documentYear(2025),
      paths.attachment('2025', 'QĐ 125.pdf'),
    ]).toEqual(['/van-ban/125-qd/', '/van-ban/loai/quyet-dinh/', '/van-ban/nam/2025/', '/van-ban/tep/2025/Q%C4%90%20125.pdf']);
    expect([paths.page('lien-he'), paths.search, paths.feed, paths.searchIndex]).toEqual([
      '/lien-he/',
      '/tim-kiem/',
      '/rss.xml',
      '/pagefind/pagefind.js',
    ]);
    expect([paths.desks, paths.desk('xa-tan-mau'), paths.form('tờ khai.docx')]).toEqual([
      '/thu-tuc-hanh-chinh/noi-tiep-nhan-ho-so/',
      '/thu-tuc-hanh-chinh/noi-tiep-nhan-ho-so/#xa-tan-mau',
      '/thu-tuc-hanh-chinh/mau/t%E1%BB%9D%20khai.docx',
    ]);
  });
  it('numbers list pages after the first under one segment', () => {
    expect([pageParam(1), pageParam(3)]).toEqual([undefined, 'trang/3']);
    expect([pagePath('/van-ban/', 1), pagePath('/van-ban/', 2)]).toEqual(['/van-ban/', '/van-ban/trang/2/']);
    expect([pageCount(0, 12), pageCount(12, 12), pageCount(13, 12)]).toEqual([1, 1, 2]);
  });
  it('reserves the slugs its own routes use, for each folder editors name files in', () => {
    expect([...RESERVED_SLUGS.news]).toEqual(['chuyen-muc', 'thang']);
    expect([...RESERVED_SLUGS.documents]).toEqual(['trang', 'loai', 'nam', 'tep']);
    expect([...RESERVED_SLUGS.questions]).toEqual(['trang', 'linh-vuc']);
    for (const slug of [
      'tin-tuc',
      'thu-tuc-hanh-chinh',
      'van-ban',
      'tim-kiem',
      'hoi-dap',
      'thong-ke-ho-so',
      'cong-khai',
      'pagefind',
      '_astro',
      '404',
    ])
      expect(RESERVED_SLUGS.pages.has(slug), slug).toBe(true);
  });
  it('lists every path of the site from content alone', () => {
    const paths = sitePaths({
      news: Array.from({ length: 13 }, (_, i) => ({ slug: `bai-${i}`, category: 'kinh-te', month: i < 12 ? '2024-05' : '2024-06' })),
      categories: ['kinh-te', 'thong-bao'],
      perPage: 12,
      procedures: [
        {
          code: '1.001193',
          name: 'Đăng ký khai sinh',
          field: 'Hộ tịch',
          levels: ['xa'],
          online: 'toan-trinh',
          applicants: ['Công dân Việt Nam'],
          agency: 'Ủy ban nhân dân cấp xã',
          dossier: [{ documents: [{ formFile: './mau/tờ khai.docx' }, {}] }],
        },
        {
          code: '2.000635',
          name: 'Cấp bản sao',
          field: 'Chứng thực',
          levels: ['huyen'],
          online: 'khong',
          applicants: ['Tổ chức'],
          agency: 'Phòng Tư pháp huyện',
          rescinded: {},
          dossier: [],
        },
      ],
      fieldSlugs: new Map([
        ['Hộ tịch', 'ho-tich'],
        ['Chứng thực', 'chung-thuc'],
      ]),
      pages: ['lien-he'],
      weeks: ['2025-tuan-24'],
      disclosure: [
        { slug: 'tuyen-dung', count: 13 },
        { slug: 'cong-khai-ngan-sach', count: 0 },
      ],
      consultations: [{ slug: 'du-thao-quy-che', files: ['/lay-y-kien/tep/du thao.pdf'] }],
      english: ['index', 'contacts'],
      albums: [{ slug: 'dua-ghe', photos: 2 }],
      videos: [{ slug: 'dua-ghe', files: ['/video/tep/dua ghe.mp4'] }],
      questions: [
        ...Array.from({ length: 13 }, (_, i) => ({ slug: `hoi-${i}`, field: 'Hộ tịch' })),
        { slug: 'hoi-ct', field: 'Chứng thực' },
      ],
      documents: [
        ...Array.from({ length: 12 }, (_, i) => ({ slug: `vb-${i}`, type: 'ke-hoach', year: 2024 })),
        { slug: '125-qd-ubnd', type: 'quyet-dinh', year: 2025, attachment: '/van-ban/tep/2025/125-qd-ubnd.pdf' },
      ],
      publicFiles: ['/files/qd.pdf'],
    });
    for (const p of [
      '/van-ban/',
      '/van-ban/trang/2/',
      '/van-ban/125-qd-ubnd/',
      '/van-ban/loai/quyet-dinh/',
      '/van-ban/nam/2024/',
      '/van-ban/tep/2025/125-qd-ubnd.pdf',
    ])
      expect(paths.has(p), p).toBe(true);
    for (const p of ['/van-ban/trang/3/', '/van-ban/loai/cong-van/', '/van-ban/nam/2023/', '/van-ban/nam/2024/trang/2/'])
      expect(paths.has(p), p).toBe(false);
    // A type or year with more documents than a page holds is paginated like the full list.
    for (const p of ['/van-ban/loai/ke-hoach/', '/van-ban/nam/2024/']) expect(paths.has(p), p).toBe(true);
    for (const p of [
      '/tin-tuc/',
      '/tin-tuc/thang/2024-05/',
      '/tin-tuc/thang/2024-06/',
      '/tin-tuc/chuyen-muc/kinh-te/thang/2024-06/',
      '/tin-tuc/chuyen-muc/thong-bao/',
      '/thu-tuc-hanh-chinh/linh-vuc/ho-tich/',
      '/thu-tuc-hanh-chinh/2.000635/',
      '/lien-he/',
      '/files/qd.pdf',
      '/tim-kiem/',
      '/thu-tuc-hanh-chinh/mau/tờ khai.docx',
      '/thu-tuc-hanh-chinh/noi-tiep-nhan-ho-so/',
      '/thu-tuc-hanh-chinh/doi-tuong/cong-dan-viet-nam/',
      '/thu-tuc-hanh-chinh/co-quan/uy-ban-nhan-dan-cap-xa/',
      '/lich-cong-tac/',
      '/lich-cong-tac/2025-tuan-24/',
      '/lich-cong-tac/lich.ics',
    ]) {
      expect(paths.has(p), p).toBe(true);
    }
    for (const p of [
      '/hoi-dap/',
      '/hoi-dap/trang/2/',
      '/hoi-dap/hoi-0/',
      '/hoi-dap/linh-vuc/ho-tich/',
      '/hoi-dap/linh-vuc/ho-tich/trang/2/',
      '/hoi-dap/linh-vuc/chung-thuc/',
      '/thong-ke-ho-so/',
      '/thong-ke-ho-so/so-lieu.csv',
      '/thong-ke-ho-so/so-lieu.json',
    ])
      expect(paths.has(p), p).toBe(true);
    for (const p of [
      '/cong-khai/',
      '/tuyen-dung/',
      '/tuyen-dung/trang/2/',
      '/tuyen-dung/rss.xml',
      '/cong-khai-ngan-sach/',
      '/cong-khai-ngan-sach/rss.xml',
    ])
      expect(paths.has(p), p).toBe(true);
    expect(paths.has('/cong-khai-ngan-sach/trang/2/')).toBe(false);
    expect(paths.has('/album/dua-ghe/3/')).toBe(false);
    for (const p of [
      '/lay-y-kien/',
      '/lay-y-kien/du-thao-quy-che/',
      '/lay-y-kien/tep/du thao.pdf',
      '/tiep-can-thong-tin/',
      '/en/',
      '/en/contacts/',
      '/album/',
      '/album/dua-ghe/',
      '/album/dua-ghe/2/',
      '/video/',
      '/video/dua-ghe/',
      '/video/tep/dua ghe.mp4',
    ])
      expect(paths.has(p), p).toBe(true);
    for (const p of ['/hoi-dap/trang/3/', '/hoi-dap/linh-vuc/chung-thuc/trang/2/', '/hoi-dap/linh-vuc/dat-dai/'])
      expect(paths.has(p), p).toBe(false);
    // News has no numbered pages (months instead), and no month page where a category has no news.
    for (const p of [
      '/tin-tuc/trang/2/',
      '/tin-tuc/thang/2024-04/',
      '/tin-tuc/chuyen-muc/thong-bao/thang/2024-05/',
      '/thu-tuc-hanh-chinh/linh-vuc/chung-thuc/',
      '/thu-tuc-hanh-chinh/cap/huyen/',
      '/thu-tuc-hanh-chinh/doi-tuong/to-chuc/',
      '/thu-tuc-hanh-chinh/co-quan/phong-tu-phap-huyen/',
    ])
      expect(paths.has(p), p).toBe(false);
  });
});
