/**
 * What a kind of content is, declared once in its own module (src/kinds/<kind>/index.ts): where
 * its files live, its schema, its checker rule, its publishing rule and the files it publishes
 * beside its pages. The registry (src/kinds/index.ts) lists the kinds; Astro's collections
 * (src/content.config.ts), the checker (src/lib/check/index.ts) and the build's file copies
 * (src/cli/content-files.ts) are made from it, so adding a kind is adding one module
 * (docs/adding-a-kind.md). Pure: no Astro, no file system.
 */
import picomatch from 'picomatch';
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro/content/config';
import type { CheckContext } from '../lib/check/context.ts';
import type { Publishable } from '../lib/content/publishing.ts';
import type { AttachmentCopy } from '../lib/documents/attachments.ts';
import type { TaxonomyItem } from '../lib/schemas/taxonomy.ts';
import type { Leader } from '../lib/schemas/schedule.ts';
import type { UnitLevel } from '../lib/units/scope.ts';
import { editorFields, type EditorField } from '../lib/content/editor-fields.ts';

/**
 * How the web editor names a kind's entries where their title does not: in its lists, and a new
 * entry's file (src/lib/cms/file-name.ts; a kind with a `title` field is named by it, as
 * `npm run new` names it).
 */
export interface KindEditor {
  /** The field naming an entry in the editor's lists ("name" for a procedure). */
  title?: string;
  /** A new entry's file name, without its extension, from the form's data; undefined while the form lacks it. */
  fileName(data: Readonly<Record<string, unknown>>): string | undefined;
  /** What the form must hold for that, as the refusal names it ("ngày đầu tiên của tuần"). */
  needs: string;
  /** A field the form shows only to name a new entry's file (a period, a code): never written into the file. */
  nameInput?: { label: string; hint: string; pattern: readonly [string, string] };
}

/** The settings schemas read: they turn what editors write into the settings' names. */
export interface SchemaSettings {
  categories: TaxonomyItem[];
  fields: TaxonomyItem[];
  documentTypes: TaxonomyItem[];
  leaders: Leader[];
}

/** Astro's image() in the build; the checker hands in its own path check. */
export type ImageField = ImageFunction;

/** How an entry's id (and so its URL) comes from its file's path inside the kind's folder. */
export type EntryId =
  /** Astro's own: the path without its extension ("2024/slug"); the URL uses the last part. */
  | 'path'
  /** The file name without its extension ("1.001193": Astro's own ids would drop the dots). */
  | 'name'
  /** The first folder ("dua-ghe-2024" of "dua-ghe-2024/album.yaml"). */
  | 'folder';

/** The files a kind publishes beside its pages (attachments, forms, drafts, videos). */
export interface KindFiles {
  /** Which of the kind's files name them. */
  readFrom: RegExp;
  /** Given those files (path inside the folder, text), the copies to make, for published entries only. */
  copies(files: { path: string; text: string }[], options: { now: Date; preview: boolean; settings: SchemaSettings }): AttachmentCopy[];
}

/** A page of the sitemap, with the date its content last changed. */
export interface SitemapEntry {
  path: string;
  lastmod?: Date;
}

/** A published entry as the sitemap sees it: its id and data. */
export interface KindEntry<Data> {
  id: string;
  data: Data;
}

/** Whether a kind's pages are searched, and the search filter value they carry ("Tin tức"). */
export const isSearched = (kind: Pick<ContentKind, 'search'>) => kind.search !== undefined;
export const searchKind = (kind: Pick<ContentKind, 'search'>): string[] => (kind.search ? [kind.search.label] : []);

/** The slug of an entry's URL: the last part of its id ("2024/slug" → "slug"). */
export const entrySlug = (id: string) => id.split('/').pop()!;

