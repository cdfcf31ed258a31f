import { describe, expect, it } from 'vitest';
import { dateOfRank, dateRuns, newestFirst } from '../../src/lib/search/date-order.ts';

describe('newest first over an index in parts', () => {
  it('keeps a part’s dates as runs in ascending order', () => {
    expect(dateRuns(['2024-05-01', '0000-00-00', '2024-05-01', '2019-12-31'])).toEqual([
      ['0000-00-00', 1],
      ['2019-12-31', 1],
      ['2024-05-01', 2],
    ]);
  });

  it('reads the date at each rank, oldest first, and nothing past the end', () => {
    const dateOf = dateOfRank(dateRuns(['2020-01-01', '2020-01-01', '2021-06-30', '2022-02-02']));
    expect([0, 1, 2, 3, 4].map(dateOf)).toEqual(['2020-01-01', '2020-01-01', '2021-06-30', '2022-02-02', undefined]);
  });

  it('merges parts by date, where Pagefind would merge them by rank', () => {
    // The main part: 2024 news and a 2016 document; the archive part: four 2019–2020 articles.
    const main = dateRuns(['2016-03-01', '2024-01-10', '2024-02-20']);
    const archive = dateRuns(['2019-01-01', '2019-05-05', '2020-07-07', '2020-12-12']);
    // Pagefind's scores are ranks within each part; merged by score, the archive's 2020 articles
    // (ranks 3 and 2) would come before this part's 2024 ones (ranks 2 and 1).
    const mainResults = [
      { id: 'tin-2024-02', score: 2 },
      { id: 'tin-2024-01', score: 1 },
      { id: 'van-ban-2016', score: 0 },
    ];
    const archiveResults = [
      { id: 'tin-2020-12', score: 3 },
      { id: 'tin-2020-07', score: 2 },
      { id: 'tin-2019-01', score: 0 },
    ];
    const merged = newestFirst([
      { runs: main, results: mainResults },
      { runs: archive, results: archiveResults },
    ]);
    expect(merged.map((r) => r.id)).toEqual(['tin-2024-02', 'tin-2024-01', 'tin-2020-12', 'tin-2020-07', 'tin-2019-01', 'van-ban-2016']);
  });

  it('keeps the parts’ order for equal dates', () => {
    const runs = dateRuns(['2024-01-01']);
    const merged = newestFirst([
      { runs, results: [{ id: 'a', score: 0 }] },
      { runs, results: [{ id: 'b', score: 0 }] },
    ]);
    expect(merged.map((r) => r.id)).toEqual(['a', 'b']);
  });
});
