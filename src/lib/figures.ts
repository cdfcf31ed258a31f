/**
 * Captioned photos in article bodies: an image alone in its paragraph, with a title, becomes a
 * figure whose caption is that title — `![Mô tả ảnh](./images/a.jpg "Chú thích. Ảnh minh họa")`.
 * The alt text stays what a screen reader reads; the caption is what every reader sees.
 */
import type { HastPluginDefinition } from 'satteri';
import type { Element, ElementContent } from 'hast';

const isBlank = (node: ElementContent) => node.type === 'text' && !node.value.trim();

/** The titled image a paragraph holds alone, if it does. */
export function loneTitledImage(paragraph: Element): Element | undefined {
  const children = paragraph.children.filter((c) => !isBlank(c));
  const only = children[0];
  if (children.length !== 1 || only?.type !== 'element' || only.tagName !== 'img') return undefined;
  const title = only.properties.title;
  return typeof title === 'string' && title.trim() ? only : undefined;
}

/** Sätteri hast plugin for content Markdown: paragraph with a lone titled image → figure with caption. */
export const captionedImages: HastPluginDefinition = {
  name: 'trangtin-captioned-images',
  element: {
    filter: ['p'],
    visit(paragraph, ctx) {
      const img = loneTitledImage(paragraph as Element);
      if (!img) return;
      const { title, ...properties } = img.properties;
      ctx.replaceNode(paragraph, {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['tt-figure'] },
        children: [
          { ...img, properties },
          { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: String(title).trim() }] },
        ],
      });
    },
  },
};
