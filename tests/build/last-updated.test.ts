/**
 * "Cập nhật lần cuối": content pages and the lists of dated entries say when their content last
 * changed, from the content's own dates — an article's update or date, a procedure's update or
 * publishing decision, a week's last day, a period's end, a list's newest entry — never from the
 * build's clock.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { t } from '../../src/i18n/vi.ts';
import { isoVietnam, vietnamDate } from '../../src/lib/dates.ts';
import { contentRoot } from '../support/content.ts';
import { fileOfUrlPath } from '../support/dist.ts';
import { pagesByTemplate } from '../support/templates.ts';

const distDir = inject('distDir');
const html = (path: string) => readFileSync(join(distDir, fileOfUrlPath(distDir, path)!), 'utf8');
const lastUpdated = (path: string) => new RegExp(`${t.pages.lastUpdated} <time datetime="([^"]+)"`).exec(html(path))?.[1];

/** Templates whose every page carries the line (their content is dated). */
const DATED = [
  'home',
  'news-list',
  'news-month',
  'category',
  'category-month',
  'article',
  'procedure',
  'procedure-checklist',
  'documents',
  'document',
  'questions',
  'question',
  'consultations',
  'consultation',
  'albums',
  'album',
  'photo',
  'videos',
  'video',
  'schedule-week',
  'statistics',
];

describe('last updated', () => {
  const groups = pagesByTemplate(distDir);

  it('is shown on every page of the dated templates', () => {
    const missing = DATED.flatMap((name) => (groups.get(name) ?? []).filter((path) => !lastUpdated(path)));
    expect(DATED.every((name) => (groups.get(name) ?? []).length > 0)).toBe(true);
    expect(missing).toEqual([]);
  });

  it("comes from the content's own dates, never the build's clock", () => {
    const article = 'huong-dan-dang-ky-khai-sinh-truc-tuyen-tren-cong-dich-vu-cong-quoc-gia';
    const front = parse(readFileSync(join(contentRoot, 'news/2025', `${article}.md`), 'utf8').split('---')[1]!) as { date: string };
    expect(lastUpdated(`/tin-tuc/${article}/`)).toBe(isoVietnam(new Date(`${front.date}T00:00:00+07:00`)));
    expect(lastUpdated('/thong-ke-ho-so/')).toBe('2025-05-31T00:00:00+07:00');
    const today = vietnamDate(new Date());
    const stamped = [...groups.values()].flat().filter((path) => lastUpdated(path)?.startsWith(today));
    expect(stamped).toEqual([]);
  });
});
