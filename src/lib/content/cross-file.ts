/**
 * Rules that compare files with each other (two files, one URL; one code or number twice; an
 * attachment missing or clashing). Written once, with one message each: `npm run check` runs them
 * over the whole content folder, and the build (src/data/*, src/cli/content-files.ts) runs them
 * again over what it loads, in case a file skipped the checker.
 */
import type { Problem } from '../validation.ts';
import { msg } from './messages.ts';
import { overlaps, periodLabel, type Period } from '../statistics/periods.ts';

/** Field name of problems about a file's name. */
export const FILE_NAME = 'tên tệp';

/** Field name of problems found in a Markdown body or a text field. */
export const BODY = 'nội dung';

/** The items whose key no earlier item had, in the given order. */
export function firstOfEach<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

/** Each item whose key an earlier item already had, with that first item; in the given order. */
export function repeats<T>(items: readonly T[], key: (item: T) => string): { item: T; first: T }[] {
  const seen = new Map<string, T>();
  const found: { item: T; first: T }[] = [];
  for (const item of items) {
    const first = seen.get(key(item));
    if (first) found.push({ item, first });
    else seen.set(key(item), item);
  }
  return found;
}

/** Files of one section that would share a URL, or take a name the section's routes use. */
export function slugProblems(files: readonly { file: string; slug: string }[], reserved: ReadonlySet<string>): Problem[] {
  return [
    ...repeats(files, (f) => f.slug).map(({ item, first }) => ({ file: item.file, field: FILE_NAME, message: msg.duplicateSlug(item.slug, first.file) })),
    ...files.filter((f) => reserved.has(f.slug)).map((f) => ({ file: f.file, field: FILE_NAME, message: msg.reservedSlug(f.slug) })),
  ];
}

/** Procedures: one file per code, named by its code. Files named by a code should come first. */
export function procedureCodeProblems(files: readonly { file: string; name: string; code: string; line?: number }[]): Problem[] {
  const firstByCode = new Map<string, string>();
  return files.flatMap((f) => {
    const first = firstByCode.get(f.code);
    if (first) return [{ file: f.file, line: f.line, field: 'code', message: msg.duplicateCode(f.code, first) }];
    firstByCode.set(f.code, f.file);
    return f.name === f.code ? [] : [{ file: f.file, line: f.line, field: 'code', message: msg.codeFileName(f.code) }];
  });
}

/** Related procedures must be in the catalog: the site links them both ways. */
export function relatedProcedureProblems(records: readonly { file: string; code: string; related: readonly { code: string; line?: number }[] }[]): Problem[] {
  const known = new Set(records.map((r) => r.code));
  return records.flatMap((r) => r.related.filter((rel) => !known.has(rel.code)).map((rel) => ({ file: r.file, line: rel.line, field: 'related', message: msg.unknownRelated(rel.code) })));
}

export interface QuestionRefs {
  file: string;
  procedures: readonly { code: string; line?: number }[];
  documents: readonly { slug: string; line?: number }[];
}

/** A question's related procedures and documents are on the site: its page links them. */
export function questionReferenceProblems(questions: readonly QuestionRefs[], codes: ReadonlySet<string>, documents: ReadonlySet<string>): Problem[] {
  return questions.flatMap((q) => [
    ...q.procedures.filter((p) => !codes.has(p.code)).map((p) => ({ file: q.file, line: p.line, field: 'procedures', message: msg.unknownRelated(p.code) })),
    ...q.documents.filter((d) => !documents.has(d.slug)).map((d) => ({ file: q.file, line: d.line, field: 'documents', message: msg.unknownDocument(d.slug) })),
  ]);
}

/** Statistics: each month counted once (the same period twice, or a month and its quarter, would add up twice). */
export function periodProblems(files: readonly { file: string; period: Period }[]): Problem[] {
  return files.flatMap((f, i) => {
    const other = files.slice(0, i).find((o) => overlaps(o.period, f.period));
    return other ? [{ file: f.file, field: FILE_NAME, message: msg.periodTwice(periodLabel(f.period), periodLabel(other.period), other.file) }] : [];
  });
}

/** A procedure that names its desk names one of content/desks.yaml. */
export function deskProblems(records: readonly { file: string; desk?: string; line?: number }[], desks: readonly { slug: string }[]): Problem[] {
  const known = desks.map((d) => d.slug);
  return records.filter((r) => r.desk && !known.includes(r.desk)).map((r) => ({ file: r.file, line: r.line, field: 'desk', message: msg.unknownDesk(r.desk!, known) }));
}

/** Documents: one number each, however it is typed (`key` folds the spellings). */
export function documentNumberProblems(files: readonly { file: string; number: string }[], key: (number: string) => string): Problem[] {
  return repeats(files, (f) => key(f.number)).map(({ item, first }) => ({ file: item.file, field: 'number', message: msg.duplicateNumber(item.number, first.file) }));
}

export interface AttachmentRef {
  /** The document that names the attachment. */
  file: string;
  /** The attachment as written in the document ("./tep/125-qd-ubnd.pdf"). */
  written: string;
  /** Where the site serves it. */
  url: string;
  /** The attachment's own path (content/…), to tell one file named twice from two files with one name. */
  source: string;
  /** Unknown when another rule (the checker's schema) already reports a missing file with its line. */
  exists?: boolean;
  /** Folder the editor should copy it into, as shown in the message. */
  folder: string;
}

/** Attachments that do not exist. */
export function missingAttachments(refs: readonly AttachmentRef[]): Problem[] {
  return refs.filter((r) => r.exists === false).map((r) => ({ file: r.file, field: 'file', message: msg.attachmentMissing(r.written, r.folder) }));
}

/** Two different files that would be served at one URL (same name in the same year). */
export function attachmentClashes(refs: readonly AttachmentRef[]): Problem[] {
  return repeats(refs, (r) => r.url)
    .filter(({ item, first }) => item.source !== first.source)
    .map(({ item, first }) => ({ file: item.file, field: 'file', message: msg.attachmentNameClash(item.written, first.source) }));
}
