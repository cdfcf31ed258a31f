/**
 * The web editor's configuration (Decap CMS), made from the registry of content kinds: one
 * collection per kind, its folder and file names as the build reads them, and each field's label,
 * widget, choices, pattern and whether it is required, read from the kind's schema
 * (kindEditorFields). A change to a schema changes the form; nothing here is kept by hand.
 * Pure: the caller writes the result where the editor loads it.
 */
import type { EditorField } from '../content/editor-fields.ts';
import type { KindEditor } from '../../kinds/kind.ts';
import { FOLDER_TEMPLATE, NAME_KEY, NAME_TEMPLATE, namingOf } from './file-name.ts';
import { FORMATS, ROOT_LIST } from './formats.ts';

/** What Decap needs of a kind: its folder, glob and ids (src/kinds/kind.ts), and its form. */
export interface KindForm {
  name: string;
  label: string;
  folder: string;
  glob: string;
  id: 'path' | 'name' | 'folder';
  /** The folder beside an entry where its uploaded files go ('' for beside it). */
  media?: string;
  /** How its entries are named where not by their title (src/lib/cms/file-name.ts). */
  editor?: KindEditor;
  fields: EditorField[];
}

/** A configuration file of the unit the editor edits (site.yaml, leaders.yaml): its path from content/ and its form. */
export interface SettingsForm {
  name: string;
  label: string;
  file: string;
  /** A file that is a list at its root (leaders.yaml): edited as one list field, each item shown by `summary`. */
  list: boolean;
  summary?: string;
  /** What the file is for, shown with its list. */
  hint?: string;
  fields: EditorField[];
}

export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: false;
  hint?: string;
  /** What a list shows of each of its items, collapsed. */
  summary?: string;
  pattern?: readonly [string, string];
  options?: { label: string; value: string }[];
  multiple?: true;
  default?: boolean;
  value_type?: 'int';
  format?: string;
  date_format?: string;
  time_format?: string | false;
  fields?: DecapField[];
  field?: DecapField;
}

export interface DecapCollection {
  name: string;
  label: string;
  folder: string;
  create: boolean;
  extension: 'md' | 'yaml';
  format: (typeof FORMATS)[keyof typeof FORMATS];
  /** Where an entry's file goes inside the folder ("{{_folder}}/{{slug}}", its year, for kinds kept by year). */
  path?: string;
  slug: string;
  identifier_field?: string;
  /** What lists show of an entry without a title: its file name. */
  summary?: string;
  /** Images beside the entry, as the schemas expect them ("./images/anh.jpg"). */
  media_folder?: string;
  public_folder?: string;
  fields: DecapField[];
}

/** Dates as the schemas read them: a moment with Vietnam's offset, or a day, with no time to pick. */
const DATE = { format: 'YYYY-MM-DDTHH:mm:ssZ', date_format: 'DD/MM/YYYY', time_format: 'HH:mm' };
const DAY = { format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false as const };

/**
 * What a collapsed item of a list shows: its first required text, or its first texts. Decap shows
 * the first field's value, and "No <field's name>", in English, when it is empty (an archive's
 * successor given by name, not by unit).
 */
function itemSummary(fields: readonly EditorField[]): string {
  const texts = fields.filter((f) => f.widget === 'string' || f.widget === 'select');
  const required = texts.find((f) => f.required);
  const shown = required ? [required] : texts.slice(0, 2);
  return shown.map((f) => `{{fields.${f.name}}}`).join(' ');
}

/** One field of the form as Decap declares it. */
export function decapField(field: EditorField): DecapField {
  const out: DecapField = { name: field.name, label: field.label, widget: field.widget === 'date' ? 'datetime' : field.widget };
  if (!field.required) out.required = false;
  if (field.hint) out.hint = field.hint;
  if (field.pattern) out.pattern = field.pattern;
  if (field.options) out.options = field.options.map((o) => ({ label: o.label, value: o.value }));
  if (field.widget === 'datetime') Object.assign(out, DATE);
  if (field.widget === 'date') Object.assign(out, DAY);
  if (field.widget === 'boolean') out.default = false;
  if (field.widget === 'number') out.value_type = 'int';
  if (field.widget === 'list') {
    if (field.fields) {
      out.fields = field.fields.map(decapField);
      out.summary = itemSummary(field.fields);
    }
    // A list of one choice is a select that takes several values.
    else if (field.field?.widget === 'select')
      Object.assign(out, decapField({ ...field.field, name: field.name, label: field.label, required: field.required }), {
        multiple: true as const,
      });
    else if (field.field) out.field = decapField(field.field);
  }
  // An optional group (a news article's cover) may be left empty: Decap would still demand its
  // required fields, so the form asks for none of them, and the checker before the save
  // (src/lib/cms/entry-check.ts) refuses a group filled in half ("thiếu mô tả ảnh").
  if (field.widget === 'object' && field.fields)
    out.fields = field.fields.map((f) => decapField(field.required ? f : { ...f, required: false }));
  return out;
}

