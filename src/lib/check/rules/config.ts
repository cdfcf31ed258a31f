/** site.yaml and the lists other files refer to (categories, fields, document types, abbreviations). */
import { siteSchema, type SiteConfig } from '../../schemas/site.ts';
import { taxonomySchema, type TaxonomyItem } from '../../schemas/taxonomy.ts';
import { stopWordsSchema, synonymsSchema } from '../../schemas/synonyms.ts';
import { desksSchema, type Desk } from '../../schemas/desk.ts';
import { leadersSchema, type Leader } from '../../schemas/schedule.ts';
import { RESERVED_SLUGS } from '../../routes.ts';
import { taxonomySlug } from '../../disclosure/sections.ts';
import { lineOf } from '../../validation.ts';
import { msg } from '../../content/messages.ts';
import type { CheckContext, Rule } from '../context.ts';

/** The files this rule reads (any other Markdown or YAML file outside the kinds' folders is stray: ./stray.ts). */
export const CONFIG_FILES = [
  'site.yaml',
  'desks.yaml',
  'leaders.yaml',
  'categories.yaml',
  'fields.yaml',
  'document-types.yaml',
  'search-synonyms.yaml',
  'search-stopwords.yaml',
];

export const configRule: Rule = {
  name: 'cấu hình đơn vị và các danh mục',
  run(ctx: CheckContext) {
    const list = (path: string) => (ctx.readYamlFile(path, taxonomySchema).data ?? []) as TaxonomyItem[];
    const site = ctx.readYamlFile('site.yaml', siteSchema);
    ctx.config = {
      site: site.data as SiteConfig | undefined,
      categories: list('categories.yaml'),
      fields: list('fields.yaml'),
      // Optional: a site without a documents section (see src/data/config.ts).
      documentTypes: ctx.has.has('document-types.yaml') ? list('document-types.yaml') : [],
      // Optional: without it, procedure pages say the receiving address is being updated.
      desks: ctx.has.has('desks.yaml') ? ((ctx.readYamlFile('desks.yaml', desksSchema).data ?? []) as Desk[]) : [],
      // Optional: the leaders the working schedule may name.
      leaders: ctx.has.has('leaders.yaml') ? ((ctx.readYamlFile('leaders.yaml', leadersSchema).data ?? []) as Leader[]) : [],
    };
    checkDisclosure(ctx, site);
    // Optional: a site without abbreviations simply has none (see src/data/synonyms.ts).
    if (ctx.has.has('search-synonyms.yaml')) ctx.readYamlFile('search-synonyms.yaml', synonymsSchema);
    if (ctx.has.has('search-stopwords.yaml')) ctx.readYamlFile('search-stopwords.yaml', stopWordsSchema);
  },
};

/** The request form is a file of public/; disclosure sections live at the top level: names no route uses, each once, types and categories that exist. */
function checkDisclosure(
  ctx: CheckContext,
  site: { data?: unknown; doc?: Parameters<typeof lineOf>[0]; lines?: Parameters<typeof lineOf>[1] },
) {
  const form = (site.data as SiteConfig | undefined)?.accessToInformation?.requestForm;
  if (form && site.doc && site.lines && !ctx.corpus.publicFiles.includes(form)) {
    ctx.add({
      file: 'content/site.yaml',
      line: lineOf(site.doc, site.lines, ['accessToInformation', 'requestForm']),
      field: 'accessToInformation.requestForm',
      message: msg.publicFileMissing(form),
    });
  }
  const sections = (site.data as SiteConfig | undefined)?.disclosure;
  if (!sections || !site.doc || !site.lines) return;
  const at = (path: (string | number)[]) => lineOf(site.doc!, site.lines!, ['disclosure', ...path]);
  const { documentTypes, categories } = ctx.config;
  sections.forEach((s, i) => {
    const add = (path: (string | number)[], message: string) =>
      ctx.add({ file: 'content/site.yaml', line: at([i, ...path]), field: `disclosure[${i + 1}].${path[0]}`, message });
    if (RESERVED_SLUGS.pages.has(s.slug)) add(['slug'], msg.reservedSlug(s.slug));
    if (sections.findIndex((o) => o.slug === s.slug) < i) add(['slug'], msg.duplicateSection(s.slug));
    s.documentTypes.forEach(
      (v, j) =>
        taxonomySlug(documentTypes, v) ??
        add(
          ['documentTypes', j],
          msg.unknownSectionValue(
            'loại văn bản',
            v,
            'content/document-types.yaml',
            documentTypes.map((t) => t.name),
          ),
        ),
    );
    s.categories.forEach(
      (v, j) =>
        taxonomySlug(categories, v) ??
        add(
          ['categories', j],
          msg.unknownSectionValue(
            'chuyên mục',
            v,
            'content/categories.yaml',
            categories.map((c) => c.name),
          ),
        ),
    );
  });
}
