/**
 * Markdown for text that does not pass through Astro's pipeline: procedure fields and feeds.
 * marked renders it; sanitize-html (a maintained allow-list sanitiser, used by Astro's own RSS
 * recipe) removes scripts, event handlers and javascript: links that an import might carry.
 */
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'figure', 'figcaption'],
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'width', 'height'], '*': ['id'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan', 'scope'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
};

export function sanitize(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

/** Renders block Markdown (paragraphs, lists, tables) to safe HTML. */
export function renderMarkdown(source: string): string {
  return sanitize(marked.parse(source, { async: false, gfm: true }));
}

/** Renders one line of Markdown (no surrounding paragraph) to safe HTML. */
export function renderInline(source: string): string {
  return sanitize(marked.parseInline(source, { async: false, gfm: true }));
}
