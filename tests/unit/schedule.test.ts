import { describe, expect, it } from 'vitest';
import { daysOf, isoWeekOf, parseWeekSlug, shiftWeek, weekSlug, weeksInYear } from '../../src/lib/schedule/weeks.ts';
import { vietnamDate } from '../../src/lib/dates.ts';

describe('ISO weeks in Vietnam time', () => {
  it("put the days around a year end in the week of that year's first Thursday", () => {
    expect(isoWeekOf('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf('2025-01-05')).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf('2021-01-03')).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf('2026-12-31')).toEqual({ year: 2026, week: 53 });
    expect([weeksInYear(2020), weeksInYear(2025), weeksInYear(2026)]).toEqual([53, 52, 53]);
  });
  it("list a week's days from Monday to Sunday, across a year end too", () => {
    expect(daysOf({ year: 2025, week: 1 })).toEqual([
      '2024-12-30',
      '2024-12-31',
      '2025-01-01',
      '2025-01-02',
      '2025-01-03',
      '2025-01-04',
      '2025-01-05',
    ]);
    expect(daysOf({ year: 2025, week: 23 })[0]).toBe('2025-06-02');
  });
  it('step to the next and previous week over a year end', () => {
    expect(shiftWeek({ year: 2020, week: 53 }, 1)).toEqual({ year: 2021, week: 1 });
    expect(shiftWeek({ year: 2025, week: 1 }, -1)).toEqual({ year: 2024, week: 52 });
  });
  it('take "today" as the Vietnam date, whatever the machine\'s time zone', () => {
    expect(vietnamDate(new Date('2025-06-01T17:30:00Z'))).toBe('2025-06-02'); // 00:30 on Monday in Hà Nội
    expect(vietnamDate(new Date('2025-06-01T16:59:59Z'))).toBe('2025-06-01');
  });
  it('name weeks "<năm>-tuan-<số>" and refuse names that are not a week', () => {
    expect(weekSlug({ year: 2025, week: 1 })).toBe('2025-tuan-01');
    expect(parseWeekSlug('2020-tuan-53')).toEqual({ year: 2020, week: 53 });
    for (const bad of ['2025-tuan-53', '2025-tuan-00', '2025-tuan-1', '2025-w01', 'tuan-01'])
      expect(parseWeekSlug(bad), bad).toBeUndefined();
  });
});

import { calendar, escapeText, foldLine } from '../../src/lib/schedule/ical.ts';
import { parseCalendar } from '../support/ical.ts';

describe('the schedule as iCalendar', () => {
  it('escapes text and folds long lines at 75 octets, counting Vietnamese letters by their bytes', () => {
    expect(escapeText('Họp; giao ban, tuần\nđầu')).toBe('Họp\\; giao ban\\, tuần\\nđầu');
    const folded = foldLine(`SUMMARY:${'Kiểm tra công tác phòng, chống thiên tai '.repeat(3)}`);
    expect(folded.length).toBeGreaterThan(1);
    expect(folded.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
  });
  it('writes a calendar that parses back: Vietnam time zone, one event per entry, postponed ones cancelled', () => {
    const text = calendar(
      'Lịch công tác UBND huyện Sông Mẫu',
      [
        {
          uid: '2025-06-09-1@songmau.example.gov.vn',
          date: '2025-06-09',
          time: '07:30',
          summary: 'Giao ban lãnh đạo UBND huyện, đầu tuần',
          location: 'Phòng họp số 1',
          description: 'Chủ tịch Trương Minh Khoa',
        },
        {
          uid: '2025-06-10-1@songmau.example.gov.vn',
          date: '2025-06-10',
          time: '14:00',
          summary: 'Họp Hội đồng bồi thường',
          cancelled: true,
        },
      ],
      new Date('2025-06-08T03:00:00Z'),
    );
    const cal = parseCalendar(text);
    expect(cal.name).toBe('VCALENDAR');
    expect(cal.props).toMatchObject({ VERSION: '2.0', 'X-WR-TIMEZONE': 'Asia/Ho_Chi_Minh' });
    expect(cal.children.find((c) => c.name === 'VTIMEZONE')?.props.TZID).toBe('Asia/Ho_Chi_Minh');
    const events = cal.children.filter((c) => c.name === 'VEVENT');
    expect(events.map((e) => [e.props['DTSTART;TZID=Asia/Ho_Chi_Minh'], e.props.STATUS, e.props.DTSTAMP])).toEqual([
      ['20250609T073000', 'CONFIRMED', '20250608T030000Z'],
      ['20250610T140000', 'CANCELLED', '20250608T030000Z'],
    ]);
    expect(events[0]!.props.SUMMARY).toBe('Giao ban lãnh đạo UBND huyện\\, đầu tuần');
  });
});
