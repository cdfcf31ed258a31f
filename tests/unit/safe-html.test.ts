import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { isUnsafeUrl, safeHtml } from '../../src/lib/safe-html.ts';

// The same options as astro.config.mjs.
// Without async plugins satteri renders synchronously.
const render = (md: string) => (markdownToHtml(md, { hastPlugins: [safeHtml], features: { rawHtml: true } }) as { html: string }).html;

describe('safe HTML in Markdown', () => {
  it('removes script, iframe, object and embed with their content', () => {
    const html = render(
      'Trước.\n\n<script>alert(1)</script>\n\n<div><iframe src="https://x.example"></iframe><object data="a.swf"></object><embed src="b"></div>\n\nSau.',
    );
    expect(html).not.toMatch(/<script|<iframe|<object|<embed|alert/);
    expect(html).toContain('<p>Trước.</p>');
    expect(html).toContain('<p>Sau.</p>');
  });
  it('removes event handlers and javascript:/data: URLs but keeps the element and its text', () => {
    const html = render(
      '[bấm](javascript:alert(1)) <a href=" JaVa\tScript:x()">b</a> <span onclick="x()" onmouseover="y">c</span> ![d](data:image/svg+xml;base64,AAA)',
    );
    expect(html).toBe('<p><a>bấm</a> <a>b</a> <span>c</span> <img alt="d"></p>\n');
  });
  it('keeps ordinary content intact: links, images, tables, inline HTML', () => {
    const html = render('[Thủ tục](/thu-tuc-hanh-chinh/1.001193/) ![Cầu](./a.jpg) H<sub>2</sub>O\n\n| a | b |\n| - | - |\n| 1 | 2 |');
    expect(html).toContain('<a href="/thu-tuc-hanh-chinh/1.001193/">Thủ tục</a>');
    expect(html).toContain('<img src="./a.jpg" alt="Cầu">');
    expect(html).toContain('H<sub>2</sub>O');
    expect(html).toContain('<td>2</td>');
  });
  it('recognises script URLs however they are written', () => {
    expect(['javascript:a', ' JAVASCRIPT:a', 'java\nscript:a', 'data:text/html,x', 'vbscript:x'].every(isUnsafeUrl)).toBe(true);
    expect(['https://a.vn', '/tin-tuc/', 'mailto:a@b.vn', 'javascript-huong-dan/'].some(isUnsafeUrl)).toBe(false);
  });
});

describe('wiring', () => {
  it('astro.config.mjs renders Markdown with raw HTML parsed and the safe-HTML plugin on', async () => {
    process.env.TRANGTIN_CONTENT ??= new URL('../fixtures/site', import.meta.url).pathname;
    const { default: config } = await import('../../astro.config.mjs');
    const processor = config.markdown!.processor as unknown as { options: { hastPlugins: unknown[]; features: { rawHtml?: boolean } } };
    expect(processor.options.hastPlugins).toContain(safeHtml);
    expect(processor.options.features.rawHtml).toBe(true);
  });
});
