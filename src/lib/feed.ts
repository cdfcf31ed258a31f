/**
 * RSS items for news: the article's body as its page shows it (the same Markdown pipeline, images
 * at the URLs the page uses), with every link and image made absolute so feed readers (which have
 * no base URL) can follow them.
 */
import sanitizeHtml from 'sanitize-html';

export interface FeedSource {
  title: string;
  url: string;
  date: Date;
  summary: string;
  category: string;
  author: string;
  /** The body as HTML, rendered and sanitised by the pages' pipeline (src/data/feeds.ts). */
  html: string;
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  content: string;
  categories: string[];
  /** RSS 2.0's <author> must be an e-mail address; a byline goes in <dc:creator>. */
  customData: string;
}

/** Makes root-relative and relative URLs in `html` absolute against `base`. */
export function absolutizeUrls(html: string, base: string): string {
  const absolute = (value: string | undefined) => (value ? new URL(value, base).href : value);
  return sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    // The input was sanitised by renderMarkdown already; this pass only rewrites URLs.
    allowVulnerableTags: true,
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, href: absolute(attribs.href) ?? '' } }),
      img: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, src: absolute(attribs.src) ?? '', ...(attribs.srcset && { srcset: absoluteSrcset(attribs.srcset, base) }) },
      }),
    },
  });
}

/** Each candidate of a srcset ("a.webp 400w, b.webp 800w") made absolute. */
function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      return [new URL(url, base).href, ...descriptor].join(' ');
    })
    .join(', ');
}

export function feedItem(source: FeedSource, siteUrl: string): FeedItem {
  const link = new URL(source.url, siteUrl).href;
  return {
    title: source.title,
    link,
    pubDate: source.date,
    description: source.summary,
    content: absolutizeUrls(source.html, link),
    categories: [source.category],
    customData: `<dc:creator>${escapeXml(source.author)}</dc:creator>`,
  };
}

/** Escapes text for XML documents built by hand (sitemap). */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}
