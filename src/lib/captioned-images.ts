/**
 * Captioned photos in article bodies: an image alone in its paragraph, with a title, becomes a
 * figure whose caption is that title — `![Mô tả ảnh](./images/a.jpg "Chú thích. Ảnh minh họa")`.
 * The alt text stays what a screen reader reads; the caption is what every reader sees.
 */
import type { HastPluginDefinition } from 'satteri';
import type { Element } from 'hast';

/**
 * The titled image a paragraph holds alone, if it does; `textContent` is Sätteri's, read in Rust.
 * A child's type is known up front, but reading any other field of a node makes Sätteri copy the
 * whole document out of Rust: done for every paragraph, that tripled the Markdown time of a
 * 10,000-article build. So paragraphs are ruled out by their children's types and text first.
 */
export function loneTitledImage(paragraph: Element, textContent: (node: Element) => string): Element | undefined {
  const children = paragraph.children;
  if (children.some((c) => c.type !== 'element' && c.type !== 'text')) return undefined;
  const elements = children.filter((c): c is Element => c.type === 'element');
  const only = elements[0];
  if (elements.length !== 1 || !only || textContent(paragraph).trim() || only.tagName !== 'img') return undefined;
  const title = only.properties.title;
  return typeof title === 'string' && title.trim() ? only : undefined;
}

export const captionedImages: HastPluginDefinition = {
  name: 'trangtin-captioned-images',
  element: {
    filter: ['p'],
    visit(paragraph, ctx) {
      const img = loneTitledImage(paragraph as Element, (node) => ctx.textContent(node));
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
