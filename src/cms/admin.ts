/**
 * Starts the unit's web editor (/admin/): Decap CMS, loaded from beside the page, in Vietnamese
 * (decap-cms-locales' `vi` completed by ./locale-vi.ts), with the unit's configuration from the page
 * (src/pages/[...unit]/admin/index.astro), files read and written as the project writes them
 * (src/lib/cms/formats.ts), a new entry's file named as the project names it
 * (src/lib/cms/file-name.ts) and the checker's rules before every save: a save the build would
 * refuse is refused here, with the checker's own message.
 */
import { vi } from 'decap-cms-locales';
import { mergeLocale, viLocale } from './locale-vi.ts';
import { entryProblems, relativeMediaPaths, type ConfigFiles } from '../lib/cms/entry-check.ts';
import type { DecapCollection, DecapFilesCollection } from '../lib/cms/decap-config.ts';
import { FOLDER_KEY, FOLDER_TEMPLATE, NAME_KEY, namingOf, newEntryFile } from '../lib/cms/file-name.ts';
import { RAW_KEY, FORMATS, entryText, fromFrontMatter, fromYaml, toFrontMatter, toYaml } from '../lib/cms/formats.ts';
import { KINDS } from '../kinds/index.ts';
import { codeOfFileName } from '../lib/schemas/fields.ts';
import { cmsText } from '../i18n/vi.ts';

interface Settings {
  script: string;
  config: { collections: (DecapCollection | DecapFilesCollection)[] } & Record<string, unknown>;
  configFiles: ConfigFiles;
  /** The file names already taken, by collection, where a field names the file (src/data/cms.ts takenNames). */
  taken: Record<string, string[]>;
  /** The folders paths are relative to for the checker: the unit's own, then the shared one. */
  folders: string[];
}

/** What this module uses of Decap's entries and their data (Immutable.js maps). */
interface Data {
  toJS(): unknown;
  setIn(path: (string | number)[], value: unknown): Data;
}
interface Entry {
  get(key: 'collection' | 'path' | 'slug' | 'raw'): string | undefined;
  get(key: 'data' | 'mediaFiles'): Data | undefined;
  get(key: 'newRecord'): boolean | undefined;
}

interface Format {
  fromFile(text: string): object;
  toFile(data: Record<string, unknown>, order?: string[]): string;
}

interface Decap {
  registerLocale(name: string, phrases: object): void;
  registerCustomFormat(name: string, extension: string, format: Format): void;
  registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: Entry }) => Promise<Data | undefined> }): void;
  init(options: { config: object }): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: Decap;
  }
}

const settings = JSON.parse(document.getElementById('trangtin-cms')!.textContent!) as Settings;

/** A path from the repository's root as the checker names it, from the unit's (or the shared) folder. */
function checkerPath(path: string): string | undefined {
  const folder = settings.folders.find((f) => path.startsWith(f));
  return folder === undefined ? undefined : path.slice(folder.length);
}

/** Decap shows "Chưa lưu: <the error>": an error without a name reads as its message alone. */
function refusal(message: string): Error {
  const error = new Error(message);
  error.name = '';
  return error;
}

/**
 * Names a new entry's file as the project does: sets the form-only keys the collection's templates
 * read (Decap writes the file after the preSave listeners ran), and returns the form and the path.
 */
function nameNewEntry(collection: DecapCollection, form: Data, now: Date): { form: Data; path: string } {
  const data = form.toJS() as Record<string, unknown>;
  const kind = KINDS.find((k) => k.name === collection.name);
  const fieldNames = collection.fields.map((f) => f.name);
  const naming = kind && namingOf(kind, fieldNames);
  if (!naming) throw refusal(cmsText.cannotCreate);
  const dateField = collection.fields.find((f) => f.widget === 'datetime')?.name;
  const file = newEntryFile(naming, collection.path?.startsWith(FOLDER_TEMPLATE) ?? false, data, dateField, now);
  if (!file) throw refusal(cmsText.noFileName(naming.needs));
  if (settings.taken[collection.name]?.includes(codeOfFileName(file.name))) throw refusal(cmsText.nameTaken(codeOfFileName(file.name)));
  const name = (collection.path ?? '{{slug}}').replace(FOLDER_TEMPLATE, file.folder).replace('{{slug}}', file.name);
  return {
    form: form.setIn([NAME_KEY], file.name).setIn([FOLDER_KEY], file.folder),
    path: `${collection.folder}/${name}.${collection.extension}`,
  };
}

/**
 * Writes uploaded files' paths as the schemas expect them ("./images/anh.jpg"), names a new
 * entry's file, then refuses the save when the checker finds problems in the entry or the files
 * uploaded with it.
 */
async function checkBeforeSave({ entry }: { entry: Entry }): Promise<Data | undefined> {
  const collection = settings.config.collections.find((c) => c.name === entry.get('collection'));
  let form = entry.get('data');
  if (!collection || !form) return undefined;
  const now = new Date();
  let at = entry.get('path');
  if ('folder' in collection) {
    for (const [field, value] of relativeMediaPaths(form.toJS(), collection.media_folder ?? '')) form = form.setIn(field, value);
    if (entry.get('newRecord')) ({ form, path: at } = nameNewEntry(collection, form, now));
  }
  // An edited file keeps its comments and order: the formats write the form's values into it.
  if (!entry.get('newRecord') && entry.get('raw')) form = form.setIn([RAW_KEY], entry.get('raw'));
  const data = form.toJS() as Record<string, unknown>;
  const path = at && checkerPath(at);
  if (!path) return form;
  const media: Record<string, Uint8Array> = {};
  for (const file of (entry.get('mediaFiles')?.toJS() ?? []) as { path: string; file?: File }[]) {
    const at = checkerPath(file.path);
    if (at && file.file) media[at] = new Uint8Array(await file.file.arrayBuffer());
  }
  const problems = entryProblems(path, entryText(data, collection.extension === 'md'), settings.configFiles, now, media);
  if (problems.length === 0) return form;
  throw refusal(cmsText.refused(problems.map((p) => p.message)));
}

window.CMS_MANUAL_INIT = true;
await new Promise((loaded, failed) => {
  const script = document.createElement('script');
  script.src = settings.script;
  script.onload = loaded;
  script.onerror = failed;
  document.head.append(script);
});
const cms = window.CMS!;
cms.registerLocale('vi', mergeLocale(vi, viLocale));
cms.registerCustomFormat(FORMATS.yaml, 'yaml', { fromFile: fromYaml, toFile: toYaml });
cms.registerCustomFormat(FORMATS.markdown, 'md', { fromFile: fromFrontMatter, toFile: toFrontMatter });
cms.registerEventListener({ name: 'preSave', handler: checkBeforeSave });
cms.init({ config: settings.config });
