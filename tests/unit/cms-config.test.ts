/**
 * The web editor's configuration (Decap CMS) is made from the registry: one collection per kind,
 * where the build reads its files, and each field's label, widget, choices and pattern from the
 * kind's schema.
 */
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/index.ts';
import { kindEditorFields } from '../../src/kinds/kind.ts';
import {
  backendOrigins,
  decapBackend,
  decapConfig,
  decapField,
  type DecapCollection,
  type DecapField,
  type DecapFilesCollection,
} from '../../src/lib/cms/decap-config.ts';
import { loadConfig } from '../../src/data/config.ts';
import { settingsForms, takenNames } from '../../src/data/cms.ts';

const { categories, fields, documentTypes, leaders } = loadConfig();
const settings = { categories, fields, documentTypes, leaders };
const config = decapConfig(
  KINDS.map((kind) => ({ ...kind, fields: kindEditorFields(kind, settings) })),
  { name: 'proxy', proxy_url: 'http://localhost:8081/api/v1' },
);
const kindCollections = config.collections as DecapCollection[];
const collection = (name: string) => kindCollections.find((c) => c.name === name)!;
const field = (list: DecapField[], name: string) => list.find((f) => f.name === name)!;

describe('Decap CMS configuration from the registry', () => {
  it('opens in Vietnamese, with slugs folded to ASCII as the project makes them', () => {
    expect(config.locale).toBe('vi');
    expect(config.slug).toMatchObject({ encoding: 'ascii', clean_accents: true });
  });

  it('has one collection per kind, in its folder, files named as the build reads them', () => {
    expect(config.collections.map((c) => c.name)).toEqual(KINDS.map((k) => k.name));
    expect(collection('news')).toMatchObject({
      label: 'Tin tức',
      folder: 'content/news',
      extension: 'md',
      format: 'trangtin-frontmatter',
      // The file's name and year, set by the save as npm run new sets them (src/lib/cms/file-name.ts).
      path: '{{_folder}}/{{slug}}',
      slug: '{{fields._fileName}}',
      media_folder: 'images',
      public_folder: './images',
    });
    expect(collection('procedures')).toMatchObject({
      folder: 'content/procedures',
      extension: 'yaml',
      format: 'trangtin-yaml',
      media_folder: 'mau',
      identifier_field: 'name',
    });
    expect(collection('albums')).toMatchObject({ path: '{{slug}}/album', media_folder: '', public_folder: './' });
  });

  it("gives each field its schema's label, widget, choices, pattern and whether it is required", () => {
    const news = collection('news').fields;
    expect(field(news, 'title')).toEqual({ name: 'title', label: 'Tiêu đề', widget: 'string' });
    expect(field(news, 'date')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ', date_format: 'DD/MM/YYYY' });
    // A document's date of issue is a day: no time of day to pick.
    expect(field(collection('documents').fields, 'issued')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(field(news, 'category').options?.map((o) => o.value)).toEqual(categories.map((c) => c.slug));
    expect(field(news, 'draft')).toMatchObject({ widget: 'boolean', required: false, default: false });
    expect(field(news, 'body')).toMatchObject({ widget: 'markdown' });
    const procedures = collection('procedures').fields;
    expect(field(procedures, 'levels')).toMatchObject({
      widget: 'select',
      multiple: true,
      options: expect.arrayContaining([{ label: 'Cấp xã', value: 'xa' }]),
    });
    expect(field(procedures, 'code').pattern?.[0]).toBe('^\\d\\.\\d{6}$');
    const channels = field(procedures, 'channels');
    expect(channels.widget).toBe('list');
    expect(field(channels.fields!, 'type').options?.map((o) => o.value)).toEqual(['truc-tiep', 'truc-tuyen', 'buu-chinh']);
    expect(field(collection('albums').fields, 'photos').fields?.map((f) => f.widget)).toEqual(['image', 'string', 'string']);
  });

  it('maps a list of single values to a list with one field', () => {
    expect(
      decapField({
        name: 'tags',
        label: 'Từ khóa',
        widget: 'list',
        required: false,
        field: { name: 'tags', label: 'Từ khóa', widget: 'string', required: true },
      }),
    ).toEqual({
      name: 'tags',
      label: 'Từ khóa',
      widget: 'list',
      required: false,
      field: { name: 'tags', label: 'Từ khóa', widget: 'string' },
    });
  });
});

describe('new entries in the web editor', () => {
  it('are made for every kind: each names its files by its title, or by a rule of its own', () => {
    expect(kindCollections.filter((c) => !c.create).map((c) => c.name)).toEqual([]);
  });

  it('ask for what names a file where the file holds no field for it, and list those entries by file name', () => {
    // A period's statistics: the form asks for the period, and never writes it into the file.
    expect(collection('statistics').fields[0]).toMatchObject({
      name: '_fileName',
      widget: 'string',
      required: false,
      label: 'Kỳ số liệu (tên tệp)',
    });
    expect(collection('statistics')).toMatchObject({ identifier_field: '_fileName', summary: '{{filename}}' });
    expect(new RegExp(collection('overrides').fields[0]!.pattern![0]).test('1.012812')).toBe(true);
    // A week is named by its first day: nothing to ask.
    expect(collection('schedule').fields[0]).toMatchObject({ name: '_fileName', widget: 'hidden' });
    // A titled kind needs none.
    expect(collection('news').fields.some((f) => f.name === '_fileName')).toBe(false);
  });

  it('know the names already taken where a field names the file, so a second week 24 is refused before it is saved', () => {
    const taken = takenNames();
    expect(taken.schedule).toEqual(expect.arrayContaining(['2025-tuan-24']));
    expect(taken.procedures).toEqual(expect.arrayContaining(['1.001193']));
    // Titled kinds get a new name when theirs is taken; the merge request's check finds a slug used twice.
    expect(taken.news).toBeUndefined();
  });
});

describe("the unit's configuration files in the web editor", () => {
  const settingsConfig = decapConfig([], { name: 'proxy' }, settingsForms());
  const files = settingsConfig.collections[0] as DecapFilesCollection;

  it("edits the unit's identity, leaders and desks, lists edited as their file's list", () => {
    expect(files).toMatchObject({ name: 'unit', label: 'Thông tin đơn vị', format: 'trangtin-yaml' });
    expect(files.files.map((f) => f.file)).toEqual(['content/site.yaml', 'content/leaders.yaml', 'content/desks.yaml']);
    const leaders = files.files.find((f) => f.name === 'leaders')!;
    expect(leaders.fields).toEqual([expect.objectContaining({ name: 'items', widget: 'list' })]);
    expect(leaders.fields[0]!.fields!.map((f) => f.name)).toEqual(['slug', 'name', 'position']);
  });

  it("shows site.yaml's documentation as hints under the fields, and leaves the IT officer's settings out", () => {
    const site = files.files.find((f) => f.name === 'site')!;
    const unit = field(site.fields, 'unit');
    expect(field(unit.fields!, 'level').hint).toContain('01/7/2025');
    expect(field(site.fields, 'legal').hint).toMatch(/Nghị định 42\/2022/);
    expect(site.fields.map((f) => f.name)).not.toEqual(expect.arrayContaining(['editing', 'searchIndexPartPages', 'newsPerPage']));
  });
});

describe("a unit's Git host for the web editor (site.yaml editing)", () => {
  it('logs in to GitLab and Gitea by PKCE with the host’s application, to GitHub through the province’s proxy', () => {
    const gitlab = decapBackend({ host: 'gitlab', repo: 'so-khcn/cong', baseUrl: 'https://gitlab.tinh.gov.vn/', appId: 'abc' });
    expect(gitlab).toEqual({
      name: 'gitlab',
      repo: 'so-khcn/cong',
      branch: 'main',
      auth_type: 'pkce',
      app_id: 'abc',
      base_url: 'https://gitlab.tinh.gov.vn',
      api_root: 'https://gitlab.tinh.gov.vn/api/v4',
    });
    expect(decapBackend({ host: 'gitea', repo: 'a/b', baseUrl: 'https://git.tinh.gov.vn', branch: 'bien-tap' })).toMatchObject({
      name: 'gitea',
      branch: 'bien-tap',
      api_root: 'https://git.tinh.gov.vn/api/v1',
    });
    const github = decapBackend({ host: 'github', repo: 'a/b', baseUrl: 'https://oauth.tinh.gov.vn' });
    expect(github).toEqual({ name: 'github', repo: 'a/b', branch: 'main', base_url: 'https://oauth.tinh.gov.vn' });
    // What the editor's page may connect to: the host and its API, nothing else.
    expect(backendOrigins(gitlab)).toEqual(['https://gitlab.tinh.gov.vn']);
    expect(backendOrigins(github)).toEqual(['https://oauth.tinh.gov.vn', 'https://api.github.com']);
  });
});
