/**
 * What a web editor needs to build a form for a kind of content, read from the kind's schema: each
 * field's label, whether it is required, its widget (text, date, list, choice…), the values a
 * choice allows and the pattern a formatted field follows. The field types of
 * src/lib/schemas/fields.ts describe themselves (zod's metadata), so the form follows the schema:
 * a field added to a schema appears in the form, with the label its messages already use.
 */
import { z } from 'astro/zod';

export type Widget = 'string' | 'text' | 'markdown' | 'number' | 'boolean' | 'datetime' | 'date' | 'select' | 'list' | 'object' | 'image' | 'file';

/** What a field type says of itself for editors (zod metadata). */
export interface EditorMeta {
  /** As the checker's messages name the field: "tên album (title)". */
  label?: string;
  hint?: string;
  widget?: Widget;
  options?: readonly { value: string; label: string }[];
  /** A regular expression the value follows, and what to say when it does not. */
  pattern?: readonly [source: string, message: string];
  /** Set up by the IT officer, not by editors: left out of the form (the file keeps it). */
  internal?: true;
}

export interface EditorField {
  name: string;
  /** The label without the key in brackets, capitalised: "Tên album". */
  label: string;
  hint?: string;
  widget: Widget;
  required: boolean;
  options?: readonly { value: string; label: string }[];
  pattern?: readonly [string, string];
  /** The fields of a group, or of each item of a list of groups. */
  fields?: EditorField[];
  /** The field of each item of a list of single values. */
  field?: EditorField;
}

/** Attaches what editors need to a field type; merged with what the type already says. */
export const describeField = <T extends z.ZodType>(schema: T, meta: EditorMeta): T => schema.meta(meta as Record<string, unknown>) as T;

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
}
const def = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The value type under optional, default and transform wrappers, whether it may be left out, and the metadata of every layer (outer layers win). */
function unwrap(schema: z.ZodType): { core: z.ZodType; required: boolean; meta: EditorMeta } {
  let meta: EditorMeta = {};
  let required = true;
  let s: z.ZodType | undefined = schema;
  for (let depth = 0; s && depth < 20; depth++) {
    meta = { ...((z.globalRegistry.get(s) as EditorMeta | undefined) ?? {}), ...meta };
    const d = def(s);
    if (d.type === 'optional' || d.type === 'default' || d.type === 'prefault' || d.type === 'nullable') {
      required = false;
      s = d.innerType;
    } else if (d.type === 'pipe') {
      // A preprocess is a transform piped into the value's type; a transform is the value's type piped into a transform.
      s = d.in && def(d.in).type === 'transform' ? d.out : d.in;
    } else break;
  }
  return { core: s ?? schema, required, meta };
}

const display = (label: string) => {
  const bare = label.replace(/\s*\([^)]*\)$/, '').trim();
  return bare.charAt(0).toLocaleUpperCase('vi') + bare.slice(1);
};

function widgetOf(type: string): Widget {
  return type === 'object' ? 'object' : type === 'array' ? 'list' : type === 'boolean' ? 'boolean' : type === 'number' ? 'number' : type === 'date' ? 'datetime' : 'string';
}

function fieldOf(name: string, schema: z.ZodType): EditorField {
  const { core, required, meta } = unwrap(schema);
  const d = def(core);
  const field: EditorField = { name, label: display(meta.label ?? name), widget: meta.widget ?? widgetOf(d.type), required };
  if (meta.hint) field.hint = meta.hint;
  if (meta.options) field.options = meta.options;
  if (meta.pattern) field.pattern = meta.pattern;
  if (d.type === 'object') field.fields = fieldsOf(core);
  if (d.type === 'array' && d.element) {
    const item = fieldOf(name, d.element);
    if (item.fields) field.fields = item.fields;
    else field.field = item;
  }
  return field;
}

function fieldsOf(schema: z.ZodType): EditorField[] {
  const { core } = unwrap(schema);
  const shape = def(core).shape ?? {};
  return Object.entries(shape)
    .filter(([, value]) => !unwrap(value).meta.internal)
    .map(([name, value]) => fieldOf(name, value));
}

/** The form of a file's front matter or YAML: one field per key of its schema, in the schema's order. */
export function editorFields(schema: z.ZodType): EditorField[] {
  return fieldsOf(schema);
}
