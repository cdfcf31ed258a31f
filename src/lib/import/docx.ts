/**
 * A Word article (.docx) → a news Markdown file: mammoth turns the document into clean HTML
 * (headings, lists, tables, images with their Word descriptions as alt text), turndown turns
 * that into Markdown. Images are saved beside the article; links that would run code become text.
 */
import mammoth from 'mammoth';
import TurndownService from 'turndown';
import { isUnsafeUrl } from '../safe-html.ts';
import { newArticle } from '../new-content.ts';
import { nfc, truncate } from '../text.ts';
import type { TaxonomyItem } from '../schemas/taxonomy.ts';

export interface DocxArticle {
  /** Content-relative paths. */
  path: string;
  text: string;
  images: Map<string, Uint8Array>;
  title: string;
  /** Things the editor must finish, in Vietnamese. */
  todo: string[];
}

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' };

/** Elements named `names` under `node`, in document order, not looking inside a match. */
function descendants(node: TurndownService.Node, names: string[]): TurndownService.Node[] {
  const found: TurndownService.Node[] = [];
  for (const child of Array.from(node.childNodes) as TurndownService.Node[]) {
    if (names.includes(child.nodeName)) found.push(child);
    else found.push(...descendants(child, names));
  }
  return found;
}

/** Markdown converter: ATX headings, "-" bullets, GFM pipe tables, no raw HTML. */
function converter(): TurndownService {
  const td = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*' });
  const cellText = (node: TurndownService.Node) =>
    td
      .turndown((node as HTMLElement).innerHTML)
      .replace(/\n+/g, ' ')
      .replace(/\|/g, '\\|')
      .trim();
  td.addRule('table', {
    filter: 'table',
    replacement: (_content, node) => {
      const rows = descendants(node, ['TR']).map((tr) => descendants(tr, ['TD', 'TH']).map(cellText));
      if (!rows.length) return '';
      const width = Math.max(...rows.map((r) => r.length));
      const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
      return `\n\n${line(rows[0]!)}\n| ${Array(width).fill('---').join(' | ')} |\n${rows.slice(1).map(line).join('\n')}\n\n`;
    },
  });
  td.addRule('unsafe-link', {
    filter: (node) => node.nodeName === 'A' && isUnsafeUrl(node.getAttribute('href') ?? ''),
    replacement: (content) => content,
  });
  td.remove(['script', 'style', 'iframe', 'object', 'embed']);
  return td;
}

/**
 * Converts a .docx into an article draft. The first heading becomes the title (and leaves the
 * body); the first paragraph seeds the summary.
 */
export async function docxToArticle(
  docx: Uint8Array,
  options: { now: Date; taken: ReadonlySet<string>; categories: readonly TaxonomyItem[]; author: string },
): Promise<DocxArticle> {
  const pending: { bytes: Uint8Array; ext: string; marker: string }[] = [];
  const { value: html } = await mammoth.convertToHtml(
    { buffer: Buffer.from(docx) },
    {
      convertImage: mammoth.images.imgElement(async (image) => {
        const marker = `trangtin-image-${pending.length + 1}`;
        pending.push({ bytes: await image.readAsBuffer(), ext: EXTENSIONS[image.contentType] ?? 'png', marker });
        return { src: marker };
      }),
    },
  );
  const td = converter();
  let markdown = nfc(td.turndown(html));
  const heading = /^#{1,6} +(.+)$/m.exec(markdown);
  const title = heading?.[1]!.trim() ?? 'Bài viết chưa có tiêu đề';
  if (heading) markdown = markdown.replace(heading[0], '').trim();

  const draft = newArticle(title, options.now, options.taken, options.categories, options.author);
  const slug = draft.path.split('/').pop()!.replace(/\.md$/, '');
  const folder = draft.path.split('/').slice(0, -1).join('/');
  const images = new Map<string, Uint8Array>();
  const todo: string[] = [];
  for (const [i, image] of pending.entries()) {
    const name = `${slug}-${i + 1}.${image.ext}`;
    images.set(`${folder}/images/${name}`, image.bytes);
    markdown = markdown.replace(`(${image.marker})`, `(./images/${name})`);
    if (markdown.includes(`![](./images/${name})`))
      todo.push(`ảnh ${i + 1} (./images/${name}) chưa có mô tả — cần viết mô tả trong ngoặc vuông ![…]`);
  }

  const firstParagraph = markdown.split(/\n{2,}/).find((b) => /^[^#|!\-\d]/.test(b.trim()));
  const summary = firstParagraph ? truncate(firstParagraph.replace(/[*_`\\]/g, ''), 300) : 'Viết 1–2 câu tóm tắt nội dung bài.';
  const frontmatter = draft.text
    .slice(0, draft.text.indexOf('\n---\n') + 5)
    .replace(/^summary: .*$/m, `summary: ${JSON.stringify(summary)}  # kiểm tra lại: lấy từ đoạn đầu của bài`);
  todo.unshift('chuyên mục (category), tác giả (author) và tóm tắt (summary) trong phần đầu tệp');
  return { path: draft.path, text: `${frontmatter}\n${markdown}\n`, images, title, todo };
}
