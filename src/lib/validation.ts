/**
 * Turns schema and YAML errors into lines an editor can act on:
 *   content/site.yaml:12  legal.phone  thiếu số điện thoại … — cần điền …
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'astro/zod';

export interface Problem {
  file: string;
  line?: number;
  field: string;
  message: string;
}

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`Nội dung có ${problems.length} lỗi cần sửa:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}  ${p.field || '(cả tệp)'}  ${p.message}`;
}

/** Parses YAML keeping positions, so problems can name the line. */
export function parseYaml(source: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  return { doc, lines };
}

/** Line of the value at `path`, or of the nearest parent that exists (a missing field points at its parent). */
export function lineOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[], lineOffset = 0): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line + lineOffset;
  }
  return undefined;
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((k) => (typeof k === 'number' ? `[${k + 1}]` : String(k))).join('.').replace(/\.\[/g, '[');
}

/** Problems for a zod error on a YAML document (a data file, or frontmatter starting at `lineOffset`). */
export function zodProblems(file: string, error: z.ZodError, doc?: Document, lines?: LineCounter, lineOffset = 0): Problem[] {
  return error.issues.map((issue) => ({
    file,
    line: doc && lines ? lineOf(doc, lines, issue.path, lineOffset) : undefined,
    field: fieldName(issue.path),
    message: issue.message,
  }));
}

/** Problems for YAML syntax errors. */
export function yamlProblems(file: string, doc: Document, lines: LineCounter, lineOffset = 0): Problem[] {
  return doc.errors.map((e) => ({
    file,
    line: (e.linePos?.[0]?.line ?? lines.linePos(e.pos[0]).line) + lineOffset,
    field: '',
    message: `YAML sai cú pháp (${e.code}) — kiểm tra dấu hai chấm, thụt lề bằng dấu cách và dấu ngoặc kép: ${e.message.split('\n')[0]}`,
  }));
}

/** Reads and validates one YAML data file's text; throws ContentError listing every problem. */
export function validateYaml<T extends z.ZodType>(file: string, source: string, schema: T): z.infer<T> {
  const { doc, lines } = parseYaml(source);
  if (doc.errors.length) throw new ContentError(yamlProblems(file, doc, lines));
  const result = schema.safeParse(doc.toJS());
  if (!result.success) throw new ContentError(zodProblems(file, result.error, doc, lines));
  return result.data;
}
