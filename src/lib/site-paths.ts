/**
 * Every path a given content set produces: the pages, lists and their later pages, feeds and the
 * files content names. The checker's link rule asks it whether a link leads anywhere, and the
 * build test compares it with what Astro built. The paths themselves come from src/lib/routes.ts.
 */
import { adminPath, pageCount, pagePath, paths } from './routes.ts';
import { agenciesOf, facetSlug, PROCEDURES_PER_PAGE, type CatalogItem } from './procedures/catalog.ts';
import { countBy } from './documents/list.ts';

/** What the site is built from, as far as its paths go. */
export interface RouteInput {
  /** The articles the build publishes, with their category and month ("2024-05", Vietnam time). */
  news: { slug: string; category: string; month: string; tags?: readonly string[] }[];
  categories: string[];
  /** Items per page of every paginated list (site.yaml perPage). */
  perPage: number;
  /** Every procedure, rescinded ones included: their pages stay, the lists drop them. */
  procedures: (CatalogItem & { dossier: readonly { documents: readonly { formFile?: string }[] }[] })[];
  /** Field slugs by field name (content/fields.yaml). */
  fieldSlugs: Map<string, string>;
  pages: string[];
  /** Published documents: slug, type slug, year of issue and the attachment's path, if any. */
  documents: { slug: string; type: string; year: number; attachment?: string; field?: string }[];
  /** Weeks of the working schedule, by slug (content/schedule/<slug>.yaml). */
  weeks: readonly string[];
  /** Published albums: slug and number of photos. */
  albums: { slug: string; photos: number }[];
  /** Published videos: slug and the paths of the files the site hosts. */
  videos: { slug: string; files: string[] }[];
  /** English pages, by slug (content/en/<slug>.md). */
  english: string[];
  /** Published consultations: slug and the paths of their draft files. */
  consultations: { slug: string; files: string[] }[];
  /** Disclosure sections (slugs from site.yaml) and how many items each lists. */
  disclosure: readonly { slug: string; count: number }[];
  /** Published questions: slug and field (its name, as content/fields.yaml writes it). */
  questions: { slug: string; field: string }[];
  /** Files copied from public/, as paths. */
  publicFiles: readonly string[];
  /** An archived unit's site: without the sections only live units have (src/lib/units/scope.ts). */
  archived?: boolean;
  /** Whether other units of the repository name this one as their parent: its site lists them (a province's communes). */
  hasChildUnits?: boolean;
}

/** Paths of every page of a list of `count` items whose first page is `base`. */
function listPages(base: string, count: number, perPage: number): string[] {
  return Array.from({ length: pageCount(count, perPage) }, (_, i) => pagePath(base, i + 1));
}

/** Every path of the site: pages with a trailing slash, plus feeds, attachments and public files. */
export function sitePaths(input: RouteInput): Set<string> {
  const { perPage } = input;
  const all = new Set<string>([
    paths.home,
    paths.search,
    paths.notFound,
    paths.feed,
    paths.sitemap,
    paths.robots,
    ...(input.archived ? [] : [paths.catalog, paths.catalogIndex, paths.desks, paths.schedule, paths.scheduleFeed, adminPath]),
    paths.questions,
    paths.statistics,
    paths.statisticsCsv,
    paths.statisticsJson,
    paths.disclosureHub,
    paths.accessToInformation,
    ...(input.hasChildUnits ? [paths.unitDirectory] : []),
    ...input.publicFiles,
  ]);
  const add = (list: string[]) => list.forEach((p) => all.add(p));

  // News: the newest on the first page, then the archive by month (src/lib/news/months.ts).
  all.add(paths.news);
  for (const category of input.categories) {
    all.add(paths.category(category));
    all.add(paths.categoryFeed(category));
  }
  for (const { slug, category, month } of input.news) {
    all.add(paths.article(slug));
    all.add(paths.newsMonth(month));
    all.add(paths.categoryMonth(category, month));
  }

  for (const p of input.archived ? [] : input.procedures) {
    all.add(paths.procedure(p.code));
    all.add(paths.checklist(p.code));
    for (const d of p.dossier.flatMap((c) => c.documents))
      if (d.formFile) all.add(decodeURIComponent(paths.form(d.formFile.split('/').pop()!)));
  }
  // Filter pages, paginated: each lists its procedures PROCEDURES_PER_PAGE at a time.
  const listed = input.archived ? [] : input.procedures.filter((p) => !p.rescinded); // the page stays, the lists drop it
  const filterPaths = listed.flatMap((p) => [
    ...new Set([
      paths.field(input.fieldSlugs.get(p.field) ?? p.field),
      ...p.levels.map((level) => paths.level(level)),
      paths.online(p.online),
      ...p.applicants.map((applicant) => paths.applicant(facetSlug(applicant))),
      ...agenciesOf(p).map((agency) => paths.agency(facetSlug(agency))),
    ]),
  ]);
  for (const [base, count] of countBy(filterPaths, (path) => path)) add(listPages(base, count, PROCEDURES_PER_PAGE));

  for (const slug of input.pages) all.add(paths.page(slug));
  if (!input.archived) for (const slug of input.weeks) all.add(paths.scheduleWeek(slug));

  add(listPages(paths.questions, input.questions.length, perPage));
  for (const [field, count] of countBy(input.questions, (q) => q.field))
    add(listPages(paths.questionField(input.fieldSlugs.get(field) ?? field), count, perPage));
  for (const { slug } of input.questions) all.add(paths.question(slug));
  for (const slug of input.english) all.add(paths.englishPage(slug));
  add(listPages(paths.albums, input.albums.length, perPage));
  for (const a of input.albums) {
    all.add(paths.album(a.slug));
    for (let n = 1; n <= a.photos; n++) all.add(paths.photo(a.slug, n));
  }
  add(listPages(paths.videos, input.videos.length, perPage));
  for (const v of input.videos) {
    all.add(paths.video(v.slug));
    add(v.files);
  }
  if (!input.archived) add(listPages(paths.consultations, input.consultations.length, perPage));
  for (const c of input.archived ? [] : input.consultations) {
    all.add(paths.consultation(c.slug));
    add(c.files);
  }
  for (const { slug, count } of input.disclosure) {
    add(listPages(paths.disclosure(slug), count, perPage));
    all.add(paths.disclosureFeed(slug));
  }

  add(listPages(paths.documents, input.documents.length, perPage));
  for (const [type, count] of countBy(input.documents, (d) => d.type)) add(listPages(paths.documentType(type), count, perPage));
  for (const [year, count] of countBy(input.documents, (d) => String(d.year)))
    add(listPages(paths.documentYear(Number(year)), count, perPage));
  for (const d of input.documents) {
    all.add(paths.document(d.slug));
    if (d.attachment) all.add(d.attachment);
  }
  return all;
}
