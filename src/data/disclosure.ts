/**
 * The public disclosure sections and what each lists, computed once per build from the published
 * documents and news (site.yaml `disclosure:`, or the defaults). Newest first, documents by issue date.
 */
import { perUnit } from './units.ts';
import { allDocuments, documentTypeName, type Attachment } from './documents.ts';
import { allNews, categoryName } from './news.ts';
import { allPages } from './pages.ts';
import { loadConfig } from './config.ts';
import { ContentError } from '../lib/validation.ts';
import { FILE_NAME } from '../lib/content/cross-file.ts';
import { msg } from '../lib/content/messages.ts';
import { DEFAULT_SECTIONS, sectionMatcher, type DisclosureSection } from '../lib/disclosure/sections.ts';
import { RESERVED_SLUGS } from '../lib/routes.ts';
import { t } from '../i18n/vi.ts';

export interface DisclosureItem {
  title: string;
  url: string;
  date: Date;
  /** What it is: "Kế hoạch 18/KH-UBND", "Tin tức – Kinh tế". */
  kind: string;
  summary?: string;
  attachment?: Attachment;
}

export interface DisclosureList {
  section: DisclosureSection;
  items: DisclosureItem[];
}

const lists = perUnit((): Promise<DisclosureList[]> => build());

export const disclosureSections = (): readonly DisclosureSection[] => loadConfig().site.disclosure ?? DEFAULT_SECTIONS;

async function build(): Promise<DisclosureList[]> {
  const { documentTypes, categories } = loadConfig();
  const sections = disclosureSections();
  // The checker says the same; the build repeats it in case a file skipped the checker.
  const pages = new Set((await allPages()).map((p) => p.id));
  const clashes = sections.filter((s) => pages.has(s.slug) || RESERVED_SLUGS.pages.has(s.slug));
  if (clashes.length)
    throw new ContentError(
      clashes.map((s) => ({
        file: 'content/site.yaml',
        field: FILE_NAME,
        message: pages.has(s.slug) ? msg.sectionPage(s.slug) : msg.reservedSlug(s.slug),
      })),
    );

  const documents = await allDocuments();
  const news = await allNews();
  return sections.map((section) => {
    const match = sectionMatcher(section, { documentTypes, categories });
    const items: DisclosureItem[] = [
      ...documents
        .filter((d) => match.document(d.data))
        .map((d) => ({
          title: d.data.title,
          url: d.url,
          date: d.data.issued,
          kind: `${documentTypeName(d.data.type)} ${d.data.number}`,
          attachment: d.attachment,
        })),
      ...news
        .filter((a) => match.news(a.data))
        .map((a) => ({
          title: a.data.title,
          url: a.url,
          date: a.data.date,
          kind: `${t.news.title} – ${categoryName(a.data.category)}`,
          summary: a.data.summary,
        })),
    ];
    return { section, items: items.sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title, 'vi')) };
  });
}

/** Every section with its items, newest first. */
export const disclosureLists = () => lists();
