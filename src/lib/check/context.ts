/**
 * What the checker's rules share: the corpus, the problems found so far, the readers that turn a
 * file into data (size, encoding, YAML, schema, Markdown body), and what earlier rules learned for
 * later ones (the configuration, the routes the content makes, the links to check at the end).
 */
import { z } from 'astro/zod';
import type { Document, LineCounter } from 'yaml';
import type { SiteConfig } from '../schemas/site.ts';
import type { TaxonomyItem } from '../schemas/taxonomy.ts';
import type { Desk } from '../schemas/desk.ts';
import type { Leader } from '../schemas/schedule.ts';
import type { RouteInput } from '../site-paths.ts';
import { fieldName, parseYaml, yamlProblems, zodProblems, type Problem } from '../validation.ts';
import { IMAGE_EXTENSIONS, LIMITS, extension, label, type Corpus } from './corpus.ts';
import { decodeUtf8, splitFrontmatter } from '../content/text-file.ts';
import { scalars, keyLine } from './yaml-walk.ts';
import { impossibleDate } from './dates.ts';
import { closest, unknownKeys } from './keys.ts';
import { isUnsafeUrl, scanBody, type BodyItem } from './body.ts';
import { imageFormat } from './images.ts';
import { ATTACHMENT_LIMIT } from '../documents/files.ts';
import { msg } from '../content/messages.ts';
import type { SectionDates } from '../content/freshness.ts';
import { BODY } from '../content/cross-file.ts';
import { resolveRelative } from '../content/relative-path.ts';

export const baseName = (path: string) =>
  path
    .split('/')
    .pop()!
    .replace(/\.(md|ya?ml)$/, '');
/** A file whose name starts with "_" is parked: kept in the folder, never published or checked. */
export const parked = (path: string) => path.split('/').pop()!.startsWith('_');

export interface Parsed<T> {
  data?: T;
  doc?: Document;
  lines?: LineCounter;
}

export interface Rule {
  /** What the rule checks, for tests and reading. */
  name: string;
  run(ctx: CheckContext): void;
}

export class CheckContext {
  readonly problems: Problem[] = [];
  /** What the editor should see to but that does not stop the build (sections left stale). */
  readonly warnings: Problem[] = [];
  /** The newest content of the sections the law wants kept current, as the kinds' rules find it. */
  readonly latest: SectionDates = {};
  readonly has: Set<string>;
  /** Set by the configuration rule; empty lists while a file is missing or broken. */
  config: {
    site?: SiteConfig;
    categories: TaxonomyItem[];
    fields: TaxonomyItem[];
    documentTypes: TaxonomyItem[];
    desks: Desk[];
    leaders: Leader[];
  } = { categories: [], fields: [], documentTypes: [], desks: [], leaders: [] };
  /** What the content rules found will be published, for the routes. */
  routes: Pick<
    RouteInput,
    'news' | 'procedures' | 'pages' | 'documents' | 'questions' | 'consultations' | 'english' | 'albums' | 'videos'
  > & { weeks: string[] } = {
    news: [],
    procedures: [],
    pages: [],
    documents: [],
    weeks: [],
    questions: [],
    consultations: [],
    english: [],
    albums: [],
    videos: [],
  };
  /** Paths of pages that exist but are not published (drafts, future dates): links to them get their own message. */
  readonly unpublished = new Set<string>();
  /** Links found in bodies, checked once every route is known. */
  readonly links: { file: string; item: Extract<BodyItem, { kind: 'link' }> }[] = [];
  /** Every path of the site; set by the links rule. */
  paths = new Set<string>();

  readonly corpus: Corpus;

  constructor(corpus: Corpus) {
    this.corpus = corpus;
    this.has = new Set(corpus.files);
  }

  add(problem: Problem) {
    this.problems.push(problem);
  }

  /** Content files `matches` accepts, parked ones left out, sorted. */
  files(matches: (path: string) => boolean): string[] {
    return this.corpus.files.filter((f) => matches(f) && !parked(f)).sort();
  }

  /** Decoded text of a file after the size and encoding rules, or undefined when unreadable. */
  readText(path: string): string | undefined {
    const bytes = this.corpus.read(path);
    if (bytes.length > LIMITS.text) this.add({ file: label(path), field: '', message: msg.tooLarge(bytes.length, LIMITS.text, false) });
    const decoded = decodeUtf8(bytes);
    if ('badLine' in decoded) {
      this.add({ file: label(path), line: decoded.badLine, field: '', message: msg.notUtf8(decoded.badLine) });
      return undefined;
    }
    return decoded.text;
  }

  /** YAML syntax, impossible dates, unknown fields and the schema, in that order. */
  checkYaml<S extends z.ZodType>(path: string, source: string, schema: S, offset = 0): Parsed<z.infer<S>> {
    const file = label(path);
    const { doc, lines } = parseYaml(source);
    if (doc.errors.length) {
      this.problems.push(...yamlProblems(file, doc, lines, offset));
      return {};
    }
    const badDates = new Set<string>();
    for (const s of scalars(doc, lines, offset)) {
      const message = impossibleDate(s.value);
      if (message) {
        badDates.add(s.path.join('.'));
        this.add({ file, line: s.line, field: fieldName(s.path), message });
      }
    }
    const value = doc.toJS();
    for (const u of unknownKeys(schema, value)) {
      this.add({
        file,
        line: keyLine(doc, lines, u.path, offset),
        field: fieldName(u.path),
        message: msg.unknownKey(u.key, closest(u.key, u.allowed), u.allowed),
      });
    }
    const result = schema.safeParse(value ?? {});
    if (!result.success) {
      const schemaProblems = zodProblems(file, result.error, doc, lines, offset);
      this.problems.push(...schemaProblems.filter((_, i) => !badDates.has(result.error.issues[i]!.path.join('.'))));
      return { doc, lines };
    }
    return { data: result.data, doc, lines };
  }

