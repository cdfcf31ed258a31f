import { describe, expect, it } from 'vitest';
import { countingPages, PROGRESS_EVERY } from '../../src/integrations/build-log.ts';

type Message = Parameters<Parameters<typeof countingPages>[0]['write']>[0];

function destination(listPages = false) {
  const written: Message[] = [];
  return { log: countingPages({ write: (m: Message) => void written.push(m) }, listPages), written };
}

/** One page as Astro logs it: its path, then its render time or that it was reused. */
const page = (path: string, end: string, colour = false): Message[] => [
  { label: null, level: 'info', message: colour ? `  \x1b[34m├─\x1b[39m \x1b[2m${path}\x1b[22m` : `  ├─ ${path}`, newLine: false },
  { label: 'SKIP_FORMAT', level: 'info', message: colour ? ` \x1b[2m${end}\x1b[22m ` : ` ${end} `, newLine: true },
];

describe('the build log destination', () => {
  it('counts pages instead of listing them, and says how many were rendered and kept when the routes end', () => {
    const { log, written } = destination();
    const events = [
      { label: 'SKIP_FORMAT', level: 'info', message: '\n generating static routes ', newLine: true },
      ...page('/tin-tuc/a/index.html', '(+12ms)'),
      ...page('/tin-tuc/b/index.html', '(+1.20s)', true),
      ...page('/thu-tuc/c/index.html', '(cached)'),
      ...page('/thu-tuc/d/index.html', '(restored)', true),
      { label: null, level: 'info', message: '\x1b[32m✓ Completed in 2.10s.\n\x1b[39m', newLine: true },
    ] satisfies Message[];
    for (const e of events) log.write(e);
    expect(written.map((m) => m.message)).toEqual([
      '\n generating static routes ',
      '4 tệp (trang, RSS, sitemap…): 2 dựng mới, 2 không đổi, giữ từ lần dựng trước',
      '\x1b[32m✓ Completed in 2.10s.\n\x1b[39m',
    ]);
  });

  it('says how far it is every few thousand pages, in Vietnamese number format', () => {
    const { log, written } = destination();
    for (let i = 0; i < PROGRESS_EVERY * 2 + 1; i++) for (const e of page(`/p${i}/index.html`, '(+3ms)')) log.write(e);
    expect(written.map((m) => m.message)).toEqual([
      `${PROGRESS_EVERY.toLocaleString('vi-VN')} tệp…`,
      `${(PROGRESS_EVERY * 2).toLocaleString('vi-VN')} tệp…`,
    ]);
    expect(written[1]!.message).toBe('4.000 tệp…');
  });

  it('passes every other line on unchanged, warnings and a later phase’s end included', () => {
    const { log, written } = destination();
    const others: Message[] = [
      { label: 'build', level: 'warn', message: 'Unable to generate optimized image', newLine: true },
      { label: null, level: 'info', message: '✓ Completed in 1.00s.', newLine: true },
      { label: 'content', level: 'info', message: 'Synced content', newLine: true },
    ];
    for (const e of others) log.write(e);
    expect(written).toEqual(others);
  });

  it('leaves out the English warnings of a unit’s empty sections, which are normal (a commune without videos yet)', () => {
    const { log, written } = destination();
    log.write({
      label: 'glob-loader',
      level: 'warn',
      message: 'No files found matching "xa-hoa-phu/videos/[^_]*.{yaml,yml}" in directory "content"',
      newLine: true,
    });
    log.write({
      label: 'content',
      level: 'warn',
      message: 'The collection "videos" does not exist or is empty. Please check your content config file for errors.',
      newLine: true,
    });
    const kept: Message = { label: 'content', level: 'warn', message: 'Duplicate id "a" found in content/news/a.md', newLine: true };
    log.write(kept);
    expect(written).toEqual([kept]);
  });

  it('lists each page on a line of its own with what became of it, for the benchmark', () => {
    const { log, written } = destination(true);
    // Two pages rendered at once: the second's path comes before the first's time.
    const [aStart, aEnd] = page('/a/index.html', '(+5ms)', true);
    const [bStart, bEnd] = page('/b/index.html', '(+4ms)');
    for (const e of [aStart!, bStart!, ...page('/c/index.html', '(restored)', true), aEnd!, bEnd!, ...page('/d/index.html', '(cached)')])
      log.write(e);
    expect(written.map((m) => m.message)).toEqual([
      '├─ /a/index.html',
      '├─ /b/index.html',
      '├─ /c/index.html (restored)',
      '├─ /d/index.html (cached)',
    ]);
  });
});
