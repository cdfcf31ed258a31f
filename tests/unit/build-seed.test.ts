/**
 * Starting a rebuild from the published site (src/lib/build/seed.ts): the seed equals the published
 * site, is used only while Astro's manifest is the one stamped at publication, and whatever the seed
 * brought that the new build neither wrote nor kept is deleted after Astro ran.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../support/temp-dir.ts';
import { canSeed, listFiles, mirror, pruneSeed, seedFrom, stampPublished } from '../../src/lib/build/seed.ts';

const write = (root: string, files: Record<string, string>, time?: number) => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    if (time) utimesSync(join(root, path), time, time);
  }
};
const texts = (root: string) => Object.fromEntries([...listFiles(root).keys()].sort().map((p) => [p, readFileSync(join(root, p), 'utf8')]));
const manifest = (outputs: string[]) =>
  JSON.stringify({ routes: { 'src/pages/a.astro': { paths: Object.fromEntries(outputs.map((o) => [`/${o}`, { outputFile: o }])) } } });

describe('seeding a rebuild with the published site', () => {
  it('mirrors the published site onto an older one: copies what differs, deletes what it lacks, leaves the index folder', async () => {
    const dir = tempDir('seed');
    const [site, older] = [join(dir, 'site'), join(dir, 'older')];
    write(site, { 'a/index.html': 'A', 'b/index.html': 'B mới', 'pagefind/x.pf_meta': 'mới' }, 1_700_000_000);
    write(older, { 'a/index.html': 'A', 'b/index.html': 'B cũ', 'c/index.html': 'C', 'pagefind/x.pf_meta': 'cũ' }, 1_600_000_000);
    write(older, { 'a/index.html': 'A' }, 1_700_000_000);
    expect(await mirror(site, older, ['pagefind'])).toEqual({ copied: 1, deleted: 1 });
    expect(texts(older)).toEqual({ 'a/index.html': 'A', 'b/index.html': 'B mới', 'pagefind/x.pf_meta': 'cũ' });
    expect(existsSync(join(older, 'c'))).toBe(false);
    // Times are kept, so the next mirror copies nothing.
    expect(await mirror(site, older, ['pagefind'])).toEqual({ copied: 0, deleted: 0 });
  });

  it('fails when a file cannot be copied, naming it', async () => {
    const dir = tempDir('seed');
    const [site, older] = [join(dir, 'site'), join(dir, 'older')];
    write(site, Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`p${i}/index.html`, String(i)])));
    // A folder where the site has a file: that copy fails.
    mkdirSync(join(older, 'p7', 'index.html'), { recursive: true });
    await expect(mirror(site, older)).rejects.toThrow(/p7\/index\.html/);
  });

  it('seeds only while Astro’s manifest is the one stamped when the site was published', () => {
    const dir = tempDir('seed');
    const [cache, site] = [join(dir, 'cache'), join(dir, 'dist')];
    write(site, { 'index.html': 'x' });
    expect(canSeed(cache, site)).toBe(false); // never stamped
    write(cache, { 'incremental-build.json': manifest(['index.html']) });
    stampPublished(cache, site);
    expect(canSeed(cache, site)).toBe(true);
    expect(canSeed(cache, join(dir, 'other'))).toBe(false);
    // A build that failed after Astro ran left a newer manifest: its pages were never published.
    write(cache, { 'incremental-build.json': manifest(['index.html', 'b/index.html']) });
    expect(canSeed(cache, site)).toBe(false);
  });

  it('deletes after Astro what the seed brought and the build neither wrote nor kept', async () => {
    const dir = tempDir('seed');
    const [cache, site, next] = [join(dir, 'cache'), join(dir, 'dist'), join(dir, 'next')];
    write(
      site,
      {
        'kept/index.html': 'giữ',
        'removed/index.html': 'bài đã xóa',
        'van-ban/tep/old.pdf': 'tệp đã gỡ',
        'feed.xml': 'cũ',
        'pagefind/x': 'chỉ mục',
      },
      1_700_000_000,
    );
    const { since, copied } = await seedFrom(site, next, ['pagefind']);
    // Without a spare, everything is copied, the search index too.
    expect(copied).toBe(5);
    expect(readFileSync(join(next, 'pagefind/x'), 'utf8')).toBe('chỉ mục');
    // Astro keeps one page in place, writes the feed again; its manifest lists the pages it keeps.
    write(next, { 'feed.xml': 'mới', 'new/index.html': 'bài mới' });
    write(cache, { 'incremental-build.json': manifest(['kept/index.html', 'new/index.html']) });
    write(next, { 'pagefind/x': 'chỉ mục' }, 1_700_000_000);
    expect(pruneSeed(next, since, cache, ['pagefind']).sort()).toEqual(['removed/index.html', 'van-ban/tep/old.pdf']);
    expect(texts(next)).toEqual({ 'feed.xml': 'mới', 'kept/index.html': 'giữ', 'new/index.html': 'bài mới', 'pagefind/x': 'chỉ mục' });
    expect(existsSync(join(next, 'van-ban'))).toBe(false);
  });

  it('moves an older site in when there is one', async () => {
    const dir = tempDir('seed');
    const [site, spare, next] = [join(dir, 'dist'), join(dir, 'old'), join(dir, 'next')];
    write(site, { 'index.html': 'mới' }, 1_700_000_000);
    write(spare, { 'index.html': 'cũ', 'pagefind/x': 'chỉ mục cũ' }, 1_600_000_000);
    expect(await seedFrom(site, next, ['pagefind'], spare)).toMatchObject({ copied: 1, deleted: 0 });
    expect(existsSync(spare)).toBe(false);
    expect(texts(next)).toEqual({ 'index.html': 'mới', 'pagefind/x': 'chỉ mục cũ' });
  });
});
