/**
 * One streaming pass over a built page that collects what the file-level checks need: every URL
 * the page points at, every id it defines, its <title> and meta description, inline CSS and JS.
 *
 * htmlparser2 (already installed for sanitize-html) is a streaming, forgiving parser: no DOM is
 * built, so scanning ~250 pages takes a fraction of a second, and it decodes entities in
 * attribute values the way a browser does (`&amp;` in an href is `&`).
 */
import { Parser } from 'htmlparser2';

/** A URL found in an attribute, with where it came from. */
export interface Reference {
  tag: string;
  attr: string;
  url: string;
  /** For <link>: its rel, lower case. */
  rel?: string;
}

export interface ScannedPage {
  refs: Reference[];
  ids: Set<string>;
  /** Text of each <title> of the document, those inside an <svg> left out (a valid page has exactly one). */
  titles: string[];
  /** Content of each <meta name="description">. */
  descriptions: string[];
  /** Contents of <style> elements and style="" attributes. */
  styles: string[];
  /** Contents of inline <script> elements (JSON-LD excluded). */
  scripts: string[];
}

/** Attributes whose value is one URL, on any element. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'action', 'formaction', 'data', 'xlink:href']);
/** Open Graph properties whose content is a URL on the site. */
const URL_META = new Set(['og:image', 'og:url', 'og:video', 'og:audio', 'twitter:image']);

/** Splits a srcset value into its URLs (the width/density descriptors are dropped). */
export function srcsetUrls(value: string): string[] {
  return value
    .split(/,\s+|(?<=\d[wx]),/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** Scans one HTML document. */
export function scanHtml(html: string): ScannedPage {
  const page: ScannedPage = { refs: [], ids: new Set(), titles: [], descriptions: [], styles: [], scripts: [] };
  let text: string | undefined;
  let textTarget: 'title' | 'style' | 'script' | undefined;
  // An SVG's <title> names the drawing (a chart), not the document.
  let svgDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'svg') svgDepth++;
        if (attrs.id !== undefined) page.ids.add(attrs.id);
        if (name === 'a' && attrs.name !== undefined) page.ids.add(attrs.name);
        if (attrs.style) page.styles.push(attrs.style);
        const rel = name === 'link' ? (attrs.rel ?? '').toLowerCase() : undefined;
        for (const [attr, value] of Object.entries(attrs)) {
          if (URL_ATTRIBUTES.has(attr)) page.refs.push({ tag: name, attr, url: value.trim(), ...(rel !== undefined && { rel }) });
          if (attr === 'srcset' || attr === 'imagesrcset') for (const url of srcsetUrls(value)) page.refs.push({ tag: name, attr, url });
        }
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? '').toLowerCase();
          if (key === 'description') page.descriptions.push(attrs.content ?? '');
          if (URL_META.has(key) && attrs.content) page.refs.push({ tag: name, attr: `content[${key}]`, url: attrs.content.trim() });
        }
        if (
          (name === 'title' && svgDepth === 0) ||
          name === 'style' ||
          (name === 'script' && !attrs.src && attrs.type !== 'application/ld+json')
        ) {
          text = '';
          textTarget = name as 'title' | 'style' | 'script';
        }
      },
      ontext(data) {
        if (text !== undefined) text += data;
      },
      onclosetag(name) {
        if (name === 'svg') svgDepth--;
        if (text === undefined || name !== textTarget) return;
        if (textTarget === 'title') page.titles.push(text.replace(/\s+/g, ' ').trim());
        if (textTarget === 'style') page.styles.push(text);
        if (textTarget === 'script') page.scripts.push(text);
        text = undefined;
        textTarget = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return page;
}
