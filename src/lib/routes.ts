/**
 * The portal's URL scheme, in one place: every path the site links to, the slugs its own routes
 * reserve and the pagination segment. Pages' getStaticPaths, components, feeds, the sitemap, the
 * data modules, `npm run new` and the checker all ask this module, so a route is renamed or added
 * here once; no other file in src/ writes a site path. It only maps entries to paths: which
 * entries a site has is src/lib/site-paths.ts's business. Pure: no Astro, no file system.
 */
import type { GovernmentLevel, OnlineLevel } from './schemas/procedure.ts';

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
/** A province's directory of its communes and wards. */
const UNIT_DIRECTORY = 'xa-phuong';
const STATISTICS = 'thong-ke-ho-so';
const DISCLOSURE = 'cong-khai';
const ACCESS_TO_INFORMATION = 'tiep-can-thong-tin';
const CONSULTATIONS = 'lay-y-kien';
const ENGLISH = 'en';
const ALBUMS = 'album';
const VIDEOS = 'video';
const FEED = 'rss.xml';
/** The web editor (src/pages/[...unit]/admin/): a tool for editors, outside the sitemap and the search. */
const ADMIN = 'admin';
/**
 * The web editor's path: apart from `paths`, which the public pages' scripts bundle (each byte
 * counts against their budgets) and which never link to it.
 */
export const adminPath = `/${ADMIN}/`;
/** Component examples, built for the tests only (tests/examples/). */
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
  unitDirectory: `/${UNIT_DIRECTORY}/`,
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
  pages: new Set([
    NEWS,
    PROCEDURES,
    DOCUMENTS,
    SEARCH,
    SCHEDULE,
    QUESTIONS,
    STATISTICS,
    DISCLOSURE,
    ACCESS_TO_INFORMATION,
    UNIT_DIRECTORY,
    CONSULTATIONS,
    ADMIN,
    ENGLISH,
    ALBUMS,
    VIDEOS,
    EXAMPLES,
    SEARCH_INDEX_DIR,
    ASSETS_DIR,
    '404',
  ]),
} as const;
