/**
 * A new entry's file in the web editor, named as the project names files: an article by its title's
 * slug (cut at a word boundary, as `npm run new` cuts it) in the folder of its year, a procedure by
 * its code, a week's schedule by its week, statistics by their period. Decap CMS names files from a
 * template only, with no length cut, the UTC year and every dot made a dash; so the editor's
 * preSave listener (src/cms/admin.ts) names the file with these functions and hands the name to
 * the collection's template through form-only keys, which the file formats (./formats.ts) never
 * write. Pure: browser and Node.
 */
import type { KindEditor } from '../../kinds/kind.ts';
import { SLUG_LENGTH } from '../new-content.ts';
import { vietnamYear } from '../dates.ts';
import { slugify } from '../text.ts';

/** The form's keys (never written): the new file's name, and its folder inside the kind's. */
export const NAME_KEY = '_fileName';
export const FOLDER_KEY = '_folder';

/**
 * The collection templates that read them: the slug's as a field, the path's by the bare key
 * (Decap lower-cases a path template and makes its dots dashes, "fields." included).
 */
export const NAME_TEMPLATE = `{{fields.${NAME_KEY}}}`;
export const FOLDER_TEMPLATE = `{{${FOLDER_KEY}}}`;

/** A kind with a title names its entries by it, as `npm run new` does. */
export const BY_TITLE: KindEditor = {
  fileName: (data) => (typeof data.title === 'string' && slugify(data.title, SLUG_LENGTH)) || undefined,
  needs: 'tiêu đề (title)',
};

/** How a kind names a new entry: its own rule, its title, or not at all (no entries are created). */
export function namingOf(kind: { editor?: KindEditor }, fieldNames: readonly string[]): KindEditor | undefined {
  return kind.editor ?? (fieldNames.includes('title') ? BY_TITLE : undefined);
}

export interface NewFile {
  name: string;
  /** The folder inside the kind's: the year, for kinds kept by year; '' for the others. */
  folder: string;
}

/**
 * A new entry's file, or undefined while the form lacks what names it. A kind kept by year files
 * it under the year, in Vietnam, of its first date field (an article's date), or of `now`.
 */
export function newEntryFile(
  naming: KindEditor,
  byYear: boolean,
  data: Readonly<Record<string, unknown>>,
  dateField: string | undefined,
  now: Date,
): NewFile | undefined {
  const name = naming.fileName(data);
  if (!name) return undefined;
  const date = dateField && typeof data[dateField] === 'string' ? new Date(data[dateField]) : now;
  return { name, folder: byYear ? String(vietnamYear(Number.isNaN(date.getTime()) ? now : date)) : '' };
}