  readYamlFile<S extends z.ZodType>(path: string, schema: S): Parsed<z.infer<S>> {
    if (!this.has.has(path)) {
      this.add({ file: label(path), field: '', message: msg.missingFile() });
      return {};
    }
    const text = this.readText(path);
    return text === undefined ? {} : this.checkYaml(path, text, schema);
  }

  /** A field for an image path written in `from`, checked like an article's cover (albums' photos, videos' posters). */
  imageAt(from: string): () => z.ZodType<string> {
    return () =>
      z.string({ error: 'thiếu đường dẫn ảnh — cần ghi như ./ten-anh.jpg' }).superRefine((src, issue) => {
        const problem = this.imageProblem(from, src);
        if (problem) issue.addIssue({ code: 'custom', message: problem });
      });
  }

  /** Problem for an image path written in `from` (cover or body), or undefined when it is fine. */
  imageProblem(from: string, src: string): string | undefined {
    if (/^https?:\/\//i.test(src) || src.startsWith('//')) return msg.remoteImage(src);
    if (src.startsWith('/')) return msg.imageNotRelative(src);
    const target = resolveRelative(from, decodeURI(src));
    const folder = label(from.split('/').slice(0, -1).concat('images').join('/')) + '/';
    if (!target || !this.has.has(target)) return msg.imageMissing(src, folder);
    if (!IMAGE_EXTENSIONS.includes(extension(target))) return msg.notAnImage(src);
    if (!imageFormat(this.corpus.read(target))) return msg.brokenImageFile(src);
    return undefined;
  }

  /**
   * A file path field (`path`: its schema) checked against the corpus too: the file named from
   * `from` exists (else the message says to copy it into `folder`) and fits the attachment limit.
   */
  existingFile(from: string | (() => string), path: z.ZodType<string>, folder: string | (() => string)): z.ZodType<string> {
    // Functions let one schema serve every file: they give the file being checked at parse time.
    const now = (value: string | (() => string)) => (typeof value === 'function' ? value() : value);
    return path.superRefine((src, issue) => {
      const target = resolveRelative(now(from), src);
      if (!target || !this.has.has(target)) {
        issue.addIssue({ code: 'custom', message: msg.attachmentMissing(src, `${label(now(folder))}/`) });
        return;
      }
      const bytes = this.corpus.read(target).length;
      if (bytes > ATTACHMENT_LIMIT) issue.addIssue({ code: 'custom', message: msg.attachmentTooLarge(src, bytes, ATTACHMENT_LIMIT) });
    });
  }

  /** Unsafe markup, script URLs and images of a body; links are kept for the links rule. */
  checkBody(path: string, items: BodyItem[]) {
    const file = label(path);
    for (const item of items) {
      if (item.kind === 'unsafe') this.add({ file, line: item.line, field: BODY, message: item.message });
      else if (item.kind === 'link') {
        if (isUnsafeUrl(item.href)) this.add({ file, line: item.line, field: BODY, message: msg.unsafeUrl(item.href) });
        else this.links.push({ file, item });
      } else if (isUnsafeUrl(item.src)) this.add({ file, line: item.line, field: BODY, message: msg.unsafeUrl(item.src) });
      else {
        const problem = this.imageProblem(path, item.src);
        if (problem) this.add({ file, line: item.line, field: BODY, message: problem });
        if (!item.alt) this.add({ file, line: item.line, field: BODY, message: msg.imageNoAlt(item.src) });
      }
    }
  }

  /** Frontmatter + body of a Markdown file: the data, the parsed frontmatter (lines offset by `offset`) and the body. */
  parseMarkdown<S extends z.ZodType>(path: string, schema: S): (Parsed<z.infer<S>> & { body: string; offset: number }) | undefined {
    const text = this.readText(path);
    if (text === undefined) return undefined;
    const split = splitFrontmatter(text);
    if (split === 'missing' || split === 'unclosed') {
      this.add({ file: label(path), line: 1, field: '', message: split === 'missing' ? msg.noFrontmatter() : msg.unclosedFrontmatter() });
      return undefined;
    }
    const parsed = this.checkYaml(path, split.frontmatter, schema, split.frontmatterOffset);
    this.checkBody(path, scanBody(split.body, split.bodyLine));
    return { ...parsed, body: split.body, offset: split.frontmatterOffset };
  }

  /** The data of a Markdown file whose frontmatter and body pass the rules. */
  checkMarkdown<S extends z.ZodType>(path: string, schema: S): z.infer<S> | undefined {
    return this.parseMarkdown(path, schema)?.data;
  }

  /** Problems sorted by file and line. */
  sortedProblems(): Problem[] {
    return [...this.problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  }
}
