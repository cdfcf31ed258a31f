/**
 * Zod building blocks whose error messages speak to editors in Vietnamese.
 * Every message says what is wrong and what is expected, so the file + field + message
 * that Astro (and `npm run check`) print are enough to fix the mistake. Each also describes itself
 * for a web editor (its label, widget, choices, pattern: src/lib/content/editor-fields.ts).
 */
import { z } from 'astro/zod';
import { foldKey } from '../text.ts';
import { fromEditorDate } from '../dates.ts';
import { describeField } from '../content/editor-fields.ts';

const typeName = (input: unknown) =>
  input === null
    ? 'rỗng'
    : Array.isArray(input)
      ? 'danh sách'
      : input instanceof Date
        ? 'ngày'
        : typeof input === 'number'
          ? 'số'
          : typeof input === 'boolean'
            ? 'đúng/sai'
            : typeof input === 'object'
              ? 'nhóm trường'
              : 'chữ';

/** A required, non-empty line of text. */
export const text = (label: string) =>
  describeField(
    z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? `thiếu ${label} — cần điền ${label}`
            : `${label} đang là ${typeName(issue.input)} — cần là một đoạn chữ`,
      })
      .trim()
      .min(1, { error: `${label} đang để trống — cần điền ${label}` }),
    { label },
  );

/** Optional text; an empty value counts as absent. */
export const optionalText = (label: string) => z.preprocess((v) => (v === '' || v === null ? undefined : v), text(label).optional());

/** Any field made optional; an empty value counts as absent, as editors leave `phone: ""`. */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

/** A whole number from `min` up. */
export const count = (label: string, min = 0) =>
  describeField(
    z
      .number({ error: () => `${label} phải là một số nguyên, ví dụ 1` })
      .int({ error: `${label} phải là một số nguyên, ví dụ 1` })
      .min(min, { error: `${label} không được nhỏ hơn ${min}` }),
    { label, widget: 'number' },
  );

/** A group of fields: lines "name: value" indented under the group's key (or a whole file's top level). */
export const group = <S extends z.core.$ZodLooseShape>(label: string, shape: S) =>
  describeField(
    z.object(shape, {
      error: (issue) =>
        issue.input === undefined
          ? `thiếu ${label} — cần thêm ${label} với các dòng "tên: giá trị" thụt vào bên dưới`
          : `${label} đang là ${typeName(issue.input)} — cần một nhóm các dòng "tên: giá trị" thụt vào bên dưới`,
    }),
    { label },
  );

/** A list with at least `min` items (0: may be empty). */
export const list = <T extends z.ZodType>(item: T, label: string, min = 1) =>
  describeField(
    z
      .array(item, {
        error: (issue) =>
          issue.input === undefined
            ? `thiếu ${label} — cần ít nhất ${min} mục`
            : `${label} phải là một danh sách (mỗi mục một dòng bắt đầu bằng "- ")`,
      })
      .min(min, { error: `${label} cần ít nhất ${min} mục` }),
    { label },
  );

/** A yes/no flag. */
export const flag = (label: string) =>
  describeField(z.boolean({ error: `${label} chỉ nhận true (có) hoặc false (không)` }).default(false), { label });

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
    .refine((d) => !Number.isNaN(d.getTime()), {
      error: `${label} không phải ngày có thật — cần ghi theo dạng NĂM-THÁNG-NGÀY, ví dụ 2024-03-15`,
    })
    .transform(fromEditorDate)
    .meta({ label, widget: 'datetime' });

/** A calendar day written by an editor (a document's date of issue): the web editor asks for no time of day. */
export const editorDay = (label: string) => describeField(editorDate(label), { widget: 'date' });

/**
 * One of a fixed set of values, written with or without diacritics, in any case.
 * `options` maps each stored value to its label (as messages list it), the spellings editors use,
 * and the title a web editor's list shows (the label when none).
 */
export const choice = <K extends string>(label: string, options: Record<K, { label: string; aliases?: string[]; title?: string }>) => {
  const lookup = new Map<string, K>();
  for (const [key, option] of Object.entries(options) as [K, { label: string; aliases?: string[] }][]) {
    for (const spelling of [key, option.label, ...(option.aliases ?? [])])
      lookup.set(foldKey(String(spelling)).replace(/[\s_]+/g, '-'), key);
  }
  const allowed = Object.values<{ label: string }>(options)
    .map((o) => `"${o.label}"`)
    .join(', ');
  const described = {
    label,
    widget: 'select',
    options: Object.entries<{ label: string; title?: string }>(options).map(([value, o]) => ({ value, label: o.title ?? o.label })),
  } as const;
  return z
    .unknown()
    .meta(described)
    .transform((value, ctx) => {
      const key =
        value === undefined || value === null
          ? undefined
          : lookup.get(
              foldKey(String(value))
                .trim()
                .replace(/[\s_]+/g, '-'),
            );
      if (key === undefined) {
        ctx.addIssue({
          code: 'custom',
          message:
            value === undefined
              ? `thiếu ${label} — cần là một trong: ${allowed}`
              : `${label} "${String(value)}" không hợp lệ — cần là một trong: ${allowed}`,
        });
        return z.NEVER;
      }
      return key;
    });
};

