/**
 * Starts the unit's web editor (/admin/): Decap CMS, loaded from beside the page, in Vietnamese
 * (decap-cms-locales' `vi` completed by ./locale-vi.ts), with the unit's configuration from the page
 * (src/pages/[...unit]/admin/index.astro) and the checker's rules before every save: a save the
 * build would refuse is refused here, with the checker's own message.
 */
import { vi } from 'decap-cms-locales';
import { mergeLocale, viLocale } from './locale-vi.ts';
import { entryProblems, entryText, relativeMediaPaths, type ConfigFiles } from '../lib/cms/entry-check.ts';
import type { DecapCollection } from '../lib/cms/decap-config.ts';
import { slugify } from '../lib/text.ts';
import { cmsText } from '../i18n/vi.ts';

interface Settings {
  script: string;
  config: { collections: DecapCollection[] } & Record<string, unknown>;
  configFiles: ConfigFiles;
  /** The folders paths are relative to for the checker: the unit's own, then the shared one. */
  folders: string[];
}

/** What this module uses of Decap's entries and their data (Immutable.js maps). */
interface Data {
  toJS(): unknown;
  setIn(path: (string | number)[], value: unknown): Data;
}
interface Entry {
  get(key: 'collection' | 'path' | 'slug'): string | undefined;
  get(key: 'data' | 'mediaFiles'): Data | undefined;
}

interface Decap {
  registerLocale(name: string, phrases: object): void;
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

/** Where a new entry will be written: Decap decides its path only after the preSave listeners ran. */
function newEntryPath(collection: DecapCollection, data: Record<string, unknown>): string {
  const date = typeof data.date === 'string' ? new Date(data.date) : new Date();
  // The collection's slug template: the title's slug, or fields ("{{fields.code}}" for a procedure).
  const slug = collection.slug
    .replace(/\{\{fields\.(\w+)\}\}/g, (_, field: string) => String(data[field] ?? ''))
    .replace('{{slug}}', slugify(String(data.title ?? '')));
  const name = (collection.path ?? '{{slug}}').replace('{{year}}', String(date.getUTCFullYear())).replace('{{slug}}', slug);
  return `${collection.folder}/${name}.${collection.extension}`;
}

/**
 * Writes uploaded files' paths as the schemas expect them ("./images/anh.jpg"), then refuses the
 * save when the checker finds problems in the entry or the files uploaded with it.
 */
async function checkBeforeSave({ entry }: { entry: Entry }): Promise<Data | undefined> {
  const collection = settings.config.collections.find((c) => c.name === entry.get('collection'));
  let form = entry.get('data');
  if (!collection || !form) return undefined;
  for (const [at, value] of relativeMediaPaths(form.toJS(), collection.media_folder ?? '')) form = form.setIn(at, value);
  const data = form.toJS() as Record<string, unknown>;
  const path = checkerPath(entry.get('path') || newEntryPath(collection, data));
  if (!path) return form;
  const media: Record<string, Uint8Array> = {};
  for (const file of (entry.get('mediaFiles')?.toJS() ?? []) as { path: string; file?: File }[]) {
    const at = checkerPath(file.path);
    if (at && file.file) media[at] = new Uint8Array(await file.file.arrayBuffer());
  }
  const problems = entryProblems(path, entryText(data, collection.extension === 'md'), settings.configFiles, new Date(), media);
  if (problems.length === 0) return form;
  // Decap shows "Chưa lưu: <the error>": an error without a name reads as its message alone.
  const refusal = new Error(cmsText.refused(problems.map((p) => p.message)));
  refusal.name = '';
  throw refusal;
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
cms.registerEventListener({ name: 'preSave', handler: checkBeforeSave });
cms.init({ config: settings.config });
