/**
 * `npm run check`: validates every content file at once (Astro stops at the first bad one) and
 * returns every problem as file, line, field and a Vietnamese message. Pure: reads through a Corpus.
 */
import { z } from 'astro/zod';
import type { Document, LineCounter } from 'yaml';
import { siteSchema, type SiteConfig } from '../schemas/site.ts';
import { taxonomySchema, type TaxonomyItem } from '../schemas/taxonomy.ts';
import { newsSchema } from '../schemas/news.ts';
import { pageSchema } from '../schemas/page.ts';
import { PROCEDURE_CODE, procedureSchema } from '../schemas/procedure.ts';
import { synonymsSchema } from '../schemas/synonyms.ts';
import { attachmentPath, documentSchema } from '../schemas/document.ts';
import { ATTACHMENT_LIMIT, attachmentUrl } from '../documents/files.ts';
import { numberKey } from '../documents/list.ts';
import { RESERVED_SLUGS, paths as sitePath, sitePaths } from '../routes.ts';
import { vietnamYear } from '../dates.ts';
import { isPublished } from '../news/publishing.ts';
import { fieldName, lineOf, parseYaml, yamlProblems, zodProblems, type Problem } from '../validation.ts';
import { IMAGE_EXTENSIONS, LIMITS, extension, label, resolveRelative, type Corpus } from './corpus.ts';
import { decodeUtf8, splitFrontmatter } from './text-file.ts';
import { scalars, keyLine } from './yaml-walk.ts';
import { impossibleDate } from './dates.ts';
import { closest, unknownKeys } from './keys.ts';
import { isUnsafeUrl, scanBody, type BodyItem } from './body.ts';
import { internalPath, pathExists } from './links.ts';
import { imageFormat } from './images.ts';
import { msg } from './messages.ts';
import { attachmentClashes, documentNumberProblems, firstOfEach, procedureCodeProblems, slugProblems, type AttachmentRef } from './cross-file.ts';

export type { Corpus } from './corpus.ts';
export type { Problem } from '../validation.ts';

const BODY = 'nội dung';

const baseName = (path: string) => path.split('/').pop()!.replace(/\.(md|ya?ml)$/, '');
const parked = (path: string) => path.split('/').pop()!.startsWith('_');

interface Parsed<T> {
  data?: T;
  doc?: Document;
  lines?: LineCounter;
}

/** Runs every rule over the corpus; problems sorted by file and line. */
export function checkContent(corpus: Corpus): Problem[] {
  return checkSite(corpus).problems;
}

