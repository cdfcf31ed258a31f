/**
 * Checks for the machine-readable files: RSS feeds must be well-formed XML whose links are
 * absolute (feed readers have no base URL), and the sitemap must be well-formed and list URLs.
 * fast-xml-parser (already installed for @astrojs/rss) gives a strict well-formedness check.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { scanHtml } from './html.ts';

/** A URL that a reader without a base URL can follow. */
export function isAbsoluteUrl(url: string): boolean {
  return /^https?:\/\/[^/]/i.test(url);
}

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The well-formedness error of an XML document, or undefined when it is well-formed. */
export function xmlError(xml: string): string | undefined {
  const result = XMLValidator.validate(xml);
  return result === true ? undefined : `line ${result.err.line}: ${result.err.msg}`;
}

export interface FeedReport {
  problems: string[];
  /** Item links, absolute. */
  itemLinks: string[];
  /** Every link and image URL inside the items' content, as written. */
  contentUrls: string[];
}

/**
 * Checks an RSS 2.0 document: well-formed, has a channel with title and link, and every link,
 * guid permalink, enclosure and link inside item content is absolute.
 */
export function checkFeed(xml: string): FeedReport {
  const error = xmlError(xml);
  if (error) return { problems: [`not well-formed XML: ${error}`], itemLinks: [], contentUrls: [] };
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    processEntities: true,
    htmlEntities: true,
  });
  const channel = parser.parse(xml)?.rss?.channel;
  if (!channel) return { problems: ['no <rss><channel>'], itemLinks: [], contentUrls: [] };
  const problems: string[] = [];
  const absolute = (url: unknown, where: string) => {
    if (typeof url !== 'string' || !isAbsoluteUrl(url.trim())) problems.push(`${where} is not an absolute URL: ${String(url)}`);
  };
  if (!channel.title) problems.push('channel has no <title>');
  absolute(channel.link, 'channel <link>');
  const itemLinks: string[] = [];
  const contentUrls: string[] = [];
  for (const [i, item] of asArray<Record<string, unknown>>(channel.item).entries()) {
    const where = `item ${i + 1}`;
    absolute(item.link, `${where} <link>`);
    if (typeof item.link === 'string') itemLinks.push(item.link.trim());
    const guid = item.guid as string | { '#text': string; '@isPermaLink'?: string } | undefined;
    if (guid && typeof guid === 'object' && guid['@isPermaLink'] !== 'false') absolute(guid['#text'], `${where} <guid>`);
    if (typeof guid === 'string') absolute(guid, `${where} <guid>`);
    for (const enclosure of asArray(item.enclosure as { '@url'?: string } | undefined)) absolute(enclosure['@url'], `${where} <enclosure>`);
    const content = [item['content:encoded'], item.description].filter((v): v is string => typeof v === 'string').join('\n');
    for (const ref of scanHtml(content).refs) {
      contentUrls.push(ref.url);
      // mailto:, tel: and the like are fine; a path or #fragment has nothing to resolve against.
      if (!/^[a-z][a-z0-9+.-]*:/i.test(ref.url)) problems.push(`${where} content ${ref.tag}[${ref.attr}] is relative: ${ref.url}`);
    }
  }
  return { problems, itemLinks, contentUrls };
}

/** The <loc> URLs of a sitemap, or the reason it cannot be read. */
export function sitemapLocations(xml: string): { problems: string[]; locations: string[] } {
  const error = xmlError(xml);
  if (error) return { problems: [`not well-formed XML: ${error}`], locations: [] };
  const urlset = new XMLParser({ parseTagValue: false }).parse(xml)?.urlset;
  if (!urlset) return { problems: ['no <urlset>'], locations: [] };
  const locations = asArray<{ loc?: string }>(urlset.url).map((u) => String(u.loc ?? '').trim());
  const problems = locations.filter((loc) => !isAbsoluteUrl(loc)).map((loc) => `<loc> is not an absolute URL: ${loc}`);
  return { problems, locations };
}
