/** site.yaml and the lists other files refer to (categories, fields, document types, abbreviations). */
import { siteSchema, type SiteConfig } from '../../schemas/site.ts';
import { taxonomySchema, type TaxonomyItem } from '../../schemas/taxonomy.ts';
import { synonymsSchema } from '../../schemas/synonyms.ts';
import { desksSchema, type Desk } from '../../schemas/desk.ts';
import { leadersSchema, type Leader } from '../../schemas/schedule.ts';
import type { CheckContext, Rule } from '../context.ts';

export const configRule: Rule = {
  name: 'cấu hình đơn vị và các danh mục',
  run(ctx: CheckContext) {
    const list = (path: string) => (ctx.readYamlFile(path, taxonomySchema).data ?? []) as TaxonomyItem[];
    ctx.config = {
      site: ctx.readYamlFile('site.yaml', siteSchema).data as SiteConfig | undefined,
      categories: list('categories.yaml'),
      fields: list('fields.yaml'),
      // Optional: a site without a documents section (see src/data/config.ts).
      documentTypes: ctx.has.has('document-types.yaml') ? list('document-types.yaml') : [],
      // Optional: without it, procedure pages say the receiving address is being updated.
      desks: ctx.has.has('desks.yaml') ? ((ctx.readYamlFile('desks.yaml', desksSchema).data ?? []) as Desk[]) : [],
      // Optional: the leaders the working schedule may name.
      leaders: ctx.has.has('leaders.yaml') ? ((ctx.readYamlFile('leaders.yaml', leadersSchema).data ?? []) as Leader[]) : [],
    };
    // Optional: a site without abbreviations simply has none (see src/data/synonyms.ts).
    if (ctx.has.has('search-synonyms.yaml')) ctx.readYamlFile('search-synonyms.yaml', synonymsSchema);
  },
};