export interface ContentKind<Name extends string = string, Schema extends z.ZodType = z.ZodType> {
  /** The collection's name, as pages ask for it. */
  name: Name;
  /** What editors call it, in Vietnamese (the checker's and the web editor's name for it). */
  label: string;
  /** Its folder in content/ (in each unit's folder when a repository holds many). */
  folder: string;
  /** Written once for all units, in content/shared/<folder> (the procedure catalog); each unit shows what `concerns` it. */
  shared?: true;
  /** For a shared kind: whether an entry concerns a unit of this level (the procedures of its level). */
  concerns?(data: z.infer<Schema>, unitLevel: UnitLevel): boolean;
  /** Which files of the folder are entries (a glob; a name starting with "_" is parked, never an entry). */
  glob: string;
  id: EntryId;
  /**
   * The folder, beside an entry, of the files its fields name (images, attachments, forms), as the
   * schema wants them written ("./images/anh.jpg"); '' for beside the entry itself.
   */
  media?: string;
  /** For the web editor, where an entry is not named by its title (src/lib/cms/file-name.ts). */
  editor?: KindEditor;
  /** Its schema, from the settings (and Astro's image field, for kinds with images). */
  schema(settings: SchemaSettings, image: ImageField): Schema;
  /** The checker's rule: every file of the kind (parked ones left out), checked with the file, line and field named. */
  check(ctx: CheckContext, files: readonly string[]): void;
  /** Its publishing rule: the date and draft flag isPublished reads (src/lib/content/publishing.ts). */
  publishing(data: z.infer<Schema>): Publishable;
  files?: KindFiles;
  /**
   * Whether and how its pages are searched: the label of the search filter they are found under
   * (from src/i18n/vi.ts). A kind without it is left out of the search index.
   */
  search?: { label: string };
  /** Its pages in the sitemap: its section's pages and each published entry's page, with its last change. */
  sitemap(entries: readonly KindEntry<z.infer<Schema>>[], settings: SchemaSettings): SitemapEntry[];
}

/** Declares a kind, keeping its name and schema types (for Astro's typed collections). */
export const defineKind = <const Name extends string, Schema extends z.ZodType>(
  kind: ContentKind<Name, Schema>,
): ContentKind<Name, Schema> => kind;

/**
 * Whether a path relative to content/ is one of a kind's entries: inside its folder and matching its
 * glob as Astro's glob loader reads it (picomatch, the matcher the loader itself uses).
 */
export function entryMatcher(folder: string, glob: string): (path: string) => boolean {
  const matches = picomatch(glob);
  return (path) => path.startsWith(`${folder}/`) && matches(path.slice(folder.length + 1));
}

/** An entry's id from its path inside the kind's folder, where the kind does not keep Astro's own. */
export function entryId(id: Exclude<EntryId, 'path'>, path: string): string {
  return id === 'folder'
    ? path.split('/')[0]!
    : path
        .split('/')
        .pop()!
        .replace(/\.(md|ya?ml)$/, '');
}

/**
 * The files of a kind as Astro's glob loader reads them, from `contentDir`: its folder (the shared
 * one, or each unit's), its glob, and ids that start with the unit's id when there are many units
 * ("xa-tan-mau/gioi-thieu"), so that entries of different units never share one.
 */
export function kindFiles(kind: Pick<ContentKind, 'folder' | 'glob' | 'id' | 'shared'>, units: readonly string[], sharedFolder: string) {
  if (kind.shared || (units.length === 1 && units[0] === '')) {
    const base = kind.shared && units[0] !== '' ? `${sharedFolder}/${kind.folder}` : kind.folder;
    return {
      base,
      pattern: kind.glob,
      id: kind.id === 'path' ? undefined : (entry: string) => entryId(kind.id as Exclude<EntryId, 'path'>, entry),
    };
  }
  const folders = units.length === 1 ? units[0]! : `{${units.join(',')}}`;
  return {
    base: '.',
    pattern: `${folders}/${kind.folder}/${kind.glob}`,
    // Astro's own ids keep the unit's and the kind's folders ("xa-a/news/2024/slug"); the others are "<unit>/<id>".
    id:
      kind.id === 'path'
        ? undefined
        : (entry: string) => {
            const [unit, , ...rest] = entry.split('/');
            return `${unit}/${entryId(kind.id as Exclude<EntryId, 'path'>, rest.join('/'))}`;
          },
  };
}

/** An image field as a web editor sees it: a picture to upload, placed beside the entry. */
const editorImage = (() => z.string().meta({ label: 'ảnh', widget: 'image' })) as unknown as ImageField;

/**
 * The form a web editor shows for an entry of `kind`: its schema's fields (labels, widgets, choices,
 * patterns), and the body for kinds written in Markdown. Made from the schema at each build, never
 * kept by hand.
 */
export function kindEditorFields(kind: ContentKind, settings: SchemaSettings): EditorField[] {
  const fields = editorFields(kind.schema(settings, editorImage));
  return kind.glob.endsWith('.md') ? [...fields, { name: 'body', label: 'Nội dung', widget: 'markdown', required: true }] : fields;
}
