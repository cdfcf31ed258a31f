/**
 * Rebuilding after an edit (Astro's incremental build with src/data/cache-keys.ts): pages the edit
 * does not reach are restored from the last build, and every page that shows the edited thing is
 * rendered again — the article, its neighbours, its month; every page when a setting changes.
 * Uses a copy of the tiny fixture site with two more articles, in a category of their own.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/build/seed.ts';
import { runCli, tempSite } from '../support/cli.ts';

const build = (content: string, out: string) => runCli('src/cli/build.ts', content, [], { TRANGTIN_OUT: out, TRANGTIN_LOG_PAGES: '1' });
const restored = (output: string, path: string) =>
  new RegExp(`${path.replaceAll('/', '\\/')}index\\.html \\((restored|cached)\\)`).test(output);

describe('incremental build', () => {
  it('restores the pages an edit does not reach and renders again those that show it', () => {
    const { work, content, out } = tempSite('incremental', 'site');
    const bridge = join(content, 'news/2024/le-khanh-thanh-cau-dong-mau.md');
    const birth = join(content, 'news/2025/dang-ky-khai-sinh-truc-tuyen.md');
    // Two older articles in another category, sharing no tag with the others: not related to them.
    for (const [slug, date] of [
      ['hoi-nghi-xuc-tien', '2023-04-01'],
      ['hoi-nghi-tong-ket', '2022-12-01'],
    ] as const) {
      const text = readFileSync(bridge, 'utf8')
        .replace(/^title: .*$/m, `title: "Hội nghị ${slug}"`)
        .replace(/^date: .*$/m, `date: ${date}`)
        .replace('category: kinh-te', 'category: chinh-tri')
        .replace(/^tags: .*$/m, 'tags: ["hội nghị"]');
      writeFileSync(join(content, `news/2024/${slug}.md`), text);
    }
    const first = build(content, out);
    expect(first.status, first.output).toBe(0);

    writeFileSync(
      birth,
      readFileSync(birth, 'utf8').replace(
        'title: "Đăng ký khai sinh trực tuyến toàn trình"',
        'title: "Khai sinh trực tuyến: tiêu đề đã sửa"',
      ),
    );
    const second = build(content, out);
    expect(second.status, second.output).toBe(0);
    expect(readFileSync(join(out, 'tin-tuc/dang-ky-khai-sinh-truc-tuyen/index.html'), 'utf8')).toContain(
      'Khai sinh trực tuyến: tiêu đề đã sửa',
    );
    // The bridge article links to it as the next newer one: rendered again, with the new title.
    expect(restored(second.output, '/tin-tuc/le-khanh-thanh-cau-dong-mau/')).toBe(false);
    expect(readFileSync(join(out, 'tin-tuc/le-khanh-thanh-cau-dong-mau/index.html'), 'utf8')).toContain(
      'Khai sinh trực tuyến: tiêu đề đã sửa',
    );
    // Its month's page lists the new title; another month's page did not change.
    expect(restored(second.output, '/tin-tuc/thang/2025-03/')).toBe(false);
    expect(readFileSync(join(out, 'tin-tuc/thang/2025-03/index.html'), 'utf8')).toContain('Khai sinh trực tuyến: tiêu đề đã sửa');
    expect(restored(second.output, '/tin-tuc/thang/2022-12/')).toBe(true);
    expect(restored(second.output, '/tin-tuc/chuyen-muc/chinh-tri/thang/2022-12/')).toBe(true);
    // The oldest article neither neighbours nor relates to it; procedures and documents did not
    // change, nor did their lists.
    expect(restored(second.output, '/tin-tuc/hoi-nghi-tong-ket/')).toBe(true);
    expect(restored(second.output, '/thu-tuc-hanh-chinh/1.001193/')).toBe(true);
    expect(restored(second.output, '/thu-tuc-hanh-chinh/linh-vuc/ho-tich/')).toBe(true);
    expect(restored(second.output, '/van-ban/12-qd-ubnd-khai-sinh-truc-tuyen/')).toBe(true);
    expect(restored(second.output, '/van-ban/')).toBe(true);

    // The second build started from the published site, copied (src/lib/build/seed.ts).
    expect(second.output).toMatch(/bắt đầu từ bản đang phát hành: chép \d+ tệp/);
    expect(second.output).toMatch(/\(cached\)/);

    // A setting shown on every page (the unit's name): nothing is restored. An article deleted
    // at the same time: its page leaves the site, though the build started from the site before.
    const site = join(content, 'site.yaml');
    writeFileSync(
      site,
      readFileSync(site, 'utf8').replace('name: "Ủy ban nhân dân huyện Sông Mẫu"', 'name: "Ủy ban nhân dân huyện Sông Mẫu Mới"'),
    );
    rmSync(join(content, 'news/2024/hoi-nghi-xuc-tien.md'));
    const third = build(content, out);
    expect(third.status, third.output).toBe(0);
    expect(third.output).not.toMatch(/\((restored|cached)\)/);
    // Its page and its month's (the only article of April 2023), in the news and in its category.
    expect(third.output).toContain(
      'xóa 3 tệp không còn trong bản mới (tin-tuc/chuyen-muc/chinh-tri/thang/2023-04/index.html, tin-tuc/hoi-nghi-xuc-tien/index.html, tin-tuc/thang/2023-04/index.html)',
    );
    expect(readFileSync(join(out, 'tin-tuc/hoi-nghi-tong-ket/index.html'), 'utf8')).toContain('Sông Mẫu Mới');
    expect(existsSync(join(out, 'tin-tuc/hoi-nghi-xuc-tien'))).toBe(false);

    // Whatever the seed brought, the site is the one a first build of the same content makes.
    const cold = join(work, 'cold');
    const fresh = runCli('src/cli/build.ts', content, [], { TRANGTIN_OUT: cold, TRANGTIN_CACHE: join(work, 'cold-cache') });
    expect(fresh.status, fresh.output).toBe(0);
    const files = (dir: string) => [...listFiles(dir)].map(([path, { size }]) => `${path} ${size}`).sort();
    expect(files(out)).toEqual(files(cold));
  });
});
