/** Schemas of `content/categories.yaml` (news categories) and `content/fields.yaml` (procedure fields). */
import { z } from 'astro/zod';
import { optionalText, text } from './fields.ts';

const slug = (label: string) =>
  text(label).refine((v) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v), {
    error: `${label} chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ ho-tich`,
  });

export const taxonomyItemSchema = z.object({
  slug: slug('đường dẫn (slug)'),
  name: text('tên'),
  description: optionalText('mô tả'),
});

export const taxonomySchema = z.array(taxonomyItemSchema, { error: 'tệp phải là một danh sách, mỗi mục bắt đầu bằng "- "' });

export type TaxonomyItem = z.infer<typeof taxonomyItemSchema>;
