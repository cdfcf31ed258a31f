/**
 * The page templates of the portal and one representative URL of each, derived from the built
 * site. Browser checks (axe, keyboard, layout) run once per template; file checks run on every
 * page and use `templateOf` to group them (e.g. for the size budget).
 *
 * To cover a new route: add a rule to TEMPLATE_RULES (and, if it needs a query string or must
 * wait for script-rendered content, an entry in EXTRA_STATE).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { listHtmlFiles, urlPathOf } from './dist.ts';
import { contentRoot } from './content.ts';
import { DEFAULT_SECTIONS } from '../../src/lib/disclosure/sections.ts';

/** Disclosure sections sit at the top level like static pages; their slugs come from site.yaml. */
const disclosureSlugs = (
  (parse(readFileSync(join(contentRoot, 'site.yaml'), 'utf8')) as { disclosure?: { slug: string }[] }).disclosure ?? DEFAULT_SECTIONS
).map((s) => s.slug);

export interface Template {
  /** Stable name, used in test titles, screenshot file names and tests/budget.json. */
  name: string;
  /** URL path (with query, if any) of the representative page. */
  path: string;
  /** CSS selector to wait for before checking, for content rendered by script. */
  waitFor?: string;
}

/** Ordered rules: the first match names the template of a URL path. */
const TEMPLATE_RULES: [name: string, pattern: RegExp][] = [
  ['home', /^\/$/],
  ['not-found', /^\/404\.html$/],
  ['news-list', /^\/tin-tuc\/$/],
  ['news-month', /^\/tin-tuc\/thang\/\d{4}-\d{2}\/$/],
  ['category', /^\/tin-tuc\/chuyen-muc\/[^/]+\/$/],
  ['category-month', /^\/tin-tuc\/chuyen-muc\/[^/]+\/thang\/\d{4}-\d{2}\/$/],
  ['article', /^\/tin-tuc\/[^/]+\/$/],
  ['catalog', /^\/thu-tuc-hanh-chinh\/$/],
  ['catalog-field', /^\/thu-tuc-hanh-chinh\/linh-vuc\/[^/]+\/(trang\/\d+\/)?$/],
  ['catalog-level', /^\/thu-tuc-hanh-chinh\/cap\/[^/]+\/(trang\/\d+\/)?$/],
  ['catalog-online', /^\/thu-tuc-hanh-chinh\/muc-do\/[^/]+\/(trang\/\d+\/)?$/],
  ['catalog-applicant', /^\/thu-tuc-hanh-chinh\/doi-tuong\/[^/]+\/(trang\/\d+\/)?$/],
  ['catalog-agency', /^\/thu-tuc-hanh-chinh\/co-quan\/[^/]+\/(trang\/\d+\/)?$/],
  ['procedure-checklist', /^\/thu-tuc-hanh-chinh\/[^/]+\/ho-so\/$/],
  ['desks', /^\/thu-tuc-hanh-chinh\/noi-tiep-nhan-ho-so\/$/],
  ['procedure', /^\/thu-tuc-hanh-chinh\/[^/]+\/$/],
  ['documents', /^\/van-ban\/(trang\/\d+\/)?$/],
  ['documents-filter', /^\/van-ban\/(loai|nam)\/[^/]+\/(trang\/\d+\/)?$/],
  ['document', /^\/van-ban\/[^/]+\/$/],
  ['search', /^\/tim-kiem\/$/],
  ['questions', /^\/hoi-dap\/(trang\/\d+\/)?$/],
  ['questions-field', /^\/hoi-dap\/linh-vuc\/[^/]+\/(trang\/\d+\/)?$/],
  ['question', /^\/hoi-dap\/[^/]+\/$/],
  ['statistics', /^\/thong-ke-ho-so\/$/],
  ['schedule', /^\/lich-cong-tac\/$/],
  ['schedule-week', /^\/lich-cong-tac\/\d{4}-tuan-\d{2}\/$/],
  ['component-example', /^\/mau-giao-dien\/[^/]+\/$/],
  ['english', /^\/en\/([^/]+\/)?$/],
  ['albums', /^\/album\/(trang\/\d+\/)?$/],
  ['photo', /^\/album\/[^/]+\/\d+\/$/],
  ['album', /^\/album\/[^/]+\/$/],
  ['videos', /^\/video\/(trang\/\d+\/)?$/],
  ['video', /^\/video\/[^/]+\/$/],
  ['disclosure-hub', /^\/cong-khai\/$/],
  ['access-to-information', /^\/tiep-can-thong-tin\/$/],
  ['consultations', /^\/lay-y-kien\/(trang\/\d+\/)?$/],
  ['consultation', /^\/lay-y-kien\/[^/]+\/$/],
  ['disclosure', new RegExp(`^/(${disclosureSlugs.join('|')})/(trang/\\d+/)?$`)],
  ['page', /^\/[^/]+\/$/],
];

