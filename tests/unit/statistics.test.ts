import { describe, expect, it } from 'vitest';
import { comparePeriods, overlaps, parsePeriodSlug, periodLabel, shortPeriodLabel } from '../../src/lib/statistics/periods.ts';
import {
  arithmeticProblems,
  complete,
  onlineShare,
  onTimeRate,
  percent,
  sumFigures,
  type WrittenFigures,
} from '../../src/lib/statistics/figures.ts';
import { barChart, CHART, niceStep, shareChart } from '../../src/lib/statistics/charts.ts';
import { extremes, onTimeSummary, trendSummary } from '../../src/lib/statistics/summary.ts';
import { CSV_COLUMNS, toCsv, toJson } from '../../src/lib/statistics/open-data.ts';
import { breakdownTable, trendTable } from '../../src/lib/statistics/tables.ts';
import { importStatistics, periodSlugOf } from '../../src/lib/import/statistics.ts';
import { parseCsv } from '../../src/lib/import/csv.ts';

const written = (over: Partial<WrittenFigures> = {}): WrittenFigures => ({
  carriedOver: 5,
  received: { online: 80, direct: 18, postal: 2 },
  resolved: { early: 70, onTime: 20, late: 5 },
  inProgress: 8,
  returned: 2,
  ...over,
});
const period = (slug: string) => parsePeriodSlug(slug)!;

describe('reporting periods', () => {
  it('reads months and quarters from file names, and nothing else', () => {
    expect(parsePeriodSlug('2025-05')).toEqual({ slug: '2025-05', kind: 'month', year: 2025, number: 5, firstMonth: 5, lastMonth: 5 });
    expect(parsePeriodSlug('2025-q2')).toMatchObject({ kind: 'quarter', number: 2, firstMonth: 4, lastMonth: 6 });
    for (const bad of ['2025-13', '2025-5', '2025-q5', 'thang-5', '2025-00']) expect(parsePeriodSlug(bad), bad).toBeUndefined();
    expect([
      periodLabel(period('2025-05')),
      periodLabel(period('2025-q4')),
      shortPeriodLabel(period('2024-12')),
      shortPeriodLabel(period('2025-q2')),
    ]).toEqual(['Tháng 5/2025', 'Quý IV/2025', 'T12/24', 'QII/25']);
  });
  it('orders periods across a year end and finds the ones counting a month twice', () => {
    const sorted = ['2025-02', '2024-q4', '2024-11', '2025-01']
      .map(period)
      .sort(comparePeriods)
      .map((p) => p.slug);
    expect(sorted).toEqual(['2024-11', '2024-q4', '2025-01', '2025-02']);
    expect([
      overlaps(period('2025-05'), period('2025-q2')),
      overlaps(period('2025-05'), period('2025-05')),
      overlaps(period('2025-07'), period('2025-q2')),
      overlaps(period('2024-05'), period('2025-05')),
    ]).toEqual([true, true, false, false]);
  });
});

describe('dossier arithmetic', () => {
  it('accepts figures that add up and fills in the totals', () => {
    expect(arithmeticProblems(written())).toEqual([]);
    expect(complete(written())).toMatchObject({ received: { total: 100 }, resolved: { total: 95 } });
  });
  it('names the written total that disagrees with its parts, and a report that does not balance', () => {
    const problems = arithmeticProblems(written({ received: { online: 80, direct: 18, postal: 2, total: 99 }, inProgress: 9 }));
    expect(problems.map((p) => p.path.join('.'))).toEqual(['received.total', 'inProgress']);
    expect(problems[0]!.message).toBe(
      'tổng tiếp nhận ghi 99 nhưng trực tuyến + trực tiếp + bưu chính = 80 + 18 + 2 = 100 — cần sửa cho khớp',
    );
    expect(problems[1]!.message).toContain(
      'kỳ trước chuyển sang + tiếp nhận = 5 + 100 = 105, nhưng đã giải quyết + đang giải quyết + trả lại = 95 + 9 + 2 = 106',
    );
    expect(arithmeticProblems(written({ resolved: { early: 70, onTime: 20, late: 5, total: 96 } })).map((p) => p.path.join('.'))).toEqual([
      'resolved.total',
    ]);
  });
  it('leaves a negative number to its own message', () => {
    expect(arithmeticProblems(written({ returned: -1 }))).toEqual([]);
  });
  it('sums rows and computes the rates the page shows', () => {
    const a = complete(written());
    const b = complete(
      written({
        carriedOver: 0,
        received: { online: 0, direct: 10, postal: 0 },
        resolved: { early: 0, onTime: 5, late: 5 },
        inProgress: 0,
        returned: 0,
      }),
    );
    const sum = sumFigures([a, b]);
    expect(sum).toMatchObject({
      carriedOver: 5,
      received: { online: 80, direct: 28, total: 110 },
      resolved: { late: 10, total: 105 },
      inProgress: 8,
      returned: 2,
    });
    expect(onTimeRate(sum)).toBeCloseTo(95 / 105);
    expect(onlineShare(sum)).toBeCloseTo(80 / 110);
    expect([percent(onlineShare(sum)), percent(1), percent(undefined)]).toEqual(['72,7 %', '100,0 %', '–']);
    expect(onTimeRate(sumFigures([]))).toBeUndefined();
  });
});

