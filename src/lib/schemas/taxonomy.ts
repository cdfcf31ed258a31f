/** Schemas of `content/categories.yaml` (news categories) and `content/fields.yaml` (procedure fields). */
import { z } from 'astro/zod';
import { group, optionalText, text } from './fields.ts';
import { describeField } from '../content/editor-fields.ts';
import { foldKey, slugify } from '../text.ts';

const slug = (label: string) =>
  text(label).refine((v) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v), {
    error: `${label} chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ ho-tich`,
  });

export const taxonomyItemSchema = group('mục (slug, name)', {
  slug: slug('đường dẫn (slug)'),
  name: text('tên'),
  description: optionalText('mô tả'),
});

export const taxonomySchema = z.array(taxonomyItemSchema, { error: 'tệp phải là một danh sách, mỗi mục bắt đầu bằng "- "' });

export type TaxonomyItem = z.infer<typeof taxonomyItemSchema>;

/** The slug of an item named `name` in a settings list; a name no item has gets a slug of its own. */
export const slugOfName = (items: readonly TaxonomyItem[], name: string) => items.find((i) => i.name === name)?.slug ?? slugify(name);

/**
 * A value chosen from a taxonomy file (categories, document types), written as its slug or its
 * name with or without diacritics; stores the slug. `show` picks what the error lists.
 */
export const taxonomyField = (noun: string, key: string, file: string, items: TaxonomyItem[], show: (item: TaxonomyItem) => string) => {
  const bySpelling = new Map<string, string>();
  for (const item of items) {
    bySpelling.set(item.slug, item.slug);
    bySpelling.set(slugify(item.name), item.slug);
  }
  const allowed = items.map(show).join(', ') || '(danh sách đang trống)';
  const label = `${noun} (${key})`;
  const options = items.map((item) => ({ value: item.slug, label: item.name }));
  return describeField(text(label), { label, widget: 'select', options }).transform((value, ctx) => {
    const slug = bySpelling.get(slugify(foldKey(value)));
    if (!slug) {
      ctx.addIssue({ code: 'custom', message: `${noun} "${value}" không có trong ${file} — cần là một trong: ${allowed}` });
      return z.NEVER;
    }
    return slug;
  });
};