/**
 * State a template is checked in beyond its bare URL: the search page with a query, checked once
 * its script has rendered results and filters, so axe and the layout checks see them.
 */
const EXTRA_STATE: Record<string, Omit<Template, 'name' | 'path'> & { query?: string }> = {
  search: { query: '?q=khai%20sinh', waitFor: '[data-body][aria-busy="false"] [data-results] li' },
};

/** The template that renders a URL path, or 'other' for files no rule knows. */
export function templateOf(urlPath: string): string {
  return TEMPLATE_RULES.find(([, pattern]) => pattern.test(urlPath))?.[0] ?? 'other';
}

/**
 * The web editor's page (/admin/): a tool for editors, not a page of the portal — outside the
 * templates, their budgets and their layout checks (tests/slow/cms.test.ts tests it).
 */
const TOOLS = /^\/admin\//;

/** Every page of the built site grouped by template, paths sorted. */
export function pagesByTemplate(distDir: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const file of listHtmlFiles(distDir)) {
    const path = urlPathOf(file);
    if (TOOLS.test(path)) continue;
    const name = templateOf(path);
    groups.set(name, [...(groups.get(name) ?? []), path]);
  }
  return groups;
}

/**
 * One representative page per template: the largest built page of its kind (the article with
 * the most parts, the longest list), so the checks see as much of the template as the site has;
 * every component example page, each showing other components.
 * Templates are returned in TEMPLATE_RULES order; ones the site has no page for are left out.
 */
export function representativeTemplates(distDir: string): Template[] {
  const groups = pagesByTemplate(distDir);
  const size = (path: string) => readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path)).length;
  const templates: Template[] = [];
  for (const [name] of TEMPLATE_RULES) {
    const paths = groups.get(name);
    if (!paths?.length) continue;
    if (name === EXAMPLES) {
      // Each example page shows different components: each is checked, as its own template.
      for (const path of paths) templates.push({ name: `${EXAMPLES}-${path.split('/').at(-2)}`, path });
      continue;
    }
    const largest = paths.reduce((best, path) => (size(path) > size(best) ? path : best));
    const { query = '', ...rest } = EXTRA_STATE[name] ?? {};
    templates.push({ name, path: largest + query, ...rest });
  }
  return templates;
}

/** The component examples (tests/examples/), built for the tests only. */
export const EXAMPLES = 'component-example';

/** Templates every sample build must have: a missing one means a route disappeared. */
export const REQUIRED_TEMPLATES = [
  'home',
  'not-found',
  'news-list',
  'news-month',
  'category',
  'category-month',
  'article',
  'catalog',
  'catalog-field',
  'catalog-level',
  'catalog-online',
  'catalog-applicant',
  'catalog-agency',
  'procedure',
  'procedure-checklist',
  'desks',
  'documents',
  'documents-filter',
  'document',
  'search',
  'schedule',
  'schedule-week',
  'questions',
  'questions-field',
  'question',
  'statistics',
  'disclosure-hub',
  'disclosure',
  'access-to-information',
  'consultations',
  'consultation',
  'english',
  'albums',
  'album',
  'photo',
  'videos',
  'video',
  'page',
  EXAMPLES,
];
