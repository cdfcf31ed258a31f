import { describe, expect, it } from 'vitest';
import { impossibleDate } from '../../src/lib/check/dates.ts';
import { scanBody } from '../../src/lib/check/body.ts';
import { closest } from '../../src/lib/check/keys.ts';
import { internalPath, pathExists, sitePaths } from '../../src/lib/check/routes.ts';
import { decodeUtf8 } from '../../src/lib/check/text-file.ts';

describe('checker rules', () => {
  it('finds impossible dates in both the ISO and the Vietnamese form, and accepts real ones', () => {
    expect(impossibleDate('2023-02-29')).toBe('ngày "2023-02-29" không có thật (tháng 2/2023 chỉ có 28 ngày, không có ngày 29) — cần sửa lại ngày, ghi theo dạng NĂM-THÁNG-NGÀY');
    expect(impossibleDate('31/04/2024')).toContain('tháng 4/2024 chỉ có 30 ngày');
    expect(impossibleDate('2024-13-01')).toContain('không có tháng 13');
    expect([impossibleDate('2024-02-29'), impossibleDate('2024-03-15T08:30:00+07:00'), impossibleDate('Quyết định 12/2024')]).toEqual([undefined, undefined, undefined]);
  });
  it('skips code blocks and code spans when scanning a body, and reports lines of the file', () => {
    const items = scanBody('```\n<script>x</script>\n```\n`<iframe>` là thẻ nhúng.\n[a](/x/) ![b](./c.png)', 10);
    expect(items).toEqual([
      { kind: 'image', line: 14, src: './c.png', alt: 'b' },
      { kind: 'link', line: 14, href: '/x/' },
    ]);
  });
  it('suggests the field an editor meant', () => {
    expect(closest('titel', ['title', 'date'])).toBe('title');
    expect(closest('Category', ['category'])).toBe('category');
    expect(closest('hinh', ['title', 'date'])).toBeUndefined();
  });
  it('knows the routes of the site from content alone', () => {
    const paths = sitePaths({
      news: Array.from({ length: 13 }, (_, i) => ({ slug: `bai-${i}`, category: 'kinh-te' })),
      categories: ['kinh-te', 'thong-bao'],
      newsPerPage: 12,
      procedures: [{ code: '1.001193', field: 'Hộ tịch', levels: ['xa'], online: 'toan-trinh' }, { code: '2.000635', field: 'Chứng thực', levels: ['huyen'], online: 'khong', rescinded: {} }],
      fieldSlugs: new Map([['Hộ tịch', 'ho-tich'], ['Chứng thực', 'chung-thuc']]),
      pages: ['lien-he'],
      documents: [
        ...Array.from({ length: 12 }, (_, i) => ({ slug: `vb-${i}`, type: 'ke-hoach', year: 2024 })),
        { slug: '125-qd-ubnd', type: 'quyet-dinh', year: 2025, attachment: '/van-ban/tep/2025/125-qd-ubnd.pdf' },
      ],
      publicFiles: ['/files/qd.pdf'],
    });
    for (const p of ['/van-ban/', '/van-ban/trang/2/', '/van-ban/125-qd-ubnd/', '/van-ban/loai/quyet-dinh/', '/van-ban/nam/2024/', '/van-ban/tep/2025/125-qd-ubnd.pdf']) expect(paths.has(p), p).toBe(true);
    for (const p of ['/van-ban/trang/3/', '/van-ban/loai/cong-van/', '/van-ban/nam/2023/']) expect(paths.has(p), p).toBe(false);
    for (const p of ['/tin-tuc/trang/2/', '/tin-tuc/chuyen-muc/kinh-te/trang/2/', '/tin-tuc/chuyen-muc/thong-bao/', '/thu-tuc-hanh-chinh/linh-vuc/ho-tich/', '/thu-tuc-hanh-chinh/2.000635/', '/lien-he/', '/files/qd.pdf', '/tim-kiem/']) {
      expect(paths.has(p), p).toBe(true);
    }
    for (const p of ['/tin-tuc/trang/3/', '/thu-tuc-hanh-chinh/linh-vuc/chung-thuc/', '/thu-tuc-hanh-chinh/cap/huyen/']) expect(paths.has(p), p).toBe(false);
    expect(internalPath('https://songmau.example.gov.vn/lien-he/#ban-do', 'https://songmau.example.gov.vn')).toBe('/lien-he/');
    expect(internalPath('https://dichvucong.gov.vn/')).toBeUndefined();
    expect(pathExists(paths, '/lien-he')).toBe(true);
  });
  it('names the line of the first byte that is not UTF-8', () => {
    expect(decodeUtf8(Buffer.concat([Buffer.from('dòng 1\ndòng 2 '), Buffer.from([0xff])]))).toEqual({ badLine: 2 });
    expect(decodeUtf8(Buffer.from('\uFEFFxin chào'))).toEqual({ text: 'xin chào' });
  });
});
