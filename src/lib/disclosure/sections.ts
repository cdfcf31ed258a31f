/**
 * Public disclosure sections (Decree 42/2022 Art. 4; Circular 22/2023): pages that gather the
 * documents and news of one kind — plans, investment and procurement, budget, law dissemination,
 * recruitment. What goes in each is configuration (site.yaml `disclosure:`, these defaults when
 * absent): document types or fields, news categories or tags. Pure: the data module, the routes
 * and the checker all select with `sectionMatcher`.
 */
import { foldKey, slugify } from '../text.ts';
import type { TaxonomyItem } from '../schemas/taxonomy.ts';

export interface DisclosureSection {
  slug: string;
  title: string;
  description?: string;
  /** Document types, by slug or name (content/document-types.yaml). */
  documentTypes: string[];
  /** Documents' `field`, as written. */
  documentFields: string[];
  /** News categories, by slug or name (content/categories.yaml). */
  categories: string[];
  /** News tags. */
  tags: string[];
}

const section = (
  slug: string,
  title: string,
  description: string,
  pick: Partial<Pick<DisclosureSection, 'documentTypes' | 'documentFields' | 'categories' | 'tags'>>,
): DisclosureSection => ({
  slug,
  title,
  description,
  documentTypes: [],
  documentFields: [],
  categories: [],
  tags: [],
  ...pick,
});

/** The sections a portal has when site.yaml lists none. */
export const DEFAULT_SECTIONS: readonly DisclosureSection[] = [
  section(
    'chuong-trinh-ke-hoach',
    'Chương trình, kế hoạch, đề án',
    'Chiến lược, chương trình, kế hoạch, đề án phát triển kinh tế – xã hội và của từng lĩnh vực.',
    { documentTypes: ['ke-hoach', 'chuong-trinh', 'de-an'], documentFields: ['Chương trình, kế hoạch'] },
  ),
  section(
    'dau-tu-dau-thau',
    'Dự án đầu tư, đấu thầu, mua sắm công',
    'Kế hoạch đầu tư công, dự án đầu tư, kế hoạch và kết quả lựa chọn nhà thầu, đấu giá tài sản công.',
    { documentFields: ['Kế hoạch và đầu tư', 'Đấu thầu, mua sắm công'], tags: ['đầu tư công', 'đấu thầu', 'đấu giá', 'mua sắm công'] },
  ),
  section(
    'cong-khai-ngan-sach',
    'Công khai ngân sách',
    'Dự toán, tình hình thực hiện dự toán, quyết toán ngân sách và báo cáo tài chính năm.',
    { documentFields: ['Tài chính – ngân sách'], tags: ['công khai ngân sách'] },
  ),
  section('pho-bien-phap-luat', 'Phổ biến, giáo dục pháp luật', 'Kế hoạch, tài liệu và tin tức về phổ biến, giáo dục pháp luật.', {
    documentFields: ['Phổ biến, giáo dục pháp luật'],
    tags: ['phổ biến pháp luật'],
  }),
  section('tuyen-dung', 'Tuyển dụng', 'Thông báo tuyển dụng, xét tuyển công chức, viên chức và kết quả.', {
    documentFields: ['Tuyển dụng'],
    tags: ['tuyển dụng'],
  }),
];

/** The slug of a taxonomy item written as its slug or its name, or undefined when unknown. */
export function taxonomySlug(items: readonly TaxonomyItem[], written: string): string | undefined {
  const key = slugify(foldKey(written));
  return items.find((i) => i.slug === key || slugify(i.name) === key)?.slug;
}

export interface Selectable {
  document: { type: string; field?: string };
  news: { category: string; tags: readonly string[] };
}

/** Whether a document or an article belongs to a section (types and categories compared by slug, fields and tags by folded text). */
export function sectionMatcher(
  s: DisclosureSection,
  taxonomies: { documentTypes: readonly TaxonomyItem[]; categories: readonly TaxonomyItem[] },
) {
  const types = new Set(s.documentTypes.map((v) => taxonomySlug(taxonomies.documentTypes, v) ?? v));
  const categories = new Set(s.categories.map((v) => taxonomySlug(taxonomies.categories, v) ?? v));
  const fields = new Set(s.documentFields.map(foldKey));
  const tags = new Set(s.tags.map(foldKey));
  return {
    document: (d: Selectable['document']) => types.has(d.type) || (d.field !== undefined && fields.has(foldKey(d.field))),
    news: (n: Selectable['news']) => categories.has(n.category) || n.tags.some((t) => tags.has(foldKey(t))),
  };
}

/** How many documents and articles each section lists (for its pages' paths, before any build). */
export function sectionCounts(
  sections: readonly DisclosureSection[],
  taxonomies: { documentTypes: readonly TaxonomyItem[]; categories: readonly TaxonomyItem[] },
  content: { documents: readonly Selectable['document'][]; news: readonly Selectable['news'][] },
): { slug: string; count: number }[] {
  return sections.map((s) => {
    const match = sectionMatcher(s, taxonomies);
    return { slug: s.slug, count: content.documents.filter(match.document).length + content.news.filter(match.news).length };
  });
}