describe('charts', () => {
  it('picks tick steps people read', () => {
    expect([0.3, 565, 1000, 1001, 2262 / 4, 12].map(niceStep)).toEqual([0.5, 1000, 1000, 2000, 1000, 20]);
  });
  it('draws bars in proportion from the baseline, in groups, with round ticks', () => {
    const chart = barChart(
      ['T1', 'T2'],
      [
        [2000, 1000],
        [1500, 0],
      ],
      String,
    );
    expect(chart.ticks.map((t) => t.label)).toEqual(['0', '500', '1000', '1500', '2000']);
    expect(chart.ticks[0]!.y).toBe(CHART.height - CHART.bottom);
    expect(chart.ticks.at(-1)!.y).toBe(CHART.top);
    const [first, second] = chart.groups;
    expect(first!.bars.map((b) => b.height)).toEqual([
      CHART.height - CHART.bottom - CHART.top,
      (CHART.height - CHART.bottom - CHART.top) * 0.75,
    ]);
    expect(second!.bars[1]).toMatchObject({ height: 0, value: 0, series: 1 });
    expect(first!.bars[1]!.x).toBeGreaterThan(first!.bars[0]!.x);
    expect(second!.x).toBeGreaterThan(first!.x);
    for (const b of chart.groups.flatMap((g) => g.bars)) expect(b.y + b.height).toBeCloseTo(CHART.height - CHART.bottom, 5);
  });
  it('plots shares on an axis from a round value below the lowest to 100 %, breaking the line where a value is missing', () => {
    const chart = shareChart(['a', 'b', 'c', 'd'], [[0.978, undefined, 0.99, 0.992]], (v) => v.toFixed(3));
    expect(chart.ticks.map((t) => t.label)).toEqual(['0.975', '0.980', '0.985', '0.990', '0.995', '1.000']);
    const [line] = chart.series;
    expect(line!.points.map((p) => p.label)).toEqual(['a', 'c', 'd']);
    expect(line!.path.match(/[ML]/g)).toEqual(['M', 'M', 'L']);
    expect(line!.points[2]!.y).toBeLessThan(line!.points[0]!.y); // higher share, higher on the chart
    expect(shareChart(['a'], [[0.05]], String).ticks[0]!.label).toBe('0');
  });
});

describe('what the charts say in words, tables and open data', () => {
  const periods = [
    { period: period('2025-04'), total: complete(written()) },
    {
      period: period('2025-05'),
      total: complete(
        written({
          carriedOver: 8,
          received: { online: 150, direct: 40, postal: 0 },
          resolved: { early: 150, onTime: 30, late: 0 },
          inProgress: 18,
          returned: 0,
        }),
      ),
    },
  ];
  it('summarises the trend and the rates from the same figures', () => {
    expect(trendSummary(periods)).toBe(
      'Từ tháng 4/2025 đến tháng 5/2025, mỗi kỳ tiếp nhận từ 100 đến 190 hồ sơ. Tháng 5/2025: tiếp nhận 190, giải quyết 180 hồ sơ.',
    );
    expect(onTimeSummary(periods)).toBe(
      'Tỷ lệ đúng hạn tháng 5/2025: 100,0 %; cao nhất 100,0 % (tháng 5/2025), thấp nhất 94,7 % (tháng 4/2025).',
    );
    expect(trendSummary([])).toBe('Chưa có số liệu thống kê hồ sơ.');
    expect(extremes([3, undefined, 7, 7, 1], (v) => v)).toEqual({ high: 7, low: 1 });
  });
  it("tabulates periods and a period's rows with its totals", () => {
    expect(trendTable(periods).rows).toEqual([
      ['Tháng 4/2025', '100', '80', '18', '2', '95'],
      ['Tháng 5/2025', '190', '150', '40', '0', '180'],
    ]);
    const table = breakdownTable(
      [
        { level: 'xa', field: 'Hộ tịch', ...periods[0]!.total },
        { level: 'huyen', field: 'Chứng thực', ...periods[1]!.total },
      ],
      (l) => (l === 'xa' ? 'Cấp xã' : 'Cấp huyện'),
    );
    expect(table.rows.map((r) => r[0])).toEqual(['Hộ tịch (cấp xã)', 'Chứng thực (cấp huyện)']);
    expect(table.footer).toEqual(['Tổng cộng', '13', '290', '230', '275', '220', '50', '5', '26', '2']);
  });
  it('writes CSV that Excel opens and the importer reads back to the same figures', () => {
    const rows = [{ level: 'xa', field: 'Đăng ký, quản lý cư trú', ...periods[0]!.total }];
    const csv = toCsv([{ period: period('2025-04'), rows }]);
    expect(csv.startsWith('\uFEFFKỳ,Cấp,Lĩnh vực,')).toBe(true);
    expect(parseCsv(csv)[0]).toEqual([...CSV_COLUMNS]); // "Trả lại, rút hồ sơ" quoted: one column
    expect(csv).toContain('2025-04,xa,"Đăng ký, quản lý cư trú",5,80,18,2,100,70,20,5,95,8,2\r\n');
    const back = importStatistics(parseCsv(csv), [{ slug: 'dang-ky-quan-ly-cu-tru', name: 'Đăng ký, quản lý cư trú' }]);
    expect(back.rejected).toEqual([]);
    expect([...back.writes.keys()]).toEqual(['statistics/2025-04.yaml']);
    expect(back.writes.get('statistics/2025-04.yaml')).toContain('received: { online: 80, direct: 18, postal: 2, total: 100 }');
    expect(
      JSON.parse(toJson([{ period: period('2025-04'), note: 'Tết', rows }], { unit: 'UBND', source: 'https://x/thong-ke-ho-so/' })),
    ).toMatchObject({
      unit: 'UBND',
      periods: [{ period: '2025-04', kind: 'month', note: 'Tết', rows: [{ field: 'Đăng ký, quản lý cư trú', received: { total: 100 } }] }],
    });
    expect(CSV_COLUMNS).toHaveLength(14);
  });
});

