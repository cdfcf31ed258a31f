import { describe, expect, it } from 'vitest';
import { astroLogTidier, tidyAstroLine } from '../../src/lib/build/astro-log.ts';

// As Astro writes them with build.concurrency above 1: pages started together share a line, and a
// render time follows whichever page finished first.
const plain = '14:33:30   ├─ /404.html14:33:30   ├─ /album/index.html14:33:30   ├─ /en/index.html (+52ms) ';
const c = (code: number, text: string, off = 22) => `\x1b[${code}m${text}\x1b[${off}m`;
const coloured = `${c(2, '14:37:41')}   ${c(34, '├─', 39)} ${c(2, '/404.html')}${c(2, '14:37:41')}   ${c(34, '├─', 39)} ${c(2, '/tin-tuc/index.html')} ${c(2, '(+4ms)')} `;

describe("Astro's build log, one page a line", () => {
  it('puts each page of a shared line on its own line, without render times', () => {
    expect(tidyAstroLine(plain)).toEqual(['14:33:30   ├─ /404.html', '14:33:30   ├─ /album/index.html', '14:33:30   ├─ /en/index.html']);
    expect(tidyAstroLine(coloured)).toEqual([`${c(2, '14:37:41')}   ${c(34, '├─', 39)} ${c(2, '/404.html')}`, `${c(2, '14:37:41')}   ${c(34, '├─', 39)} ${c(2, '/tin-tuc/index.html')}`]);
  });
  it('keeps "(cached)" and "(restored)", which Astro writes with their page', () => {
    expect(tidyAstroLine('14:33:30   ├─ /a/index.html (cached)14:33:30   ├─ /b/index.html (+3.10s)')).toEqual(['14:33:30   ├─ /a/index.html (cached)', '14:33:30   ├─ /b/index.html']);
  });
  it('drops a line that holds only a render time, and leaves every other line alone', () => {
    expect(tidyAstroLine(` ${c(2, '(+12ms)')} `)).toEqual([]);
    expect(tidyAstroLine('14:27:45   ▶ /_astro/a.webp (before: 36kB, after: 15kB) (+71ms) (78/101)')).toEqual(['14:27:45   ▶ /_astro/a.webp (before: 36kB, after: 15kB) (+71ms) (78/101)']);
    expect(tidyAstroLine('14:27:47 [build] 17927 page(s) built in 1m 5s')).toEqual(['14:27:47 [build] 17927 page(s) built in 1m 5s']);
  });
  it('works on the log as it streams, whatever the chunks', () => {
    const tidier = astroLogTidier();
    const log = `start\n${plain}\n (+9ms) \nend`;
    const out = [...log].map((ch) => tidier.write(ch)).join('') + tidier.end();
    expect(out).toBe('start\n14:33:30   ├─ /404.html\n14:33:30   ├─ /album/index.html\n14:33:30   ├─ /en/index.html\nend\n');
  });
});
