/**
 * How the web editor reads and writes the repository's files (Decap CMS custom formats, registered
 * by src/cms/admin.ts): YAML, and Markdown with YAML front matter, as the checker reads them.
 * Ours rather than Decap's own because the files must come out as the project writes them:
 * - keys starting with "_" belong to the form, not the file (the name of a new entry's file,
 *   src/lib/cms/file-name.ts), and are never written;
 * - optional fields left empty are left out, not written as "" or [];
 * - a file that is a list at its root (leaders.yaml, desks.yaml) is edited as the list field
 *   `items` (Decap's forms are maps) and written back as a list;
 * - a file edited keeps what the form does not show: its comments (site.yaml's documentation, the
 *   notes `npm run new` writes), the order of its keys, the quotes of its values (the save hands in
 *   the file as it was, RAW_KEY); a new file has its keys in the form's order.
 * The checker before a save checks the text these functions write. Pure: browser and Node.
 */
import { Document, isMap, isScalar, isSeq, parse, parseDocument, type Node, type Pair } from 'yaml';

/** The field a file that is a list at its root is edited as. */
export const ROOT_LIST = 'items';

/** A form-only key: the file's text as it was before the edit, for what the form does not hold. */
export const RAW_KEY = '_raw';

type Data = Record<string, unknown>;

/** What the file holds: the form's data without the form's own keys and empty values. */
function fileData(data: Data): Data | unknown[] {
  const kept = withoutEmpty(Object.fromEntries(Object.entries(data).filter(([key]) => !key.startsWith('_'))));
  const keys = Object.keys(kept);
  return keys.length === 1 && keys[0] === ROOT_LIST && Array.isArray(kept[ROOT_LIST]) ? (kept[ROOT_LIST] as unknown[]) : kept;
}

const isEmpty = (v: unknown) =>
  v === null ||
  v === undefined ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && v !== null && Object.keys(v).length === 0);

/** The form leaves optional fields it showed as empty strings, lists, groups and nulls; the file has them absent. */
function withoutEmpty(value: Data): Data {
  const out: Data = {};
  for (const [key, v] of Object.entries(value)) {
    const kept = v && typeof v === 'object' && !Array.isArray(v) ? withoutEmpty(v as Data) : Array.isArray(v) ? v.map(item) : v;
    if (!isEmpty(kept)) out[key] = kept;
  }
  return out;
}
const item = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? withoutEmpty(v as Data) : v);

const keyOf = (pair: Pair) => String(isScalar(pair.key) ? pair.key.value : pair.key);
const isRecord = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Orders a map's keys as the form lists its fields (`order`: "a", "a.b"…; others after, as they were), at every depth. */
function arrange(node: Node | null, order: readonly string[], prefix = ''): void {
  if (isSeq(node)) for (const entry of node.items) arrange(entry as Node, order, prefix);
  if (!isMap(node)) return;
  const path = (pair: Pair) => (prefix ? `${prefix}.${keyOf(pair)}` : keyOf(pair));
  const rank = (pair: Pair) => {
    const at = order.indexOf(path(pair));
    return at < 0 ? order.length : at;
  };
  node.items.sort((a, b) => rank(a) - rank(b));
  for (const pair of node.items) arrange(pair.value as Node, order, path(pair));
}

/**
 * Puts `value` into the file's node in place: a scalar keeps its comment and quotes, a map its
 * keys' order and comments (keys the form emptied go, new ones are added at the end), a list its
 * items' comments.
 */
function update(doc: Document, node: unknown, value: unknown): unknown {
  if (isMap(node) && isRecord(value)) {
    node.items = node.items.filter((pair) => keyOf(pair) in value);
    for (const [key, v] of Object.entries(value)) {
      const pair = node.items.find((p) => keyOf(p) === key);
      if (pair) pair.value = update(doc, pair.value, v);
      else node.items.push(doc.createPair(key, v));
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    node.items = value.map((v, i) => update(doc, node.items[i], v));
    return node;
  }
  if (isScalar(node) && typeof value !== 'object' && typeof node.value === typeof value) {
    node.value = value;
    return node;
  }
  return doc.createNode(value);
}

/** A YAML file's text from the form's data: the file as it was with the form's values put in, or a new file, fields in `order`. */
export function toYaml(data: Data, order: readonly string[] = []): string {
  const content = fileData(data);
  const raw = data[RAW_KEY];
  if (typeof raw === 'string' && raw.trim()) {
    const edited = parseDocument(raw);
    if (edited.errors.length === 0) {
      edited.contents = update(edited, edited.contents, content) as typeof edited.contents;
      return edited.toString({ lineWidth: 0 });
    }
  }
  const doc = new Document(content);
  const list = Array.isArray(content);
  arrange(doc.contents, list ? order.map((k) => k.replace(new RegExp(`^${ROOT_LIST}\\.?`), '')).filter(Boolean) : order);
  return doc.toString({ lineWidth: 0 });
}

/** The form's data from a YAML file's text: a list at the root becomes the `items` field. */
export function fromYaml(text: string): Data {
  const value: unknown = parse(text) ?? {};
  return Array.isArray(value) ? { [ROOT_LIST]: value } : (value as Data);
}

/** A Markdown file's text: the form's fields as YAML front matter, then its body. */
export function toFrontMatter(data: Data, order: readonly string[] = []): string {
  const { body, ...front } = data;
  // The file's front matter as it was, for its comments and order.
  const raw = typeof data[RAW_KEY] === 'string' ? FRONT_MATTER.exec(data[RAW_KEY])?.[1] : undefined;
  return `---\n${toYaml({ ...front, [RAW_KEY]: raw }, order)}---\n${typeof body === 'string' ? body.replace(/\n*$/, '\n') : ''}`;
}

const FRONT_MATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/** The form's data from a Markdown file: its front matter's fields, and `body`. */
export function fromFrontMatter(text: string): Data {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text };
  return { ...fromYaml(match[1] ?? ''), body: match[2]! };
}

/** The file's text as the editor writes it: YAML, or Markdown with YAML front matter. */
export const entryText = (data: Data, markdown: boolean): string => (markdown ? toFrontMatter(data) : toYaml(data));

/** The names the editor registers these formats under (src/cms/admin.ts), as the collections name them. */
export const FORMATS = { markdown: 'trangtin-frontmatter', yaml: 'trangtin-yaml' } as const;