/** The problems, and every path the site will have (src/lib/routes.ts) as the content stands. */
export function checkSite(corpus: Corpus): { problems: Problem[]; paths: Set<string> } {
  const problems: Problem[] = [];
  const add = (p: Problem) => problems.push(p);
  const has = new Set(corpus.files);

  /** Decoded text of a file after the size and encoding rules, or undefined when unreadable. */
  const readText = (path: string): string | undefined => {
    const bytes = corpus.read(path);
    if (bytes.length > LIMITS.text) add({ file: label(path), field: '', message: msg.tooLarge(bytes.length, LIMITS.text, false) });
    const decoded = decodeUtf8(bytes);
    if ('badLine' in decoded) {
      add({ file: label(path), line: decoded.badLine, field: '', message: msg.notUtf8(decoded.badLine) });
      return undefined;
    }
    return decoded.text;
  };

  /** YAML syntax, impossible dates, unknown fields and the schema, in that order. */
  const checkYaml = <S extends z.ZodType>(path: string, source: string, schema: S, offset = 0): Parsed<z.infer<S>> => {
    const file = label(path);
    const { doc, lines } = parseYaml(source);
    if (doc.errors.length) {
      problems.push(...yamlProblems(file, doc, lines, offset));
      return {};
    }
    const badDates = new Set<string>();
    for (const s of scalars(doc, lines, offset)) {
      const message = impossibleDate(s.value);
      if (message) {
        badDates.add(s.path.join('.'));
        add({ file, line: s.line, field: fieldName(s.path), message });
      }
    }
    const value = doc.toJS();
    for (const u of unknownKeys(schema, value)) {
      add({ file, line: keyLine(doc, lines, u.path, offset), field: fieldName(u.path), message: msg.unknownKey(u.key, closest(u.key, u.allowed), u.allowed) });
    }
    const result = schema.safeParse(value ?? {});
    if (!result.success) {
      const schemaProblems = zodProblems(file, result.error, doc, lines, offset);
      problems.push(...schemaProblems.filter((_, i) => !badDates.has(result.error.issues[i]!.path.join('.'))));
      return { doc, lines };
    }
    return { data: result.data, doc, lines };
  };

  const readYamlFile = <S extends z.ZodType>(path: string, schema: S): Parsed<z.infer<S>> => {
    if (!has.has(path)) {
      add({ file: label(path), field: '', message: msg.missingFile() });
      return {};
    }
    const text = readText(path);
    return text === undefined ? {} : checkYaml(path, text, schema);
  };

  // Site configuration and taxonomies: other rules use them, so they come first.
  const site = readYamlFile('site.yaml', siteSchema).data as SiteConfig | undefined;
  const categories = (readYamlFile('categories.yaml', taxonomySchema).data ?? []) as TaxonomyItem[];
  const fields = (readYamlFile('fields.yaml', taxonomySchema).data ?? []) as TaxonomyItem[];
  // Optional: a site without abbreviations simply has none (see src/data/synonyms.ts).
  if (has.has('search-synonyms.yaml')) readYamlFile('search-synonyms.yaml', synonymsSchema);
  // Optional too: a site without a documents section (see src/data/config.ts).
  const documentTypes = (has.has('document-types.yaml') ? (readYamlFile('document-types.yaml', taxonomySchema).data ?? []) : []) as TaxonomyItem[];

  // Every image and other file: size limits.
  for (const path of corpus.files) {
    if (IMAGE_EXTENSIONS.includes(extension(path))) {
      const size = corpus.read(path).length;
      if (size > LIMITS.image) add({ file: label(path), field: '', message: msg.tooLarge(size, LIMITS.image, true) });
    }
  }

  /** Problem for an image path written in `from` (cover or body), or undefined when it is fine. */
  const imageProblem = (from: string, src: string): string | undefined => {
    if (/^https?:\/\//i.test(src) || src.startsWith('//')) return msg.remoteImage(src);
    if (src.startsWith('/')) return msg.imageNotRelative(src);
    const target = resolveRelative(from, decodeURI(src));
    const folder = label(from.split('/').slice(0, -1).concat('images').join('/')) + '/';
    if (!target || !has.has(target)) return msg.imageMissing(src, folder);
    if (!IMAGE_EXTENSIONS.includes(extension(target))) return msg.notAnImage(src);
    if (!imageFormat(corpus.read(target))) return msg.brokenImageFile(src);
    return undefined;
  };

  const links: { file: string; item: Extract<BodyItem, { kind: 'link' }> }[] = [];
  const checkBody = (path: string, items: BodyItem[]) => {
    const file = label(path);
    for (const item of items) {
      if (item.kind === 'unsafe') add({ file, line: item.line, field: BODY, message: item.message });
      else if (item.kind === 'link') {
        if (isUnsafeUrl(item.href)) add({ file, line: item.line, field: BODY, message: msg.unsafeUrl(item.href) });
        else links.push({ file, item });
      } else {
        if (isUnsafeUrl(item.src)) add({ file, line: item.line, field: BODY, message: msg.unsafeUrl(item.src) });
        else {
          const problem = imageProblem(path, item.src);
          if (problem) add({ file, line: item.line, field: BODY, message: problem });
          if (!item.alt) add({ file, line: item.line, field: BODY, message: msg.imageNoAlt(item.src) });
        }
      }
    }
  };

  /** Frontmatter + body of a Markdown file. */
  const checkMarkdown = <S extends z.ZodType>(path: string, schema: S): z.infer<S> | undefined => {
    const text = readText(path);
    if (text === undefined) return undefined;
    const split = splitFrontmatter(text);
    if (split === 'missing' || split === 'unclosed') {
      add({ file: label(path), line: 1, field: '', message: split === 'missing' ? msg.noFrontmatter() : msg.unclosedFrontmatter() });
      return undefined;
    }
    const { data } = checkYaml(path, split.frontmatter, schema, split.frontmatterOffset);
    checkBody(path, scanBody(split.body, split.bodyLine));
    return data;
  };

  // News articles.
  const coverImage = (path: string) => () =>
    z.string({ error: msg.coverMissingSrc() }).superRefine((src, ctx) => {
      const problem = imageProblem(path, src);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
  const published: { slug: string; category: string }[] = [];
  const unpublished = new Set<string>();
  const newsFiles = corpus.files.filter((f) => f.startsWith('news/') && f.endsWith('.md') && !parked(f)).sort();
  problems.push(...slugProblems(newsFiles.map((path) => ({ file: label(path), slug: baseName(path) })), RESERVED_SLUGS.news));
  for (const path of newsFiles) {
    const slug = baseName(path);
    const data = checkMarkdown(path, newsSchema({ image: coverImage(path), categories }));
    if (!data) continue;
    if (isPublished(data, corpus.now, corpus.preview)) published.push({ slug, category: data.category });
    else unpublished.add(sitePath.article(slug));
  }

  // Static pages.
  const pageFiles = corpus.files.filter((f) => /^pages\/[^/]+\.md$/.test(f) && !parked(f)).sort();
  const pages = pageFiles.map(baseName);
  problems.push(...slugProblems(pageFiles.map((path) => ({ file: label(path), slug: baseName(path) })), RESERVED_SLUGS.pages));
  for (const path of pageFiles) checkMarkdown(path, pageSchema);

  // Procedures.
  const schema = procedureSchema({ fields });
  const codes: { file: string; name: string; code: string; line?: number; data: z.infer<typeof schema> }[] = [];
  // Files named by a code come first, so a copy (1.001193-cu.yaml) is the one reported as the duplicate.
  const procedureFiles = corpus.files.filter((f) => /^procedures\/[^/]+\.ya?ml$/.test(f) && !parked(f));
  const named = (f: string) => (PROCEDURE_CODE.test(baseName(f)) ? 0 : 1);
  for (const path of procedureFiles.sort((a, b) => named(a) - named(b) || a.localeCompare(b))) {
    const text = readText(path);
    if (text === undefined) continue;
    const { data, doc, lines } = checkYaml(path, text, schema);
    if (doc && lines) {
      for (const s of scalars(doc, lines)) if (typeof s.value === 'string') checkBody(path, scanBody(s.value, s.line));
    }
    if (!data) continue;
    codes.push({ file: label(path), name: baseName(path), code: data.code, line: doc && lines ? lineOf(doc, lines, ['code']) : undefined, data });
  }
  problems.push(...procedureCodeProblems(codes));
  const procedures = firstOfEach(codes, (c) => c.code).map((c) => c.data);

  // Documents (văn bản): same schema as the build, plus the attachment exists and is not too large.
  const attachment = (path: string) => () =>
    attachmentPath().superRefine((src, ctx) => {
      const target = resolveRelative(path, src);
      if (!target || !has.has(target)) {
        ctx.addIssue({ code: 'custom', message: msg.attachmentMissing(src, label(path.split('/').slice(0, -1).concat('tep').join('/')) + '/') });
        return;
      }
      const bytes = corpus.read(target).length;
      if (bytes > ATTACHMENT_LIMIT) ctx.addIssue({ code: 'custom', message: msg.attachmentTooLarge(src, bytes, ATTACHMENT_LIMIT) });
    });
  const documents: { slug: string; type: string; year: number; attachment?: string }[] = [];
  const numbers: { file: string; number: string }[] = [];
  const attachments: AttachmentRef[] = [];
  const documentFiles = corpus.files.filter((f) => f.startsWith('documents/') && f.endsWith('.md') && !parked(f)).sort();
  problems.push(...slugProblems(documentFiles.map((path) => ({ file: label(path), slug: baseName(path) })), RESERVED_SLUGS.documents));
  for (const path of documentFiles) {
    const slug = baseName(path);
    const data = checkMarkdown(path, documentSchema({ types: documentTypes, defaultIssuer: site?.unit.name ?? '', file: attachment(path) }));
    if (!data) continue;
    numbers.push({ file: label(path), number: data.number });
    let published: string | undefined;
    const source = data.file && resolveRelative(path, data.file);
    if (data.file && source) {
      // Existence is the schema's rule above (it names the line); here only clashes between files.
      const url = attachmentUrl(path.split('/').slice(1, -1).join('/'), data.file);
      attachments.push({ file: label(path), written: data.file, url, source: label(source), folder: '' });
      published = decodeURIComponent(url);
    }
    if (isPublished({ date: data.issued, draft: data.draft }, corpus.now, corpus.preview)) documents.push({ slug, type: data.type, year: vietnamYear(data.issued), attachment: published });
    else unpublished.add(sitePath.document(slug));
  }

  problems.push(...documentNumberProblems(numbers, numberKey), ...attachmentClashes(attachments));

  // Links, now that every route is known.
  const paths = sitePaths({
    news: published,
    categories: categories.map((c) => c.slug),
    perPage: site?.newsPerPage ?? 12,
    procedures,
    fieldSlugs: new Map(fields.map((f) => [f.name, f.slug])),
    pages,
    documents,
    publicFiles: corpus.publicFiles,
  });
  for (const { file, item } of links) {
    const href = item.href;
    const path = internalPath(href, site?.site.url);
    if (!href || href.startsWith('#') || (path === undefined && /^(https?:|mailto:|tel:)/i.test(href))) continue;
    if (path === undefined) {
      add({ file, line: item.line, field: BODY, message: msg.relativeLink(href) });
    } else if (!pathExists(paths, path)) {
      const draft = unpublished.has(path) || unpublished.has(`${path}/`);
      add({ file, line: item.line, field: BODY, message: draft ? msg.unpublishedLink(href) : msg.brokenLink(href) });
    }
  }

  return { problems: problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)), paths };
}
