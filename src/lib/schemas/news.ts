/** Schema of a news article's frontmatter (`content/news/YYYY/<slug>.md`). */
import { z } from 'astro/zod';
import { editorDate, flag, group, optionalText, text } from './fields.ts';
import { taxonomyField, type TaxonomyItem } from './taxonomy.ts';

/** Accepts a category by slug or by name (with or without diacritics) and stores its slug. */
export const categoryField = (categories: TaxonomyItem[]) =>
  taxonomyField('chuyên mục', 'category', 'content/categories.yaml', categories, (c) => c.slug);

/** `image` is Astro's image() helper in the build, a path check in `npm run check`, a string in tests. */
export const newsSchema = <Image extends z.ZodType>({ image, categories }: { image: () => Image; categories: TaxonomyItem[] }) =>
  group('phần thông tin đầu bài', {
    title: text('tiêu đề (title)').refine((v) => v.length <= 200, { error: 'tiêu đề dài quá 200 ký tự — cần ngắn gọn hơn' }),
    date: editorDate('ngày đăng (date)'),
    updated: editorDate('ngày cập nhật (updated)').optional(),
    category: categoryField(categories),
    author: text('tác giả (author)'),
    summary: text('tóm tắt (summary)').refine((v) => v.length <= 400, { error: 'tóm tắt dài quá 400 ký tự — cần 1–2 câu' }),
    cover: z
      .object(
        {
          src: image(),
          alt: text('mô tả ảnh cho người khiếm thị (cover.alt)'),
          caption: optionalText('chú thích ảnh (cover.caption)'),
        },
        { error: 'ảnh bìa (cover) cần các dòng src, alt và caption' },
      )
      .optional(),
    tags: z.array(text('từ khóa'), { error: 'từ khóa (tags) phải là danh sách, ví dụ ["dịch vụ công", "chuyển đổi số"]' }).default([]),
    featured: flag('tin nổi bật (featured)'),
    draft: flag('bản nháp (draft)'),
  });
