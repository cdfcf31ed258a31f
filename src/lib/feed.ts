/**
 * RSS items for news: full text rendered by marked, sanitised, with every link and image made
 * absolute so feed readers (which have no base URL) can follow them.
 */
import sanitizeHtml from 'sanitize-html';
import { renderMarkdown } from './markdown.ts';

export interface FeedSource {
  title: string;
  url: string;
  date: Date;
  summary: string;
  category: string;
  author: string;
  body: string;
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
      img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, src: absolute(attribs.src) ?? '' } }),
    },
  });
}

export function feedItem(source: FeedSource, siteUrl: string): FeedItem {
  const link = new URL(source.url, siteUrl).href;
  return {
    title: source.title,
    link,
    pubDate: source.date,
    description: source.summary,
    content: absolutizeUrls(renderMarkdown(source.body), link),
    categories: [source.category],
    customData: `<dc:creator>${escapeXml(source.author)}</dc:creator>`,
  };
}

/** Escapes text for XML documents built by hand (sitemap). */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}
