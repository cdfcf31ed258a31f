import { describe, expect, it } from 'vitest';
import { impossibleDate } from '../../src/lib/check/dates.ts';
import { scanBody } from '../../src/lib/check/body.ts';
import { closest } from '../../src/lib/check/keys.ts';
import { internalPath, pathExists } from '../../src/lib/check/links.ts';
import { decodeUtf8 } from '../../src/lib/content/text-file.ts';

describe('checker rules', () => {
  it('finds impossible dates in both the ISO and the Vietnamese form, and accepts real ones', () => {
    expect(impossibleDate('2023-02-29')).toBe(
      'ngày "2023-02-29" không có thật (tháng 2/2023 chỉ có 28 ngày, không có ngày 29) — cần sửa lại ngày, ghi theo dạng NĂM-THÁNG-NGÀY',
    );
    expect(impossibleDate('31/04/2024')).toContain('tháng 4/2024 chỉ có 30 ngày');
    expect(impossibleDate('2024-13-01')).toContain('không có tháng 13');
    expect([impossibleDate('2024-02-29'), impossibleDate('2024-03-15T08:30:00+07:00'), impossibleDate('Quyết định 12/2024')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
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
  it('resolves internal links to site paths, absolute links to the portal included', () => {
    expect(internalPath('https://songmau.example.gov.vn/lien-he/#ban-do', 'https://songmau.example.gov.vn')).toBe('/lien-he/');
    expect(internalPath('/tin-tuc/bai-1/?a=1')).toBe('/tin-tuc/bai-1/');
    expect(internalPath('https://dichvucong.gov.vn/')).toBeUndefined();
    expect(pathExists(new Set(['/lien-he/']), '/lien-he')).toBe(true);
    expect(pathExists(new Set(['/lien-he/']), '/lien-he/x/')).toBe(false);
  });
  it('names the line of the first byte that is not UTF-8', () => {
    expect(decodeUtf8(Buffer.concat([Buffer.from('dòng 1\ndòng 2 '), Buffer.from([0xff])]))).toEqual({ badLine: 2 });
    expect(decodeUtf8(Buffer.from('\uFEFFxin chào'))).toEqual({ text: 'xin chào' });
  });
});
