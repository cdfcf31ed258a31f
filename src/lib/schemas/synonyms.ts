/**
 * Schema of content/search-synonyms.yaml: abbreviations and variant spellings citizens type,
 * each with the full form pages use. Messages speak to editors in Vietnamese.
 */
import { z } from 'astro/zod';
import { group, text } from './fields.ts';
import { foldPhrase } from '../search/words.ts';

export const synonymSchema = group('mục (term, means)', {
  term: text('cách viết tắt hoặc cách gọi khác (term)'),
  means: text('cách viết đầy đủ trên trang (means)'),
});

export const synonymsSchema = z
  .array(synonymSchema, { error: 'tệp phải là một danh sách, mỗi mục bắt đầu bằng "- term:" và có dòng "means:"' })
  .superRefine((list, ctx) => {
    const seen = new Map<string, number>();
    list.forEach((s, i) => {
      const key = foldPhrase(s.term);
      if (!key) ctx.addIssue({ code: 'custom', path: [i, 'term'], message: `"${s.term}" không có chữ cái hay chữ số nào — cần một từ, ví dụ UBND` });
      else if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'term'], message: `"${s.term}" đã có ở mục ${seen.get(key)! + 1} — mỗi cách viết tắt chỉ khai báo một lần` });
      else if (key === foldPhrase(s.means)) ctx.addIssue({ code: 'custom', path: [i, 'means'], message: `"${s.means}" giống hệt "${s.term}" khi bỏ dấu — không cần khai báo, tìm kiếm đã bỏ qua dấu` });
      seen.set(key, i);
    });
  });

