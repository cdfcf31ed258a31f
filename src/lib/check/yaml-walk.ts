/** Walking a parsed YAML document: every scalar with its path and line, every mapping key. */
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export interface ScalarAt {
  path: (string | number)[];
  value: unknown;
  line: number;
}

/** Every scalar value of the document, depth first, with its 1-based line (plus `offset`). */
export function scalars(doc: Document, lines: LineCounter, offset = 0): ScalarAt[] {
  const found: ScalarAt[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isScalar(node)) {
      found.push({ path, value: node.value, line: lines.linePos(node.range?.[0] ?? 0).line + offset });
    } else if (isMap(node)) {
      for (const pair of node.items) walk(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    }
  };
  walk(doc.contents as Node | null, []);
  return found;
}

/** Line of a mapping key (rather than its value) at `path`. */
export function keyLine(doc: Document, lines: LineCounter, path: (string | number)[], offset = 0): number | undefined {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path.at(-1)));
  const start = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
  return start === undefined ? undefined : lines.linePos(start).line + offset;
}
