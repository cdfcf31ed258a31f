/**
 * Reads a Markdown body line by line (code blocks and code spans skipped) and lists what the
 * checker must verify: images, links and HTML that would run code. Line-based on purpose:
 * every finding needs the line an editor has to open.
 */
import { msg } from '../content/messages.ts';
import { UNSAFE_TAGS, isUnsafeUrl } from '../safe-html.ts';

export { isUnsafeUrl };

export type BodyItem =
  | { kind: 'image'; line: number; src: string; alt: string | undefined }
  | { kind: 'link'; line: number; href: string }
  | { kind: 'unsafe'; line: number; message: string };

// A destination may hold one level of parentheses: [x](javascript:alert(1)).
const DESTINATION = String.raw`<?((?:[^()\s>]|\([^()\s]*\))*)>?(?:\s+["'(][^)]*)?\)`;
const MD_IMAGE = new RegExp(String.raw`!\[([^\]]*)\]\(\s*` + DESTINATION, 'g');
const MD_LINK = new RegExp(String.raw`(?<!!)\[(?:[^\]]*)\]\(\s*` + DESTINATION, 'g');
const MD_AUTOLINK = /<((?:https?|javascript|data|vbscript):[^>\s]*)>/gi;
const REFERENCE = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/;
const HTML_TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const HTML_ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

const unquote = (v: string | undefined) => (v ?? '').replace(/^["']|["']$/g, '');

/** Problems of raw HTML in one piece of text: unsafe tags, on… handlers, script URLs. */
export function unsafeHtml(text: string): string[] {
  const found: string[] = [];
  for (const tag of text.matchAll(HTML_TAG)) {
    const name = tag[1]!.toLowerCase();
    if (UNSAFE_TAGS.has(name)) found.push(msg.unsafeTag(name));
    for (const attribute of (tag[2] ?? '').matchAll(HTML_ATTRIBUTE)) {
      const attr = attribute[1]!.toLowerCase();
      if (/^on/.test(attr)) found.push(msg.unsafeAttribute(attr));
      else if (isUnsafeUrl(unquote(attribute[2]))) found.push(msg.unsafeUrl(unquote(attribute[2])));
    }
  }
  for (const closing of text.matchAll(/<\s*(script|iframe|object|embed)\b/gi)) {
    // A tag the pattern above could not read (e.g. split over lines) is still reported.
    if (!found.some((m) => m.includes(`<${closing[1]!.toLowerCase()}>`))) found.push(msg.unsafeTag(closing[1]!.toLowerCase()));
  }
  return found;
}

/** Everything in `body` the checker has to look at, with file lines (`firstLine` = line of the body's first line). */
export function scanBody(body: string, firstLine: number): BodyItem[] {
  const items: BodyItem[] = [];
  let fence: string | undefined;
  body.split(/\r?\n/).forEach((raw, index) => {
    const line = firstLine + index;
    const opening = /^\s{0,3}(`{3,}|~{3,})/.exec(raw);
    if (fence) {
      if (opening && opening[1]!.startsWith(fence)) fence = undefined;
      return;
    }
    if (opening) {
      fence = opening[1]!;
      return;
    }
    // Every image, link and tag needs a "[" or a "<": most lines of prose have neither.
    if (!raw.includes('[') && !raw.includes('<')) return;
    if (/^( {4}|\t)/.test(raw) && !/^\s*([-*+]|\d+[.)])\s/.test(raw)) return; // indented code
    const text = raw.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length));

    for (const m of text.matchAll(MD_IMAGE)) items.push({ kind: 'image', line, src: m[2]!, alt: m[1]!.trim() || undefined });
    for (const m of text.matchAll(MD_LINK)) items.push({ kind: 'link', line, href: m[1]! });
    for (const m of text.matchAll(MD_AUTOLINK)) items.push({ kind: 'link', line, href: m[1]! });
    const reference = REFERENCE.exec(text);
    if (reference) items.push({ kind: 'link', line, href: reference[1]! });

    for (const tag of text.matchAll(HTML_TAG)) {
      const name = tag[1]!.toLowerCase();
      const attributes = new Map<string, string>();
      for (const a of (tag[2] ?? '').matchAll(HTML_ATTRIBUTE)) attributes.set(a[1]!.toLowerCase(), unquote(a[2]));
      // Script URLs in tags are reported once, by unsafeHtml below.
      const src = attributes.get('src') ?? '';
      const href = attributes.get('href');
      if (name === 'img' && !isUnsafeUrl(src)) items.push({ kind: 'image', line, src, alt: attributes.get('alt')?.trim() || undefined });
      if (name === 'a' && href !== undefined && !isUnsafeUrl(href)) items.push({ kind: 'link', line, href });
    }
    for (const message of unsafeHtml(text)) items.push({ kind: 'unsafe', line, message });
  });
  return items;
}
