/**
 * Turns schema and YAML errors into lines an editor can act on:
 *   content/site.yaml:12  legal.phone  thiếu số điện thoại … — cần điền …
 */
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';
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

/**
 * Line of the value at `path`. A missing field points at the line of its parent's key
 * (`legal:` for a missing `legal.email`), the nearest place an editor would add it.
 */
export function lineOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[], lineOffset = 0): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (!isNode(node) || !node.range) continue;
    const keyNode = depth < path.length && depth > 0 ? keyOf(doc, path.slice(0, depth)) : undefined;
    const start = keyNode?.range?.[0] ?? node.range[0];
    return lines.linePos(start).line + lineOffset;
  }
  return undefined;
}

/** The key node of the map entry at `path`, if the entry sits in a map. */
function keyOf(doc: Document, path: readonly PropertyKey[]) {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1) as (string | number)[], true);
  if (!isMap(parent)) return undefined;
  const key = parent.items.find((pair) => isScalar(pair.key) && pair.key.value === path[path.length - 1])?.key;
  return isNode(key) ? key : undefined;
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((k) => (typeof k === 'number' ? `[${k + 1}]` : String(k)))
    .join('.')
    .replace(/\.\[/g, '[');
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