describe('statistics import', () => {
  const fields = [
    { slug: 'ho-tich', name: 'Hộ tịch' },
    { slug: 'chung-thuc', name: 'Chứng thực' },
  ];
  it('reads periods as reports write them', () => {
    expect(
      [
        '2025-05',
        '05/2025',
        '5/2025',
        'Tháng 5/2025',
        'THÁNG 5 / 2025',
        'Quý II/2025',
        'Q2/2025',
        'quý 2/2025',
        '2025-q2',
        'tháng 13/2025',
        'năm 2025',
      ].map(periodSlugOf),
    ).toEqual(['2025-05', '2025-05', '2025-05', '2025-05', '2025-05', '2025-q2', '2025-q2', '2025-q2', '2025-q2', undefined, undefined]);
  });
  it("finds columns by name below a title, skips the total row, keeps an editor's note, and writes a period only when every row passes", () => {
    const header = [
      'STT',
      'Cấp giải quyết',
      'Lĩnh vực',
      'Tồn kỳ trước',
      'Trực tuyến',
      'Trực tiếp',
      'Bưu chính công ích',
      'Tổng số tiếp nhận',
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
      'Đang giải quyết',
      'Trả lại/rút',
    ];
    const rows = [
      ['BÁO CÁO THÁNG 5/2025'],
      header,
      [1, 'Cấp xã', 'Hộ tịch', 2, '1.200', 30, 0, 1230, 1000, 200, 2, 30, 0],
      [2, 'Cấp huyện', 'Chứng thực', 0, 10, 5, 0, 15, 10, 5, 0, 0, 0],
      ['', 'Tổng cộng', '', 2, 1210, 35, 0, 1245, 1010, 205, 2, 30, 0],
    ];
    const ok = importStatistics(rows, fields, '2025-05', (p) => (p === '2025-05' ? 'Có ghi chú' : undefined));
    expect(ok.rejected).toEqual([]);
    expect(ok.ignoredColumns).toEqual(['STT']);
    expect(ok.periods).toEqual(new Map([['2025-05', 2]]));
    const yaml = ok.writes.get('statistics/2025-05.yaml')!;
    expect(yaml).toContain('note: "Có ghi chú"');
    expect(yaml).toContain(
      '  - level: xa\n    field: "Hộ tịch"\n    carriedOver: 2\n    received: { online: 1200, direct: 30, postal: 0, total: 1230 }',
    );

    const bad = importStatistics(
      [header, [1, 'Cấp xã', 'Hộ tịch', 2, 1200, 30, 0, 1230, 1000, 200, 2, 20, 0], [2, 'Cấp xã', 'Thuế', 0, 1, 0, 0, 1, 1, 0, 0, 0, 0]],
      fields,
      '2025-06',
    );
    expect(bad.writes.size).toBe(0);
    expect(bad.skipped).toEqual(['2025-06']);
    expect(bad.rejected.map((r) => r.row)).toEqual([2, 3]);
    expect(bad.rejected[0]!.reason).toMatch(/^inProgress: số hồ sơ không khớp/);
    expect(bad.rejected[1]!.reason).toMatch(/^field: lĩnh vực "Thuế" không có trong content\/fields\.yaml/);
  });
  it('asks for the period when the file has no period column', () => {
    const result = importStatistics(
      [
        ['Cấp', 'Lĩnh vực', 'Trực tuyến'],
        ['xa', 'Hộ tịch', 1],
      ],
      fields,
    );
    expect(result.rejected[0]!.reason).toContain('npm run import:statistics -- bao-cao.xlsx 2025-05');
    expect(importStatistics([['Tên', 'Số']], fields).rejected[0]!.reason).toContain('không tìm thấy dòng tiêu đề');
  });
});
