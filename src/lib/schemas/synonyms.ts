/**
 * Schemas of the search vocabulary: content/search-synonyms.yaml (abbreviations, old and
 * colloquial terms citizens type, each with the form pages use and, for old terms, why) and
 * content/search-stopwords.yaml (words that carry no meaning for search). Messages speak to editors in Vietnamese.
 */
import { z } from 'astro/zod';
import { group, optionalText, text } from './fields.ts';
import { foldPhrase } from '../search/words.ts';

export const synonymSchema = group('mục (term, means)', {
  term: text('cách viết tắt hoặc cách gọi khác (term)'),
  means: text('cách viết đầy đủ trên trang (means)'),
  /** Why the term is old or informal, shown to the citizen who types it ("hộ khẩu — … nay là đăng ký cư trú"). */
  note: optionalText('giải thích cho người tìm (note)'),
});

/** content/search-stopwords.yaml: words and phrases that carry no meaning for search ("thủ tục", "như thế nào"). */
export const stopWordsSchema = z
  .array(text('từ bỏ qua khi tìm'), { error: 'tệp phải là một danh sách, mỗi từ hoặc cụm từ một dòng bắt đầu bằng "- "' })
  .superRefine((list, ctx) => {
    list.forEach((w, i) => {
      if (!foldPhrase(w))
        ctx.addIssue({ code: 'custom', path: [i], message: `"${w}" không có chữ cái hay chữ số nào — cần một từ, ví dụ "thủ tục"` });
    });
  });

export const synonymsSchema = z
  .array(synonymSchema, { error: 'tệp phải là một danh sách, mỗi mục bắt đầu bằng "- term:" và có dòng "means:"' })
  .superRefine((list, ctx) => {
    const seen = new Map<string, number>();
    list.forEach((s, i) => {
      const key = foldPhrase(s.term);
      if (!key)
        ctx.addIssue({
          code: 'custom',
          path: [i, 'term'],
          message: `"${s.term}" không có chữ cái hay chữ số nào — cần một từ, ví dụ UBND`,
        });
      else if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'term'],
          message: `"${s.term}" đã có ở mục ${seen.get(key)! + 1} — mỗi cách viết tắt chỉ khai báo một lần`,
        });
      else if (key === foldPhrase(s.means))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'means'],
          message: `"${s.means}" giống hệt "${s.term}" khi bỏ dấu — không cần khai báo, tìm kiếm đã bỏ qua dấu`,
        });
      seen.set(key, i);
    });
  });
