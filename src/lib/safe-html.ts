/**
 * What may never reach a page from content: tags that load or run code, on… event handlers and
 * javascript:/vbscript:/data: URLs. Shared by the checker (which reports them to the editor) and
 * by the Markdown pipeline (which removes them, in case a file skipped the checker).
 *
 * Why a hast plugin of our own rather than hast-util-sanitize: Astro 7 renders Markdown with
 * Sätteri, whose plugins are visitor objects, not unified transformers; a deny-list of a few lines
 * over the parsed tree (raw HTML is reparsed into elements by `features.rawHtml`) keeps tables,
 * headings, images and links that an allow-list would have to enumerate.
 */
import type { HastPluginDefinition } from 'satteri';

/** Tags that load or run code or change how the page works. */
export const UNSAFE_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'form',
  'style',
  'link',
  'meta',
]);

/** True for javascript:, vbscript: and data: URLs, however they are spaced or cased. */
export function isUnsafeUrl(url: string): boolean {
  // Browsers ignore tabs, newlines and control characters inside a scheme.
  const compact = url.replace(/[\u0000-\u0020]+/g, '').toLowerCase();
  return /^(javascript|vbscript|data):/.test(compact);
}

/**
 * Sätteri hast plugin for `markdown.processor`: drops unsafe elements, removes on… attributes
 * and script URLs. Raw HTML that was not reparsed into elements is shown as text, never run.
 */
export const safeHtml: HastPluginDefinition = {
  name: 'trangtin-safe-html',
  element: {
    filter: [],
    visit(node, ctx) {
      if (UNSAFE_TAGS.has(node.tagName.toLowerCase())) {
        ctx.removeNode(node);
        return;
      }
      for (const [key, value] of Object.entries(node.properties ?? {})) {
        const url = Array.isArray(value) ? value.join(' ') : value;
        if (/^on/i.test(key) || (typeof url === 'string' && isUnsafeUrl(url))) ctx.setProperty(node, key, undefined);
      }
    },
  },
  raw(node, ctx) {
    ctx.replaceNode(node, { type: 'text', value: node.value });
  },
};
