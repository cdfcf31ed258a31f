import { describe, expect, it } from 'vitest';
import { checkLinks, internalTarget } from '../../support/links.ts';
import { makeDist, page } from '../../support/tiny-dist.ts';

const ORIGIN = 'https://xa.example.gov.vn';

const healthy = {
  'index.html': page(
    'Trang chủ',
    `
    <a href="/tin-tuc/">Tin</a> <a href="tin-tuc/#ds">Danh sách</a> <a href="/tin-tuc/bai-1/#muc-2">Mục 2</a>
    <a href="${ORIGIN}/tin-tuc/">Tin (tuyệt đối)</a> <a href="https://dichvucong.gov.vn/x">Bên ngoài</a>
    <a href="mailto:a@b.vn">Thư</a> <a href="tel:1022">1022</a> <a href="#top">Lên đầu</a>
    <img src="/anh/a.webp" srcset="/anh/a.webp 400w, /anh/b.webp 800w" alt="Ảnh">
    <form action="/tim-kiem/"><label>Tìm <input name="q"></label></form>`,
    `<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="${ORIGIN}/">`,
  ),
  'tin-tuc/index.html': page('Tin tức', '<ul id="ds"><li><a href="../">Về trang chủ</a></li></ul>'),
  'tin-tuc/bai-1/index.html': page('Bài 1', '<h2 id="muc-2">Mục 2</h2><a href="./">Bài này</a>'),
  'tim-kiem/index.html': page('Tìm kiếm', ''),
  'anh/a.webp': 'x',
  'anh/b.webp': 'x',
  '_astro/a.css': 'body{}',
};

describe('link checker', () => {
  it('passes a site whose links, images, srcset, forms and anchors all resolve', () => {
    const report = checkLinks(makeDist(healthy), { siteOrigin: ORIGIN });
    expect(report.broken).toEqual([]);
    expect(report.pages).toBe(4);
    // 16 references point inside the site (with each page's skip link, canonical and srcset
    // candidates) plus '#top'; the external, mailto: and tel: links are not counted.
    expect(report.checked).toBe(17);
  });

  it('reports a dead link, a missing image, a missing anchor and a missing trailing slash', () => {
    const dist = makeDist({
      ...healthy,
      'index.html': page(
        'Trang chủ',
        `
        <a href="/tin-tuc/khong-co/">Dead</a> <img src="/anh/mat.webp" alt="Mất">
        <a href="/tin-tuc/bai-1/#khong-co-muc">Anchor</a> <a href="/tin-tuc">No slash</a>
        <a href="${ORIGIN}/cu/">Old absolute</a> <a href="#chua-co">Same page</a>`,
      ),
    });
    const broken = checkLinks(dist, { siteOrigin: ORIGIN }).broken.map((b) => `${b.page} ${b.where} ${b.url}: ${b.reason}`);
    expect(broken).toEqual([
      '/ a[href] /tin-tuc/khong-co/: no such file',
      '/ img[src] /anh/mat.webp: no such file',
      '/ a[href] /tin-tuc/bai-1/#khong-co-muc: no such id on the target page',
      '/ a[href] /tin-tuc: no such file',
      `/ a[href] ${ORIGIN}/cu/: no such file`,
      '/ a[href] #chua-co: no such id on the target page',
    ]);
  });

  it('resolves relative URLs against the page and treats the site origin as internal', () => {
    expect(internalTarget('../b/', '/a/x/')?.pathname).toBe('/a/b/');
    expect(internalTarget(`${ORIGIN}/a/`, '/', ORIGIN)?.pathname).toBe('/a/');
    expect(internalTarget('https://other.vn/a/', '/', ORIGIN)).toBeUndefined();
    expect(internalTarget('//other.vn/a.js', '/', ORIGIN)).toBeUndefined();
    expect(internalTarget('javascript:void(0)', '/')).toBeUndefined();
  });
});
