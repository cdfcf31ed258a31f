/**
 * Markdown written inside data files (procedure fields), which no Markdown body pipeline sees.
 * Bodies (articles, documents, pages…) go through Astro's pipeline only, for pages and feeds alike.
 * marked renders it; sanitize-html (a maintained allow-list sanitiser, used by Astro's own RSS
 * recipe) removes scripts, event handlers and javascript: links that an import might carry.
 */
import { Marked, Renderer, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { SCROLLABLE_TABLE_CLASS, scrollableTableLabel, scrollableTableOpenTag } from './scrollable-table.ts';

const marked = new Marked({
  gfm: true,
  renderer: {
    table(this: Renderer, token: Tokens.Table) {
      // Header text as written, less Markdown emphasis marks, names the table's scroll region.
      const label = scrollableTableLabel(token.header.map((cell) => cell.text.replace(/[*_`]/g, '')));
      return `${scrollableTableOpenTag(label)}${Renderer.prototype.table.call(this, token)}</div>`;
    },
  },
});

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'figure', 'figcaption'],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'width', 'height'],
    '*': ['id'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan', 'scope'],
    div: ['role', 'tabindex', 'aria-label'],
  },
  allowedClasses: { div: [SCROLLABLE_TABLE_CLASS] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
};

export function sanitize(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

/** Renders block Markdown (paragraphs, lists, tables) to safe HTML. */
export function renderMarkdown(source: string): string {
  return sanitize(marked.parse(source, { async: false }));
}

/** Renders one line of Markdown (no surrounding paragraph) to safe HTML. */
export function renderInline(source: string): string {
  return sanitize(marked.parseInline(source, { async: false }));
}
