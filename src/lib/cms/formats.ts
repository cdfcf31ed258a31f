/**
 * How the web editor reads and writes the repository's files (Decap CMS custom formats, registered
 * by src/cms/admin.ts): YAML, and Markdown with YAML front matter, as the checker reads them.
 * Ours rather than Decap's own because the files must come out as the project writes them:
 * - keys starting with "_" belong to the form, not the file (the name of a new entry's file,
 *   src/lib/cms/file-name.ts), and are never written;
 * - optional fields left empty are left out, not written as "" or [];
 * - a file that is a list at its root (leaders.yaml, desks.yaml) is edited as the list field
 *   `items` (Decap's forms are maps) and written back as a list;
 * - each field's hint is written above it as a comment, so a file edited in the browser keeps the
 *   documentation its readers in a text editor need.
 * The checker before a save checks the text these functions write. Pure: browser and Node.
 */
import { Document, isMap, isScalar, isSeq, parse, type Node, type Pair } from 'yaml';

/** The field a file that is a list at its root is edited as. */
export const ROOT_LIST = 'items';

/** A form-only key: the comments to write, where Decap does not hand them in (a collection of files). */
export const COMMENTS_KEY = '_comments';

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

/**
 * Orders a map's keys as the form lists its fields (`order`: "a", "a.b"…; others after, as they
 * were) and puts each field's comment above it, at every depth.
 */
function arrange(node: Node | null, order: readonly string[], comments: Readonly<Record<string, string>>, prefix = ''): void {
  if (isSeq(node)) for (const entry of node.items) arrange(entry as Node, order, comments, prefix);
  if (!isMap(node)) return;
  const path = (pair: Pair) =>
    prefix ? `${prefix}.${String((pair.key as { value?: unknown }).value)}` : String((pair.key as { value?: unknown }).value);
  const rank = (pair: Pair) => {
    const at = order.indexOf(path(pair));
    return at < 0 ? order.length : at;
  };
  node.items.sort((a, b) => rank(a) - rank(b));
  for (const pair of node.items) {
    const comment = comments[path(pair)];
    if (comment && isScalar(pair.key))
      pair.key.commentBefore = comment
        .split('\n')
        .map((line) => ` ${line}`)
        .join('\n');
    arrange(pair.value as Node, order, comments, path(pair));
  }
}

/** A YAML file's text from the form's data, fields in `order`, with their `comments`. */
export function toYaml(data: Data, order: readonly string[] = [], given: Readonly<Record<string, string>> = {}): string {
  const comments = { ...(data[COMMENTS_KEY] as Record<string, string> | undefined), ...given };
  const content = fileData(data);
  const doc = new Document(content);
  if (Array.isArray(content)) {
    const list = comments[ROOT_LIST];
    if (list)
      doc.commentBefore = list
        .split('\n')
        .map((line) => ` ${line}`)
        .join('\n');
    arrange(doc.contents, order.map((k) => k.replace(new RegExp(`^${ROOT_LIST}\\.?`), '')).filter(Boolean), comments);
  } else arrange(doc.contents, order, comments);
  return doc.toString({ lineWidth: 0 });
}

/** The form's data from a YAML file's text: a list at the root becomes the `items` field. */
export function fromYaml(text: string): Data {
  const value: unknown = parse(text) ?? {};
  return Array.isArray(value) ? { [ROOT_LIST]: value } : (value as Data);
}

/** A Markdown file's text: the form's fields as YAML front matter, then its body. */
export function toFrontMatter(data: Data, order: readonly string[] = [], comments: Readonly<Record<string, string>> = {}): string {
  const { body, ...front } = data;
  return `---\n${toYaml(front, order, comments)}---\n${typeof body === 'string' ? body.replace(/\n*$/, '\n') : ''}`;
}

/** The form's data from a Markdown file: its front matter's fields, and `body`. */
export function fromFrontMatter(text: string): Data {
  const match = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!match) return { body: text };
  return { ...fromYaml(match[1] ?? ''), body: match[2]! };
}

/** The file's text as the editor writes it: YAML, or Markdown with YAML front matter. */
export const entryText = (data: Data, markdown: boolean): string => (markdown ? toFrontMatter(data) : toYaml(data));

/** The names the editor registers these formats under (src/cms/admin.ts), as the collections name them. */
export const FORMATS = { markdown: 'trangtin-frontmatter', yaml: 'trangtin-yaml' } as const;
