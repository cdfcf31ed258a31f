/**
 * The portal's URL scheme, in one place: every path the site links to, the slugs its own routes
 * reserve, the pagination segment, and every path a given content set produces. Pages'
 * getStaticPaths, components, feeds, the sitemap, the data modules, `npm run new` and the checker
 * all ask this module, so a route is renamed or added here once; no other file in src/ writes a
 * site path. Pure: no Astro, no file system.
 */
import type { GovernmentLevel, OnlineLevel } from './schemas/procedure.ts';
import { agenciesOf, facetSlug, PROCEDURES_PER_PAGE, type CatalogItem } from './procedures/catalog.ts';
import { countBy } from './documents/list.ts';

// Path segments, in Vietnamese without diacritics, as citizens read them in the address bar.
const NEWS = 'tin-tuc';
const CATEGORY = 'chuyen-muc';
/** The news archive's month pages: /tin-tuc/thang/2024-05/. */
const MONTH = 'thang';
const PROCEDURES = 'thu-tuc-hanh-chinh';
const FIELD = 'linh-vuc';
const LEVEL = 'cap';
const ONLINE = 'muc-do';
const APPLICANT = 'doi-tuong';
const AGENCY = 'co-quan';
const CHECKLIST = 'ho-so';
const DESKS = 'noi-tiep-nhan-ho-so';
const FORMS = 'mau';
const DOCUMENTS = 'van-ban';
const DOCUMENT_TYPE = 'loai';
const DOCUMENT_YEAR = 'nam';
const ATTACHMENTS = 'tep';
const SEARCH = 'tim-kiem';
const SCHEDULE = 'lich-cong-tac';
const QUESTIONS = 'hoi-dap';
const STATISTICS = 'thong-ke-ho-so';
const DISCLOSURE = 'cong-khai';
const ACCESS_TO_INFORMATION = 'tiep-can-thong-tin';
const CONSULTATIONS = 'lay-y-kien';
const ENGLISH = 'en';
const ALBUMS = 'album';
const VIDEOS = 'video';
const FEED = 'rss.xml';
/** Component examples, built for the tests only (src/data/examples.ts). */
const EXAMPLES = 'mau-giao-dien';
/** Folders the build itself writes: Pagefind's index and Astro's bundled assets. */
export const SEARCH_INDEX_DIR = 'pagefind';
/** Inside it: the archive parts of a large site's index (src/lib/search/parts.ts). */
export const SEARCH_ARCHIVE_DIR = 'luu-tru';
/** …and the part that holds the newest years of news. */
export const SEARCH_RECENT_DIR = 'tin-gan-day';
const ASSETS_DIR = '_astro';

/** Segment of a list's later pages: /tin-tuc/trang/2/. */
export const PAGE_SEGMENT = 'trang';

/** How many pages a list of `count` items has: always one, even when empty. */
export const pageCount = (count: number, perPage: number): number => Math.max(1, Math.ceil(count / perPage));

/** Route parameter of page `n` of a list (for `[...page]` routes): undefined for the first page. */
export const pageParam = (n: number): string | undefined => (n === 1 ? undefined : `${PAGE_SEGMENT}/${n}`);

/** Path of page `n` of a list whose first page is `base` (ending with '/'). */
export const pagePath = (base: string, n: number): string => (n === 1 ? base : `${base}${PAGE_SEGMENT}/${n}/`);

