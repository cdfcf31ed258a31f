/**
 * Sections the law wants kept current: a warning names the section, how old its newest content
 * is and what to add, once it is older than the unit's limit; never before.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FRESHNESS, staleSections } from '../../src/lib/content/freshness.ts';
import { checkSite } from '../../src/lib/check/index.ts';

const limits = DEFAULT_FRESHNESS;

describe('freshness of the sections kept current', () => {
  it('says nothing while each section is within its limit', () => {
    const latest = {
      schedule: '2025-06-22',
      statistics: { end: '2025-05-31', label: 'Tháng 5/2025' },
      contacts: { file: 'content/pages/lien-he.md', updated: new Date('2025-01-10') },
    };
    expect(staleSections(latest, limits, '2025-06-20')).toEqual([]);
    expect(staleSections(latest, limits, '2025-07-06')).toEqual([]);
  });

  it('warns with the age and what to add once a section is older than its limit', () => {
    const latest = { schedule: '2025-06-22', statistics: { end: '2025-03-31', label: 'Quý I/2025' } };
    expect(staleSections(latest, limits, '2025-07-07').map((w) => `${w.file}: ${w.message}`)).toEqual([
      'content/schedule/: lịch công tác mới nhất kết thúc ngày 22/06/2025, đã 15 ngày — cần thêm lịch của tuần này (hạn 14 ngày, đặt ở freshness.schedule trong site.yaml)',
      'content/statistics/: số liệu hồ sơ mới nhất là Quý I/2025, kết thúc 98 ngày trước — cần thêm số liệu kỳ mới (hạn 62 ngày, đặt ở freshness.statistics trong site.yaml)',
    ]);
  });

  it('asks the contacts page for the date its directory was last checked, and for a new check once it is old', () => {
    const file = 'content/pages/lien-he.md';
    expect(staleSections({ contacts: { file } }, limits, '2025-07-07')).toEqual([
      {
        file,
        field: 'updated',
        message: 'trang liên hệ chưa ghi ngày cập nhật — cần ghi updated: NĂM-THÁNG-NGÀY là ngày kiểm tra lại danh bạ gần nhất',
      },
    ]);
    expect(staleSections({ contacts: { file, updated: new Date('2024-01-02T00:00:00+07:00') } }, limits, '2025-07-07')[0]?.message).toMatch(
      /^danh bạ liên hệ cập nhật lần cuối ngày 02\/01\/2024, đã 552 ngày/,
    );
  });

  it('reads the sections from the content files, with the default limits when site.yaml sets none; warnings are not problems', () => {
    const files: Record<string, string> = {
      'schedule/2025-tuan-20.yaml': 'days: []\n',
      'statistics/2025-03.yaml': 'rows: []\n',
    };
    const corpus = {
      files: Object.keys(files),
      publicFiles: [],
      read: (p: string) => new TextEncoder().encode(files[p]!),
      now: new Date('2025-06-20T08:00:00+07:00'),
      preview: false,
    };
    const { warnings, problems } = checkSite(corpus);
    expect(warnings.map((w) => w.file)).toEqual(['content/schedule/', 'content/statistics/']);
    expect(problems.some((p) => p.file.startsWith('content/schedule/') && p.field === '')).toBe(false);
  });
});