/*
 * Fields with a format of their own. Each is written once here and used wherever such a field
 * appears (site.yaml, desks, consultations, procedures, questions, schedule…), so an e-mail address
 * is checked the same way in every file and its message reads the same.
 */

/**
 * A text field that follows a pattern: checked with the message, and described with both for a web
 * editor, which shows the same message before a save.
 */
const patterned = (label: string, pattern: RegExp, message: string) =>
  describeField(
    text(label).refine((v) => pattern.test(v), { error: message }),
    { label, pattern: [pattern.source, message] },
  );

/** A web address: https:// (or http://, unless `httpsOnly`) and a host. */
export const webAddress = (label: string, { httpsOnly = false } = {}) =>
  patterned(
    label,
    httpsOnly ? /^https:\/\/[^\s/]+\S*$/ : /^https?:\/\/[^\s/]+\S*$/,
    `${label} phải là địa chỉ web đầy đủ, bắt đầu bằng https://${httpsOnly ? '' : ' (hoặc http://)'}`,
  );

/** An e-mail address: one @, a domain with a dot, no spaces. */
export const email = (label: string) =>
  patterned(label, /^[^\s@]+@[^\s@]+\.[^\s@]+$/, `${label} không đúng dạng thư điện tử, ví dụ ubnd@tenmien.gov.vn`);

/** A phone number as Vietnamese offices write it: digits with spaces, dots or dashes, "+84" allowed; 3 to 15 digits (hotlines such as 1022). */
const PHONE = /^\+?\d[\d\s.\-()]*$/;
export const phone = (label: string) =>
  patterned(
    label,
    PHONE,
    `${label} chỉ gồm chữ số (có thể cách nhau bằng dấu cách, dấu chấm, gạch ngang), ví dụ "0200 3812 100" hoặc "1022"`,
  ).refine(
    (v) => {
      // Only once the pattern holds: one message at a time.
      const digits = v.replace(/\D/g, '').length;
      return !PHONE.test(v) || (digits >= 3 && digits <= 15);
    },
    { error: `${label} cần từ 3 đến 15 chữ số, ví dụ "0200 3812 100" hoặc "1022"` },
  );

/** "07:30" (or "7:30", "7h30"), a real time of day; stored as HH:MM. */
export const timeOfDay = (label: string) =>
  z
    .string({
      error: (issue) =>
        typeof issue.input === 'number'
          ? `${label} cần đặt trong ngoặc kép, ví dụ "07:30"`
          : `thiếu ${label} — cần ghi theo dạng GIỜ:PHÚT, ví dụ "07:30"`,
    })
    .trim()
    .meta({ label, pattern: ['^\\d{1,2}[:hg]\\d{2}$', `${label} cần ghi theo dạng GIỜ:PHÚT, ví dụ "07:30"`] })
    .transform((value, ctx) => {
      const m = /^(\d{1,2})[:hg](\d{2})$/.exec(value);
      if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) {
        ctx.addIssue({
          code: 'custom',
          message: `giờ "${value}" không có thật — cần ghi theo dạng GIỜ:PHÚT từ 00:00 đến 23:59, ví dụ "07:30"`,
        });
        return z.NEVER;
      }
      return `${m[1]!.padStart(2, '0')}:${m[2]}`;
    });

/** A procedure code of the national database: one digit, a dot and six digits ("1.001193"). */
export const PROCEDURE_CODE = /^\d\.\d{6}$/;

/**
 * The file name of a procedure's (or an override's) record: its code, "1.001193", or with a dash,
 * "1-001193", as the web editor names a new one (Decap CMS turns every dot of a new file's name
 * into a dash). Both name the same code.
 */
export const codeFileName = (code: string) => code.replace('.', '-');

/** The code a record's file name stands for: "1-001193" and "1.001193" are both "1.001193". */
export const codeOfFileName = (name: string) => (/^\d-\d{6}$/.test(name) ? name.replace('-', '.') : name);

/**
 * A procedure code. Written in quotes; a bare number is read as YAML reads it (1.001190 becomes
 * 1.00119, a digit lost), so it is accepted only when nothing was lost.
 */
export const procedureCode = (label: string) => {
  const format = `${label} không đúng dạng — cần một chữ số, dấu chấm và sáu chữ số, ví dụ "1.001193" (đặt trong ngoặc kép)`;
  return z
    .union([z.string(), z.number()], { error: `thiếu ${label} — cần mã như "1.001193", đặt trong ngoặc kép` })
    .meta({ label, pattern: [PROCEDURE_CODE.source, format] })
    .transform((value, ctx) => {
      const code = String(value).trim();
      if (PROCEDURE_CODE.test(code)) return code;
      // A number such as 1.00119 is a code whose last zeros YAML dropped.
      const lostDigits = typeof value === 'number' && /^\d\.\d{1,5}$/.test(code);
      ctx.addIssue({ code: 'custom', message: lostDigits ? `${label} ${value} cần đặt trong ngoặc kép, ví dụ "1.000689"` : format });
      return z.NEVER;
    });
};

/** A slug of the site's addresses: lower-case letters without diacritics, digits and dashes. */
export const slug = (label: string, example: string) =>
  patterned(label, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${label} chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ ${example}`);
