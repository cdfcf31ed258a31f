/**
 * The web editor of a unit (/admin/, Decap CMS): its configuration, made from the registry of content
 * kinds (src/lib/cms/decap-config.ts), and the unit's configuration files the checker's rules read
 * before a save (src/lib/cms/entry-check.ts). A unit's editors get that unit's folders; a province's
 * also the shared catalog (content/shared/), which its communes list but do not edit.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS } from '../kinds/index.ts';
import { kindEditorFields } from '../kinds/kind.ts';
import { backendOrigins, decapBackend, decapConfig, type KindForm, type SettingsForm } from '../lib/cms/decap-config.ts';
import { editorFields } from '../lib/content/editor-fields.ts';
import { siteSchema } from '../lib/schemas/site.ts';
import { codeOfFileName } from '../lib/schemas/fields.ts';
import { leaderSchema } from '../lib/schemas/schedule.ts';
import { deskSchema } from '../lib/schemas/desk.ts';
import { SHARED_FOLDER } from '../lib/units/units.ts';
import { loadConfig, schemaSettings } from './config.ts';
import { contentDir, currentUnit, multiUnit, sharedDir, unitDir } from './units.ts';

/** decap-server's address on the editor's own machine (`npm run cms`). */
export const LOCAL_PROXY = 'http://localhost:8081/api/v1';

/** The configuration files the per-file rules read, as the checker names them, from the unit's folder or the shared one. */
const UNIT_FILES = ['site.yaml', 'desks.yaml', 'leaders.yaml'];
const SHARED_FILES = ['categories.yaml', 'fields.yaml', 'document-types.yaml'];

/** Where a kind's entries are, relative to the repository's root folder of content (content/). */
function folderOf(kind: (typeof KINDS)[number], unit: string) {
  return multiUnit ? `${kind.shared ? SHARED_FOLDER : unit}/${kind.folder}` : kind.folder;
}

/** The kinds the unit's editors edit: its own, and the shared catalog for a province (or a one-unit repository). */
function editedKinds(unit: string) {
  const { site } = loadConfig(unit);
  return KINDS.filter((kind) => !kind.shared || !multiUnit || site.unit.level === 'tinh');
}

/** The forms of the unit's kinds, with their folders. */
export function kindForms(unit = currentUnit()): KindForm[] {
  const settings = schemaSettings();
  return editedKinds(unit).map((kind) => ({ ...kind, folder: folderOf(kind, unit), fields: kindEditorFields(kind, settings) }));
}

/**
 * The names already taken, for the kinds that name a new file by a field (a week, a period, a code):
 * a new entry with a taken name is refused before the save (Decap would save it as "…-1", which the
 * checker refuses). Read at the build, so an entry published since is caught by the merge request's
 * check instead.
 */
export function takenNames(unit = currentUnit()): Record<string, string[]> {
  const taken: Record<string, string[]> = {};
  for (const kind of editedKinds(unit)) {
    const dir = join(contentDir, folderOf(kind, unit));
    if (!kind.editor || !existsSync(dir)) continue;
    taken[kind.name] = readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => codeOfFileName(f.replace(/\.ya?ml$/, '')));
  }
  return taken;
}

/** The unit's configuration files its editors edit, where the unit has them: its identity, leaders and desks. */
const SETTINGS = [
  { name: 'site', label: 'Thông tin đơn vị và trang', file: 'site.yaml', list: false, schema: siteSchema },
  {
    name: 'leaders',
    label: 'Lãnh đạo (lịch công tác)',
    file: 'leaders.yaml',
    list: true,
    summary: '{{fields.name}} — {{fields.position}}',
    hint: 'Lãnh đạo có trong lịch công tác; mã lãnh đạo (chữ thường không dấu) là mã ghi trong lịch.',
    schema: leaderSchema,
  },
  {
    name: 'desks',
    label: 'Nơi tiếp nhận hồ sơ',
    file: 'desks.yaml',
    list: true,
    summary: '{{fields.name}}',
    hint: 'Nơi tiếp nhận hồ sơ thủ tục hành chính của đơn vị; mã là mã ghi ở trường desk của thủ tục.',
    schema: deskSchema,
  },
];

/** The forms of the unit's configuration files. */
export function settingsForms(unit = currentUnit()): SettingsForm[] {
  return SETTINGS.filter((s) => existsSync(join(unitDir(unit), s.file))).map(({ schema, ...s }) => ({
    ...s,
    file: multiUnit ? `${unit}/${s.file}` : s.file,
    fields: editorFields(schema),
  }));
}

/** The unit's backend: its Git host (site.yaml `editing`), or decap-server on this machine until one is set. */
const backendOf = (unit: string) => {
  const { editing } = loadConfig(unit).site;
  return editing ? decapBackend(editing) : { name: 'proxy', proxy_url: LOCAL_PROXY, branch: 'main' };
};

/** The Decap configuration of the unit's editor. */
export function editorConfig(unit = currentUnit()) {
  const { site } = loadConfig(unit);
  const backend = backendOf(unit);
  return {
    ...decapConfig(kindForms(unit), backend, settingsForms(unit)),
    // Draft → in review → ready, each entry on its own branch, published by merging it (by a
    // reviewer: the Git host's merge request). A backend without it (decap-server in MODE=fs)
    // falls back to saving straight away.
    publish_mode: 'editorial_workflow',
    // Gitea's backend has none: its editors save to an editors' branch, merged by pull request.
    ...(backend.name === 'gitea' && { publish_mode: 'simple' }),
    // On this machine, Decap talks to decap-server (npm run cms), whatever the backend: at
    // localhost, or at <unit>.localhost where npm run preview serves a unit.
    local_backend: { url: LOCAL_PROXY, ...(multiUnit && { allowed_hosts: [`${unit}.localhost`] }) },
    site_url: site.site.url,
    display_url: site.site.url,
    load_config_file: false,
  };
}

/**
 * The origins the unit's editor talks to: its Git host's, and decap-server on the editor's own
 * machine (local_backend, used when the editor is opened at localhost).
 */
export const editorApiOrigins = (unit = currentUnit()): string[] => [...backendOrigins(backendOf(unit)), new URL(LOCAL_PROXY).origin];

/** The unit's configuration files, by the names the checker gives them, for the rules run before a save. */
export function editorConfigFiles(unit = currentUnit()): Record<string, string> {
  const files: Record<string, string> = {};
  const add = (dir: string, names: string[]) => {
    for (const name of names) if (existsSync(join(dir, name))) files[name] = readFileSync(join(dir, name), 'utf8');
  };
  add(unitDir(unit), UNIT_FILES);
  add(sharedDir, SHARED_FILES);
  return files;
}
