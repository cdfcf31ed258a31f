/**
 * The leaders' working schedule, built from the fixture site on a fixed day (TEST_NOW, Sunday
 * 01/06/2025 in Vietnam): this week's page with today marked and the weeks around it, the home
 * page's coming days, and the iCalendar feed read back.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempSite } from '../support/cli.ts';
import { parseCalendar } from '../support/ical.ts';

const entry = (time: string, title: string, status = '') =>
  `      - time: "${time}"\n        leaders: [chu-tich]\n        title: "${title}"\n        place: "Phòng họp số 1"\n${status ? `        status: ${status}\n` : ''}`;
let out: string;
const read = (path: string) => readFileSync(join(out, path), 'utf8');

beforeAll(() => {
  const site = tempSite('schedule', 'site');
  out = site.out;
  writeFileSync(join(site.content, 'leaders.yaml'), '- slug: chu-tich\n  name: "Trương Minh Khoa"\n  position: "Chủ tịch UBND huyện"\n');
  mkdirSync(join(site.content, 'schedule'));
  writeFileSync(
    join(site.content, 'schedule/2025-tuan-22.yaml'),
    `days:\n  - date: 2025-05-30\n    entries:\n${entry('07:30', 'Họp giao ban cuối tháng')}  - date: 2025-06-01\n    entries:\n${entry('08:00', 'Dự lễ hưởng ứng Tháng hành động vì trẻ em')}`,
  );
  writeFileSync(
    join(site.content, 'schedule/2025-tuan-23.yaml'),
    `days:\n  - date: 2025-06-02\n    entries:\n${entry('14:00', 'Họp Hội đồng bồi thường, hỗ trợ', 'Hoãn')}${entry('07:30', 'Giao ban đầu tuần')}`,
  );
  const { status, output } = runCli('src/cli/build.ts', site.content, [], { TRANGTIN_OUT: out });
  expect(status, output).toBe(0);
});

describe("leaders' working schedule", () => {
  it('shows this week with today marked, and links the next week and every week', () => {
    const page = read('lich-cong-tac/index.html');
    expect(page).toContain('Tuần 22 năm 2025, từ ngày 26/05/2025 đến ngày 01/06/2025');
    expect(page).toMatch(/<section class="tt-day tt-day--today"[^>]*aria-labelledby="ngay-2025-06-01"/);
    expect(page).toMatch(/aria-current="date"[^>]*>Hôm nay</);
    expect(page).not.toMatch(/tt-day--today[^>]*ngay-2025-05-30/);
    expect(page).toContain('href="/lich-cong-tac/2025-tuan-23/" rel="next"');
    expect(page).toContain('href="/lich-cong-tac/lich.ics"');
    // Every week is listed here, and only here: a week page does not grow with the years.
    expect(page).toMatch(/id="schedule-archive"[\s\S]*2025-tuan-23[\s\S]*2025-tuan-22/);
  });
  it('keeps each week as a page, entries by time, a postponement tagged', () => {
    const page = read('lich-cong-tac/2025-tuan-23/index.html');
    expect(page.indexOf('Giao ban đầu tuần')).toBeLessThan(page.indexOf('Họp Hội đồng bồi thường'));
    expect(page).toMatch(/<span class="tt-tag"[^>]*>Hoãn<\/span> Họp Hội đồng bồi thường/);
    expect(page).toContain('href="/lich-cong-tac/2025-tuan-22/" rel="prev"');
    expect(page).not.toContain('id="schedule-archive"');
    expect(page).toContain('href="/lich-cong-tac/#schedule-archive"');
  });
  it("lists today's and the coming days' entries on the home page", () => {
    const home = read('index.html');
    expect(home).toContain('Dự lễ hưởng ứng Tháng hành động vì trẻ em');
    expect(home).toContain('Giao ban đầu tuần');
    expect(home).not.toContain('Họp giao ban cuối tháng'); // 30/05 is past
  });
  it('publishes the schedule as an iCalendar feed that reads back, in Vietnam time', () => {
    const cal = parseCalendar(read('lich-cong-tac/lich.ics'));
    const events = cal.children.filter((c) => c.name === 'VEVENT');
    expect(events.map((e) => [e.props['DTSTART;TZID=Asia/Ho_Chi_Minh'], e.props.STATUS])).toEqual([
      ['20250530T073000', 'CONFIRMED'],
      ['20250601T080000', 'CONFIRMED'],
      ['20250602T073000', 'CONFIRMED'],
      ['20250602T140000', 'CANCELLED'],
    ]);
    expect(new Set(events.map((e) => e.props.UID)).size).toBe(4);
  });
});