export const paths = {
  home: '/',
  feed: `/${FEED}`,
  sitemap: '/sitemap.xml',
  robots: '/robots.txt',
  notFound: '/404.html',
  favicon: '/favicon.svg',
  /** Pagefind's browser API, loaded by the search scripts only when a search runs. */
  searchIndex: `/${SEARCH_INDEX_DIR}/pagefind.js`,
  /** The search index's main part (src/lib/search/parts.ts). */
  searchMainPart: `/${SEARCH_INDEX_DIR}/`,
  /** An archive part of the search index (src/lib/search/parts.ts). */
  searchArchivePart: (name: string) => `/${SEARCH_INDEX_DIR}/${SEARCH_ARCHIVE_DIR}/${name}/`,
  /** The part of the search index with the newest years of news, on a site indexed in parts. */
  searchRecentPart: `/${SEARCH_INDEX_DIR}/${SEARCH_RECENT_DIR}/`,
  search: `/${SEARCH}/`,
  news: `/${NEWS}/`,
  article: (slug: string) => `/${NEWS}/${slug}/`,
  category: (slug: string) => `/${NEWS}/${CATEGORY}/${slug}/`,
  /** The news of one month ("2024-05"), all categories or one. */
  newsMonth: (month: string) => `/${NEWS}/${MONTH}/${month}/`,
  categoryMonth: (slug: string, month: string) => `/${NEWS}/${CATEGORY}/${slug}/${MONTH}/${month}/`,
  categoryFeed: (slug: string) => `/${NEWS}/${CATEGORY}/${slug}/${FEED}`,
  catalog: `/${PROCEDURES}/`,
  /** Every listed procedure as JSON (code, name, field), for the catalog's find-as-you-type box on a large catalog. */
  catalogIndex: `/${PROCEDURES}/danh-muc.json`,
  procedure: (code: string) => `/${PROCEDURES}/${code}/`,
  checklist: (code: string) => `/${PROCEDURES}/${code}/${CHECKLIST}/`,
  desks: `/${PROCEDURES}/${DESKS}/`,
  /** A procedure's form file, by its own name (content/procedures/mau/<file>). */
  form: (fileName: string) => `/${PROCEDURES}/${FORMS}/${encodeURIComponent(fileName)}`,
  /** One desk on the desks page. */
  desk: (slug: string) => `/${PROCEDURES}/${DESKS}/#${slug}`,
  field: (slug: string) => `/${PROCEDURES}/${FIELD}/${slug}/`,
  level: (level: GovernmentLevel) => `/${PROCEDURES}/${LEVEL}/${level}/`,
  online: (online: OnlineLevel) => `/${PROCEDURES}/${ONLINE}/${online}/`,
  /** Procedures by who files them, by the slug of the applicant as the record writes it. */
  applicant: (slug: string) => `/${PROCEDURES}/${APPLICANT}/${slug}/`,
  /** Procedures by implementing agency. */
  agency: (slug: string) => `/${PROCEDURES}/${AGENCY}/${slug}/`,
  documents: `/${DOCUMENTS}/`,
  document: (slug: string) => `/${DOCUMENTS}/${slug}/`,
  documentType: (slug: string) => `/${DOCUMENTS}/${DOCUMENT_TYPE}/${slug}/`,
  documentYear: (year: number) => `/${DOCUMENTS}/${DOCUMENT_YEAR}/${year}/`,
  /** An attachment keeps its document's year folder and its own file name: stable across rebuilds. */
  attachment: (year: string, fileName: string) => `/${DOCUMENTS}/${ATTACHMENTS}/${year}/${encodeURIComponent(fileName)}`,
  example: (name: string) => `/${EXAMPLES}/${name}/`,
  /** The leaders' working schedule: this week, each week (slug "2025-tuan-24"), and the iCalendar feed. */
  schedule: `/${SCHEDULE}/`,
  scheduleWeek: (slug: string) => `/${SCHEDULE}/${slug}/`,
  scheduleFeed: `/${SCHEDULE}/lich.ics`,
  /** Questions answered (content/questions/<năm>/<slug>.md), by field, and how to ask. */
  questions: `/${QUESTIONS}/`,
  question: (slug: string) => `/${QUESTIONS}/${slug}/`,
  questionField: (slug: string) => `/${QUESTIONS}/${FIELD}/${slug}/`,
  askQuestion: `/${QUESTIONS}/#gui-cau-hoi`,
  /** Dossier statistics (content/statistics/), with the same figures as open data. */
  statistics: `/${STATISTICS}/`,
  statisticsCsv: `/${STATISTICS}/so-lieu.csv`,
  statisticsJson: `/${STATISTICS}/so-lieu.json`,
  /** Public disclosure: the hub, and each section (its slug from site.yaml) at the top level, with its feed. */
  disclosureHub: `/${DISCLOSURE}/`,
  /** Consultations on drafts (content/consultations/<slug>.md) and their draft files. */
  consultations: `/${CONSULTATIONS}/`,
  consultation: (slug: string) => `/${CONSULTATIONS}/${slug}/`,
  consultationFile: (fileName: string) => `/${CONSULTATIONS}/${ATTACHMENTS}/${encodeURIComponent(fileName)}`,
  /** What the unit must disclose and how to request information (Law 104/2016/QH13). */
  accessToInformation: `/${ACCESS_TO_INFORMATION}/`,
  disclosure: (slug: string) => `/${slug}/`,
  disclosureFeed: (slug: string) => `/${slug}/${FEED}`,
  /** Photo albums: the list, each album, and each photo's larger view (a page: it works without JavaScript). */
  albums: `/${ALBUMS}/`,
  album: (slug: string) => `/${ALBUMS}/${slug}/`,
  photo: (album: string, n: number) => `/${ALBUMS}/${album}/${n}/`,
  /** Videos, and the files of those the unit hosts itself (content/videos/tep/). */
  videos: `/${VIDEOS}/`,
  video: (slug: string) => `/${VIDEOS}/${slug}/`,
  videoFile: (fileName: string) => `/${VIDEOS}/${ATTACHMENTS}/${encodeURIComponent(fileName)}`,
  /** English pages (content/en/<slug>.md): index.md is /en/. */
  english: `/${ENGLISH}/`,
  englishPage: (slug: string) => (slug === 'index' ? `/${ENGLISH}/` : `/${ENGLISH}/${slug}/`),
  /** Static pages (content/pages/<slug>.md) live at the top level. */
  page: (slug: string) => `/${slug}/`,
} as const;

