/**
 * Schema of one period's dossier statistics (`content/statistics/<năm>-<tháng>.yaml` or
 * `<năm>-q<quý>.yaml`), written by hand or by `npm run import:statistics`: one row per level and
 * field. The parts must add up (src/lib/statistics/figures.ts); the file name is the checker's rule.
 */
import { z } from 'astro/zod';
import { count, group, list, optionalText } from './fields.ts';
import { governmentLevelField, procedureField } from './procedure.ts';
import { arithmeticProblems, complete } from '../statistics/figures.ts';
import type { TaxonomyItem } from './taxonomy.ts';

const figure = (label: string) => count(label).default(0);
const optionalTotal = (label: string) => count(label).optional();

export const statisticsRowSchema = ({ fields }: { fields: TaxonomyItem[] }) =>
  group('dòng số liệu', {
    level: governmentLevelField('cấp (level)'),
    field: procedureField(fields),
    carriedOver: figure('kỳ trước chuyển sang (carriedOver)'),
    received: group('tiếp nhận (received)', {
      online: figure('tiếp nhận trực tuyến (received.online)'),
      direct: figure('tiếp nhận trực tiếp (received.direct)'),
      postal: figure('tiếp nhận qua bưu chính (received.postal)'),
      total: optionalTotal('tổng tiếp nhận (received.total)'),
    }),
    resolved: group('đã giải quyết (resolved)', {
      early: figure('giải quyết trước hạn (resolved.early)'),
      onTime: figure('giải quyết đúng hạn (resolved.onTime)'),
      late: figure('giải quyết quá hạn (resolved.late)'),
      total: optionalTotal('tổng đã giải quyết (resolved.total)'),
    }),
    inProgress: figure('đang giải quyết (inProgress)'),
    returned: figure('trả lại, rút hồ sơ (returned)'),
  })
    .superRefine((row, ctx) => {
      for (const p of arithmeticProblems(row)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
    })
    .transform((row) => ({ level: row.level, field: row.field, ...complete(row) }));

export const statisticsSchema = ({ fields }: { fields: TaxonomyItem[] }) =>
  group('tệp số liệu', {
    note: optionalText('ghi chú (note)'),
    rows: list(statisticsRowSchema({ fields }), 'các dòng số liệu (rows)'),
  }).superRefine((data, ctx) => {
    data.rows.forEach((row, i) => {
      const first = data.rows.findIndex((r) => r.level === row.level && r.field === row.field);
      if (first < i)
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i, 'field'],
          message: `dòng ${i + 1} lặp lại cấp và lĩnh vực của dòng ${first + 1} (${row.field}) — mỗi cấp, mỗi lĩnh vực chỉ một dòng trong một kỳ`,
        });
    });
  });

export type StatisticsFile = z.infer<ReturnType<typeof statisticsSchema>>;
export type StatisticsRow = StatisticsFile['rows'][number];
