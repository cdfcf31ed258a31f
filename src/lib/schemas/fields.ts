/**
 * Zod building blocks whose error messages speak to editors in Vietnamese.
 * Every message says what is wrong and what is expected, so the file + field + message
 * that Astro (and `npm run check`) print are enough to fix the mistake.
 */
import { z } from 'astro/zod';
import { foldKey } from '../text.ts';
import { fromEditorDate } from '../dates.ts';

const typeName = (input: unknown) =>
  input === null ? 'rỗng' : Array.isArray(input) ? 'danh sách' : input instanceof Date ? 'ngày' : typeof input === 'number' ? 'số' : typeof input === 'boolean' ? 'đúng/sai' : typeof input === 'object' ? 'nhóm trường' : 'chữ';

/** A required, non-empty line of text. */
export const text = (label: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `thiếu ${label} — cần điền ${label}`
          : `${label} đang là ${typeName(issue.input)} — cần là một đoạn chữ`,
    })
    .trim()
    .min(1, { error: `${label} đang để trống — cần điền ${label}` });

/** Optional text; an empty value counts as absent. */
export const optionalText = (label: string) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), text(label).optional());

/** A whole number from `min` up. */
export const count = (label: string, min = 0) =>
  z
    .number({ error: () => `${label} phải là một số nguyên, ví dụ 1` })
    .int({ error: `${label} phải là một số nguyên, ví dụ 1` })
    .min(min, { error: `${label} không được nhỏ hơn ${min}` });

/** A group of fields: lines "name: value" indented under the group's key (or a whole file's top level). */
export const group = <S extends z.core.$ZodLooseShape>(label: string, shape: S) =>
  z.object(shape, {
    error: (issue) =>
      issue.input === undefined
        ? `thiếu ${label} — cần thêm ${label} với các dòng "tên: giá trị" thụt vào bên dưới`
        : `${label} đang là ${typeName(issue.input)} — cần một nhóm các dòng "tên: giá trị" thụt vào bên dưới`,
  });

/** A list with at least `min` items (0: may be empty). */
export const list = <T extends z.ZodType>(item: T, label: string, min = 1) =>
  z
    .array(item, { error: (issue) => (issue.input === undefined ? `thiếu ${label} — cần ít nhất ${min} mục` : `${label} phải là một danh sách (mỗi mục một dòng bắt đầu bằng "- ")`) })
    .min(min, { error: `${label} cần ít nhất ${min} mục` });

/** A yes/no flag. */
export const flag = (label: string) =>
  z.boolean({ error: `${label} chỉ nhận true (có) hoặc false (không)` }).default(false);

/**
 * A date written by an editor: `2024-03-15` or `2024-03-15T08:30:00+07:00`.
 * Bare dates mean Vietnam midnight (see fromEditorDate).
 */
export const editorDate = (label: string) =>
  z
    .preprocess(
      (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v.trim()) ? new Date(v.trim()) : v),
      z.date({
        error: (issue) =>
          issue.input === undefined
            ? `thiếu ${label} — cần ghi theo dạng NĂM-THÁNG-NGÀY, ví dụ 2024-03-15`
            : `${label} "${String(issue.input)}" không phải ngày hợp lệ — cần ghi theo dạng NĂM-THÁNG-NGÀY, ví dụ 2024-03-15`,
      }),
    )
    .refine((d) => !Number.isNaN(d.getTime()), { error: `${label} không phải ngày có thật — cần ghi theo dạng NĂM-THÁNG-NGÀY, ví dụ 2024-03-15` })
    .transform(fromEditorDate);

/**
 * One of a fixed set of values, written with or without diacritics, in any case.
 * `options` maps each stored value to its label and the spellings editors use.
 */
export const choice = <K extends string>(label: string, options: Record<K, { label: string; aliases?: string[] }>) => {
  const lookup = new Map<string, K>();
  for (const [key, option] of Object.entries(options) as [K, { label: string; aliases?: string[] }][]) {
    for (const spelling of [key, option.label, ...(option.aliases ?? [])]) lookup.set(foldKey(String(spelling)).replace(/[\s_]+/g, '-'), key);
  }
  const allowed = Object.values<{ label: string }>(options).map((o) => `"${o.label}"`).join(', ');
  return z.unknown().transform((value, ctx) => {
    const key = value === undefined || value === null ? undefined : lookup.get(foldKey(String(value)).trim().replace(/[\s_]+/g, '-'));
    if (key === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: value === undefined ? `thiếu ${label} — cần là một trong: ${allowed}` : `${label} "${String(value)}" không hợp lệ — cần là một trong: ${allowed}`,
      });
      return z.NEVER;
    }
    return key;
  });
};
