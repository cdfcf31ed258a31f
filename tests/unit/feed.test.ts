import { describe, expect, it } from 'vitest';
import { absolutizeUrls, escapeXml, feedItem } from '../../src/lib/feed.ts';
import { renderInline, renderMarkdown } from '../../src/lib/markdown.ts';

describe('markdown of data files (procedure fields)', () => {
  it('renders Markdown and removes scripts, handlers and javascript: links', () => {
    const html = renderMarkdown('**Đậm** <script>alert(1)</script> [x](javascript:alert(1)) <img src="a.png" onerror="alert(1)">');
    expect(html).toContain('<strong>Đậm</strong>');
    expect(html).not.toMatch(/script|onerror|javascript:/);
    expect(renderInline('Nộp tại *Bộ phận Một cửa*')).toBe('Nộp tại <em>Bộ phận Một cửa</em>');
  });
});

describe('feed items', () => {
  it('carries the page body with absolute links and images, and the byline as dc:creator', () => {
    const html =
      '<p>Xem <a href="/thu-tuc-hanh-chinh/1.001193/">thủ tục</a> <img src="/_astro/anh.Ab12.webp" srcset="/_astro/anh.Ab12.webp 400w, /_astro/anh.Cd34.webp 800w" alt="ảnh"></p>';
    const item = feedItem(
      {
        title: 'Tin',
        url: '/tin-tuc/tin/',
        date: new Date('2024-01-02'),
        summary: 'Tóm tắt',
        category: 'Kinh tế',
        author: 'Lê & Cộng sự',
        html,
      },
      'https://example.gov.vn',
    );
    expect(item.link).toBe('https://example.gov.vn/tin-tuc/tin/');
    expect(item.content).toContain('href="https://example.gov.vn/thu-tuc-hanh-chinh/1.001193/"');
    expect(item.content).toContain('src="https://example.gov.vn/_astro/anh.Ab12.webp"');
    expect(item.content).toContain(
      'srcset="https://example.gov.vn/_astro/anh.Ab12.webp 400w, https://example.gov.vn/_astro/anh.Cd34.webp 800w"',
    );
    expect(item.customData).toBe('<dc:creator>Lê &amp; Cộng sự</dc:creator>');
  });
  it('leaves absolute links alone and escapes XML', () => {
    expect(absolutizeUrls('<a href="https://x.vn/a">a</a>', 'https://example.gov.vn/')).toBe('<a href="https://x.vn/a">a</a>');
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
