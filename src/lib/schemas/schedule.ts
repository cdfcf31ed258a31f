/**
 * Schemas of the leaders' working schedule: `content/leaders.yaml` (who may appear in it) and one
 * `content/schedule/<năm>-tuan-<số>.yaml` per week, written by the office. Whether each date lies
 * in the file's week is the checker's rule (it needs the file name).
 */
import { z } from 'astro/zod';
import { choice, editorDay, group, list, optionalText, slug, text, timeOfDay } from './fields.ts';
import { describeField } from '../content/editor-fields.ts';
import { foldKey } from '../text.ts';
import { vietnamDate } from '../dates.ts';

export const leaderSchema = group('lãnh đạo', {
  slug: slug('mã lãnh đạo (slug)', 'chu-tich'),
  name: text('họ và tên (name)'),
  position: text('chức vụ (position)'),
});

export const leadersSchema = list(leaderSchema, 'danh sách lãnh đạo', 0).superRefine((leaders, ctx) => {
  leaders.forEach((l, i) => {
    const first = leaders.findIndex((m) => m.slug === l.slug);
    if (first < i)
      ctx.addIssue({ code: 'custom', path: [i, 'slug'], message: `mã "${l.slug}" đã dùng ở mục ${first + 1} — mỗi lãnh đạo một mã riêng` });
  });
});

export type Leader = z.infer<typeof leaderSchema>;

const time = timeOfDay('giờ (time)');

export const entryStatus = choice('thay đổi (status)', {
  'dieu-chinh': { label: 'Điều chỉnh', aliases: ['điều chỉnh', 'thay đổi'] },
  hoan: { label: 'Hoãn', aliases: ['hoãn', 'tạm hoãn', 'hủy'] },
});

/** A leader by code or by name (any diacritics); stores the code. */
const leaderField = (leaders: readonly Leader[]) => {
  const byKey = new Map(
    leaders.flatMap(
      (l) =>
        [
          [l.slug, l.slug],
          [foldKey(l.name), l.slug],
        ] as const,
    ),
  );
  const allowed = leaders.map((l) => l.slug).join(', ') || '(content/leaders.yaml chưa có ai)';
  const options = leaders.map((l) => ({ value: l.slug, label: `${l.name} (${l.position})` }));
  return describeField(text('lãnh đạo'), { label: 'lãnh đạo', widget: 'select', options }).transform((value, ctx) => {
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
        date: editorDay('ngày (date)').transform(vietnamDate),
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
