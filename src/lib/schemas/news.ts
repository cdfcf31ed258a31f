/** Schema of a news article's frontmatter (`content/news/YYYY/<slug>.md`). */
import { z } from 'astro/zod';
import { editorDate, flag, group, optionalText, text } from './fields.ts';
import { taxonomyField, type TaxonomyItem } from './taxonomy.ts';

/** Accepts a category by slug or by name (with or without diacritics) and stores its slug. */
export const categoryField = (categories: TaxonomyItem[]) =>
  taxonomyField('chuyên mục', 'category', 'content/categories.yaml', categories, (c) => c.slug);

/**
 * The fields that do not depend on the image helper, built once per category list: Astro calls
 * the schema function once per article with that article's helper, and building every field
 * again each time took 3 s of a 10,000-article build (zod schemas are immutable, so sharing is safe).
 */
const newsFields = (categories: TaxonomyItem[]) => ({
  title: text('tiêu đề (title)').refine((v) => v.length <= 200, { error: 'tiêu đề dài quá 200 ký tự — cần ngắn gọn hơn' }),
  date: editorDate('ngày đăng (date)'),
  updated: editorDate('ngày cập nhật (updated)').optional(),
  category: categoryField(categories),
  author: text('tác giả (author)'),
  summary: text('tóm tắt (summary)').refine((v) => v.length <= 400, { error: 'tóm tắt dài quá 400 ký tự — cần 1–2 câu' }),
  coverAlt: text('mô tả ảnh cho người khiếm thị (cover.alt)'),
  coverCaption: optionalText('chú thích ảnh (cover.caption)'),
  tags: z
    .array(text('từ khóa'), { error: 'từ khóa (tags) phải là danh sách, ví dụ ["dịch vụ công", "chuyển đổi số"]' })
    .meta({ label: 'từ khóa (tags)' })
    .default([]),
  featured: flag('tin nổi bật (featured)'),
  draft: flag('bản nháp (draft)'),
});
const fieldsByCategories = new WeakMap<TaxonomyItem[], ReturnType<typeof newsFields>>();

/** `image` is Astro's image() helper in the build, a path check in `npm run check`, a string in tests. */
export const newsSchema = <Image extends z.ZodType>({ image, categories }: { image: () => Image; categories: TaxonomyItem[] }) => {
  let f = fieldsByCategories.get(categories);
  if (!f) fieldsByCategories.set(categories, (f = newsFields(categories)));
  return group('phần thông tin đầu bài', {
    title: f.title,
    date: f.date,
    updated: f.updated,
    category: f.category,
    author: f.author,
    summary: f.summary,
    cover: z
      .object({ src: image(), alt: f.coverAlt, caption: f.coverCaption }, { error: 'ảnh bìa (cover) cần các dòng src, alt và caption' })
      .meta({ label: 'ảnh bìa (cover)' })
      .optional(),
    tags: f.tags,
    featured: f.featured,
    draft: f.draft,
  });
};
