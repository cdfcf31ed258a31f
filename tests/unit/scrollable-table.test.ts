import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { safeHtml } from '../../src/lib/safe-html.ts';
import { scrollableTableLabel, scrollableTables } from '../../src/lib/scrollable-table.ts';
import { renderMarkdown } from '../../src/lib/markdown.ts';

// The same options as astro.config.mjs (content Markdown).
const renderContent = (md: string) =>
  (markdownToHtml(md, { hastPlugins: [safeHtml, scrollableTables], features: { rawHtml: true } }) as { html: string }).html;

const TABLE = '| Thứ | Giờ | Nội dung |\n| - | - | - |\n| Hai | 8:00 | Họp giao ban |';
const WRAPPER = '<div class="tt-table-scroll" role="group" tabindex="0" aria-label="Bảng: Thứ, Giờ, Nội dung">';

describe('tables that may scroll sideways', () => {
  it('are named by their first column headers, the rest cut with an ellipsis', () => {
    expect(scrollableTableLabel(['Họ và tên', ' Chức vụ ', '', 'Điện thoại'])).toBe('Bảng: Họ và tên, Chức vụ, Điện thoại');
    expect(scrollableTableLabel(['a', 'b', 'c', 'd', 'e'])).toBe('Bảng: a, b, c, d…');
    expect(scrollableTableLabel([])).toBe('Bảng');
  });
  it('in content Markdown, are wrapped in one focusable, named box each', () => {
    const html = renderContent(`${TABLE}\n\nĐoạn giữa.\n\n${TABLE}`);
    expect(html.split(WRAPPER).length - 1).toBe(2);
    expect(html).toMatch(/<div class="tt-table-scroll"[^>]*>\s*<table>/);
    expect(html).toMatch(/<\/table>\s*<\/div>/);
  });
  it('in data-file Markdown (marked + sanitiser), get the same box, and editors cannot forge its attributes elsewhere', () => {
    const html = renderMarkdown(`${TABLE}\n\n<div class="x tt-table-scroll" onclick="a()" style="color:red">văn bản</div>`);
    expect(html).toContain(`${WRAPPER}<table>`);
    expect(html).toMatch(/<\/table>\s*<\/div>/);
    expect(html).toContain('<div class="tt-table-scroll">văn bản</div>');
  });
  it('keep Markdown emphasis out of the name', () => {
    expect(renderMarkdown('| **Tên** | `Mã` |\n| - | - |\n| a | b |')).toContain('aria-label="Bảng: Tên, Mã"');
  });
});