/**
 * Slugs an editor's file name may not take, because a route of the site already uses that path.
 * Static pages share the top level with the sections and the build's own folders.
 */
export const RESERVED_SLUGS = {
  news: new Set([CATEGORY, MONTH]),
  documents: new Set([PAGE_SEGMENT, DOCUMENT_TYPE, DOCUMENT_YEAR, ATTACHMENTS]),
  questions: new Set([PAGE_SEGMENT, FIELD]),
  consultations: new Set([PAGE_SEGMENT, ATTACHMENTS]),
  albums: new Set([PAGE_SEGMENT]),
  videos: new Set([PAGE_SEGMENT, ATTACHMENTS]),
  pages: new Set([NEWS, PROCEDURES, DOCUMENTS, SEARCH, SCHEDULE, QUESTIONS, STATISTICS, DISCLOSURE, ACCESS_TO_INFORMATION, CONSULTATIONS, ENGLISH, ALBUMS, VIDEOS, EXAMPLES, SEARCH_INDEX_DIR, ASSETS_DIR, '404']),
} as const;

/** What the site is built from, as far as its paths go. */
export interface RouteInput {
  /** The articles the build publishes, with their category and month ("2024-05", Vietnam time). */
  news: { slug: string; category: string; month: string; tags?: readonly string[] }[];
  categories: string[];
  /** Items per page of every paginated list (site.yaml newsPerPage). */
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
}

/** Paths of every page of a list of `count` items whose first page is `base`. */
function listPages(base: string, count: number, perPage: number): string[] {
  return Array.from({ length: pageCount(count, perPage) }, (_, i) => pagePath(base, i + 1));
}

/** Every path of the site: pages with a trailing slash, plus feeds, attachments and public files. */
export function sitePaths(input: RouteInput): Set<string> {
  const { perPage } = input;
  const all = new Set<string>([paths.home, paths.search, paths.notFound, paths.feed, paths.sitemap, paths.robots, paths.catalog, paths.catalogIndex, paths.desks, paths.schedule, paths.scheduleFeed, paths.questions, paths.statistics, paths.statisticsCsv, paths.statisticsJson, paths.disclosureHub, paths.accessToInformation, ...input.publicFiles]);
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

  for (const p of input.procedures) {
    all.add(paths.procedure(p.code));
    all.add(paths.checklist(p.code));
    for (const d of p.dossier.flatMap((c) => c.documents)) if (d.formFile) all.add(decodeURIComponent(paths.form(d.formFile.split('/').pop()!)));
  }
  // Filter pages, paginated: each lists its procedures PROCEDURES_PER_PAGE at a time.
  const listed = input.procedures.filter((p) => !p.rescinded); // the page stays, the lists drop it
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
  for (const slug of input.weeks) all.add(paths.scheduleWeek(slug));

  add(listPages(paths.questions, input.questions.length, perPage));
  for (const [field, count] of countBy(input.questions, (q) => q.field)) add(listPages(paths.questionField(input.fieldSlugs.get(field) ?? field), count, perPage));
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
  add(listPages(paths.consultations, input.consultations.length, perPage));
  for (const c of input.consultations) {
    all.add(paths.consultation(c.slug));
    add(c.files);
  }
  for (const { slug, count } of input.disclosure) {
    add(listPages(paths.disclosure(slug), count, perPage));
    all.add(paths.disclosureFeed(slug));
  }

  add(listPages(paths.documents, input.documents.length, perPage));
  for (const [type, count] of countBy(input.documents, (d) => d.type)) add(listPages(paths.documentType(type), count, perPage));
  for (const [year, count] of countBy(input.documents, (d) => String(d.year))) add(listPages(paths.documentYear(Number(year)), count, perPage));
  for (const d of input.documents) {
    all.add(paths.document(d.slug));
    if (d.attachment) all.add(d.attachment);
  }
  return all;
}
