/**
 * Schemas of the leaders' working schedule: `content/leaders.yaml` (who may appear in it) and one
 * `content/schedule/<năm>-tuan-<số>.yaml` per week, written by the office. Whether each date lies
 * in the file's week is the checker's rule (it needs the file name).
 */
import { z } from 'astro/zod';
import { choice, editorDate, group, list, optionalText, text } from './fields.ts';
import { foldKey } from '../text.ts';
import { vietnamDate } from '../schedule/weeks.ts';

export const leaderSchema = group('lãnh đạo', {
  slug: text('mã lãnh đạo (slug)').refine((v) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v), {
    error: 'mã lãnh đạo (slug) chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ chu-tich',
  }),
  name: text('họ và tên (name)'),
  position: text('chức vụ (position)'),
});

export const leadersSchema = list(leaderSchema, 'danh sách lãnh đạo', 0).superRefine((leaders, ctx) => {
  leaders.forEach((l, i) => {
    const first = leaders.findIndex((m) => m.slug === l.slug);
    if (first < i) ctx.addIssue({ code: 'custom', path: [i, 'slug'], message: `mã "${l.slug}" đã dùng ở mục ${first + 1} — mỗi lãnh đạo một mã riêng` });
  });
});

export type Leader = z.infer<typeof leaderSchema>;

/** "07:30" (or "7:30"), a real time of day; stored as HH:MM. */
const time = z
  .string({ error: (issue) => (typeof issue.input === 'number' ? 'giờ (time) cần đặt trong ngoặc kép, ví dụ "07:30"' : 'thiếu giờ (time) — cần ghi theo dạng GIỜ:PHÚT, ví dụ "07:30"') })
  .trim()
  .transform((value, ctx) => {
    const m = /^(\d{1,2})[:hg](\d{2})$/.exec(value);
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) {
      ctx.addIssue({ code: 'custom', message: `giờ "${value}" không có thật — cần ghi theo dạng GIỜ:PHÚT từ 00:00 đến 23:59, ví dụ "07:30"` });
      return z.NEVER;
    }
    return `${m[1]!.padStart(2, '0')}:${m[2]}`;
  });

export const entryStatus = choice('thay đổi (status)', {
  'dieu-chinh': { label: 'Điều chỉnh', aliases: ['điều chỉnh', 'thay đổi'] },
  hoan: { label: 'Hoãn', aliases: ['hoãn', 'tạm hoãn', 'hủy'] },
});

/** A leader by code or by name (any diacritics); stores the code. */
const leaderField = (leaders: readonly Leader[]) => {
  const byKey = new Map(leaders.flatMap((l) => [[l.slug, l.slug], [foldKey(l.name), l.slug]] as const));
  const allowed = leaders.map((l) => l.slug).join(', ') || '(content/leaders.yaml chưa có ai)';
  return text('lãnh đạo').transform((value, ctx) => {
    const slug = byKey.get(value) ?? byKey.get(foldKey(value));
    if (!slug) {
      ctx.addIssue({ code: 'custom', message: `lãnh đạo "${value}" không có trong content/leaders.yaml — cần là một trong: ${allowed}` });
      return z.NEVER;
    }
    return slug;
  });
};

export const weekSchema = ({ leaders }: { leaders: readonly Leader[] }) =>
  group('tệp lịch tuần', {
    note: optionalText('ghi chú của tuần (note)'),
    days: list(
      group('ngày', {
        date: editorDate('ngày (date)').transform(vietnamDate),
        entries: list(
          group('mục lịch', {
            time,
            leaders: list(leaderField(leaders), 'lãnh đạo (leaders)'),
            title: text('nội dung (title)'),
            place: text('địa điểm (place)'),
            attendees: optionalText('thành phần (attendees)'),
            preparer: optionalText('đơn vị chuẩn bị (preparer)'),
            status: entryStatus.optional(),
            note: optionalText('ghi chú (note)'),
          }),
          'các mục của ngày (entries)',
        ),
      }),
      'các ngày (days)',
    ),
  });

export type Week = z.infer<ReturnType<typeof weekSchema>>;
export type ScheduleEntry = Week['days'][number]['entries'][number];