/** A kind's collection: where Decap reads and writes its entries, and their form. */
export function decapCollection(kind: KindForm): DecapCollection {
  const markdown = kind.glob.endsWith('.md');
  const album = kind.id === 'folder';
  const titled = kind.fields.some((f) => f.name === 'title');
  const naming = namingOf(
    kind,
    kind.fields.map((f) => f.name),
  );
  // A kind named by neither a title nor a field of its own (a week, a period) names its entries
  // by the form's file-name field: one it shows (`nameInput`), or a hidden one the save fills.
  const nameField: DecapField[] =
    naming && !titled && !kind.editor?.title
      ? [
          kind.editor?.nameInput
            ? { name: NAME_KEY, widget: 'string', required: false, ...kind.editor.nameInput }
            : { name: NAME_KEY, label: 'Tên tệp', widget: 'hidden', required: false },
        ]
      : [];
  return {
    name: kind.name,
    label: kind.label.charAt(0).toLocaleUpperCase('vi') + kind.label.slice(1),
    folder: `content/${kind.folder}`,
    // New entries where the kind says how to name them (all kinds do today).
    create: Boolean(naming),
    // The build reads .yaml and .yml; Decap lists one extension, the repository's own: .yaml.
    extension: markdown ? 'md' : 'yaml',
    format: markdown ? FORMATS.markdown : FORMATS.yaml,
    // A new file's name, and for kinds kept by year (news, documents, questions) its year's folder,
    // are set by the save (src/lib/cms/file-name.ts); an album is a folder, album.yaml beside its photos.
    ...(kind.glob.startsWith('**/') && { path: `${FOLDER_TEMPLATE}/{{slug}}` }),
    ...(album && { path: '{{slug}}/album' }),
    slug: NAME_TEMPLATE,
    ...(kind.editor?.title && { identifier_field: kind.editor.title }),
    ...(nameField.length > 0 && { identifier_field: NAME_KEY, summary: '{{filename}}' }),
    // Uploaded files beside the entry, written as the schemas expect them ("./images/anh.jpg").
    ...(kind.media !== undefined && { media_folder: kind.media, public_folder: kind.media ? `./${kind.media}` : './' }),
    fields: [...nameField, ...kind.fields.map((f) => decapField(f))],
  };
}

/** Decap's collection of single files, each with its own form. */
export interface DecapFilesCollection {
  name: string;
  label: string;
  format: (typeof FORMATS)['yaml'];
  extension: 'yaml';
  files: { name: string; label: string; file: string; fields: DecapField[] }[];
}

/** The unit's configuration files, one collection of files, each with its form. */
function settingsCollection(files: readonly SettingsForm[]): DecapFilesCollection {
  return {
    name: 'unit',
    label: 'Thông tin đơn vị',
    format: FORMATS.yaml,
    extension: 'yaml',
    files: files.map((file) => {
      const fields = file.fields.map((f) => decapField(f));
      return {
        name: file.name,
        label: file.label,
        file: `content/${file.file}`,
        fields: file.list
          ? [{ name: ROOT_LIST, label: file.label, widget: 'list', summary: file.summary, hint: file.hint, fields }]
          : fields,
      };
    }),
  };
}

/** Where a unit's editor saves: site.yaml's `editing` (src/lib/schemas/site.ts). */
export interface EditingSettings {
  host: 'gitlab' | 'gitea' | 'github';
  repo: string;
  branch?: string;
  baseUrl?: string;
  apiRoot?: string;
  appId?: string;
}

/**
 * Decap's backend for the Git host, with login without any third-party service: GitLab and
 * Gitea/Forgejo by PKCE (an OAuth application of the host, its id in `appId`); GitHub through the
 * province's own OAuth proxy (`baseUrl`). Gitea's backend has no editorial workflow: its editors
 * save to `branch` (an editors' branch, docs/operator-guide.md), reviewed by pull request.
 */
export function decapBackend(editing: EditingSettings) {
  const branch = editing.branch ?? 'main';
  const host = editing.baseUrl?.replace(/\/$/, '');
  if (editing.host === 'github')
    return {
      name: 'github',
      repo: editing.repo,
      branch,
      ...(host && { base_url: host }),
      ...(editing.apiRoot && { api_root: editing.apiRoot }),
    };
  return {
    name: editing.host,
    repo: editing.repo,
    branch,
    auth_type: 'pkce',
    app_id: editing.appId,
    ...(host && { base_url: host, api_root: editing.apiRoot ?? `${host}${editing.host === 'gitlab' ? '/api/v4' : '/api/v1'}` }),
  };
}

/** The origins the editor's page talks to for a backend (its Content-Security-Policy's connect-src). */
export function backendOrigins(backend: { name: string; base_url?: string; api_root?: string }): string[] {
  const urls = [backend.base_url, backend.api_root ?? (backend.name === 'github' ? 'https://api.github.com' : undefined)];
  return [...new Set(urls.filter((u): u is string => !!u).map((u) => new URL(u).origin))];
}

/** What the Git host's history and merge requests show, in Vietnamese (Decap's are English). */
const COMMIT_MESSAGES = {
  create: 'Thêm {{collection}}: “{{slug}}”',
  update: 'Sửa {{collection}}: “{{slug}}”',
  delete: 'Xóa {{collection}}: “{{slug}}”',
  uploadMedia: 'Tải lên “{{path}}”',
  deleteMedia: 'Xóa tệp “{{path}}”',
  openAuthoring: '{{message}}',
};

/** The whole configuration: Vietnamese, slugs as the project makes them, one collection per kind. */
export function decapConfig(kinds: readonly KindForm[], backend: Record<string, unknown>, settings: readonly SettingsForm[] = []) {
  const collections: (DecapCollection | DecapFilesCollection)[] = kinds.map(decapCollection);
  if (settings.length > 0) collections.push(settingsCollection(settings));
  return {
    backend: { ...backend, commit_messages: COMMIT_MESSAGES },
    locale: 'vi',
    // Slugs as src/lib/text.ts makes them: ASCII, diacritics folded, dashes.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    media_folder: 'public/tai-lieu',
    public_folder: '/tai-lieu',
    collections,
  };
}
