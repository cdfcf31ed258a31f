/** Schema of a static page's frontmatter (`content/pages/<slug>.md`). */
import { z } from 'astro/zod';
import { editorDay, group, text } from './fields.ts';

export const pageSchema = group('phần thông tin đầu trang', {
  title: text('tiêu đề (title)'),
  description: text('mô tả ngắn (description)'),
  order: z.number({ error: 'thứ tự (order) phải là một số, ví dụ 1' }).meta({ label: 'thứ tự trong trình đơn (order)' }).default(100),
  lang: z
    .enum(['vi', 'en'], { error: 'ngôn ngữ (lang) chỉ nhận vi hoặc en' })
    .meta({
      label: 'ngôn ngữ (lang)',
      widget: 'select',
      options: [
        { value: 'vi', label: 'Tiếng Việt' },
        { value: 'en', label: 'English' },
      ],
    })
    .default('vi'),
  /** When the page was last checked and updated: shown as "Cập nhật lần cuối". */
  updated: editorDay('ngày cập nhật (updated)').optional(),
  /** Shows the spokesperson and the sub-units' contacts from site.yaml after the text (the contacts page). */
  contacts: z
    .boolean({ error: 'danh bạ (contacts) chỉ nhận true hoặc false' })
    .meta({ label: 'hiện danh bạ người phát ngôn và các đơn vị (contacts)' })
    .default(false),
});
