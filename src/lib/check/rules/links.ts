/** Internal links in bodies and text fields lead to pages the site will have, once every route is known. */
import { sitePaths } from '../../site-paths.ts';
import { DEFAULT_SECTIONS, sectionCounts } from '../../disclosure/sections.ts';
import { internalPath, pathExists } from '../links.ts';
import { msg } from '../../content/messages.ts';
import type { Rule } from '../context.ts';
import { BODY } from '../../content/cross-file.ts';
import { archiveRedirects, matchesRule } from '../../units/redirects.ts';

const redirected = (path: string) => archiveRedirects('').some((rule) => matchesRule(rule, path));

export const linksRule: Rule = {
  name: 'liên kết trong nội dung',
  run(ctx) {
    const { site, categories, fields, documentTypes } = ctx.config;
    ctx.paths = sitePaths({
      ...ctx.routes,
      disclosure: sectionCounts(
        site?.disclosure ?? DEFAULT_SECTIONS,
        { documentTypes, categories },
        { documents: ctx.routes.documents, news: ctx.routes.news.map((n) => ({ category: n.category, tags: n.tags ?? [] })) },
      ),
      categories: categories.map((c) => c.slug),
      perPage: site?.perPage ?? 12,
      fieldSlugs: new Map(fields.map((f) => [f.name, f.slug])),
      publicFiles: ctx.corpus.publicFiles,
      archived: site?.archive.archived,
      hasChildUnits: ctx.corpus.hasChildUnits,
    });
    for (const { file, item } of ctx.links) {
      const href = item.href;
      const path = internalPath(href, site?.site.url);
      if (!href || href.startsWith('#') || (path === undefined && /^(https?:|mailto:|tel:)/i.test(href))) continue;
      if (path === undefined) ctx.add({ file, line: item.line, field: BODY, message: msg.relativeLink(href) });
      // An archive's links into the sections it no longer has lead to its successor's (src/lib/units/redirects.ts).
      else if (!pathExists(ctx.paths, path) && !(site?.archive.archived && redirected(path))) {
        const draft = ctx.unpublished.has(path) || ctx.unpublished.has(`${path}/`);
        ctx.add({ file, line: item.line, field: BODY, message: draft ? msg.unpublishedLink(href) : msg.brokenLink(href) });
      }
    }
  },
};
