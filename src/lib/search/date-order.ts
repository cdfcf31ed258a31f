/**
 * Newest first over an index in parts (src/lib/search/parts.ts). Pagefind sorts each part on its
 * own and scores a result by its rank among that part's pages in date order (pagefind_web's
 * lib.rs), so parts merged into one search interleave by rank, not by date: a 2020 article of a
 * large archive part would come before this year's news. Each part therefore ships the dates of
 * its pages in Pagefind's order, as runs of equal dates (at most one run a day); the search page
 * reads a result's date from its part's runs and its rank, and merges.
 */

/** File in each part's folder with its date runs. */
export const DATE_RUNS_FILE = 'trangtin-dates.json';

/** Filter that tells merged parts apart in one search (Pagefind's mergeFilter). */
export const PART_FILTER = 'part';

/** Dates in ascending order, each with how many pages in a row have it. */
export type DateRuns = [date: string, count: number][];

/** Runs of a part's page dates, in the order Pagefind ranks them (ascending, by code units as Rust compares strings). */
export function dateRuns(dates: readonly string[]): DateRuns {
  const runs: DateRuns = [];
  for (const date of [...dates].sort()) {
    const last = runs.at(-1);
    if (last?.[0] === date) last[1]++;
    else runs.push([date, 1]);
  }
  return runs;
}

/** Reads the date of the page at a rank (0 = oldest) of a part, undefined past its end. */
export function dateOfRank(runs: DateRuns): (rank: number) => string | undefined {
  const ends: number[] = [];
  let seen = 0;
  for (const [, count] of runs) ends.push((seen += count));
  return (rank) => {
    // The first run that ends after `rank`, by halving: an archive part has thousands of runs.
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (ends[mid]! > rank) high = mid;
      else low = mid + 1;
    }
    return runs[low]?.[0];
  };
}

/**
 * One list, newest first, from each part's results as Pagefind sorted them newest first (their
 * score is their rank in that part). Equal dates keep the parts' order, then each part's.
 */
export function newestFirst<T extends { score: number }>(parts: readonly { runs: DateRuns; results: readonly T[] }[]): T[] {
  const dated = parts.flatMap(({ runs, results }) => {
    const dateOf = dateOfRank(runs);
    return results.map((result) => ({ result, date: dateOf(result.score) ?? '' }));
  });
  // Array.prototype.sort is stable: ties stay in the order the parts listed them.
  return dated.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).map((d) => d.result);
}
