/**
 * Astro's build log, one page a line. Astro renders several pages at once (astro.config.mjs,
 * build.concurrency) and logs each page in two pieces — "├─ /path" when it starts, its render time
 * when it is written — so the pieces of pages rendered together end up on one line, and a time
 * beside another page's path. `tidyAstroLog` puts each page on a line of its own and drops the
 * render times, which no longer say which page they timed; "(cached)" and "(restored)" stay, as
 * Astro writes them together with their path.
 */

/** Terminal colour codes: Astro colours its log when the terminal (or CI) shows colours. */
const COLOUR = '(?:\\x1b\\[[\\d;]*m)*';
/**
 * Where a page's entry starts: its time of day (dim, "\x1b[2m…\x1b[22m", when coloured), then "├─".
 * Not just after the dim code: that would split the code from its time.
 */
const ENTRY_START = new RegExp(`(?<!\\x1b\\[2m)(?=(?:\\x1b\\[2m)?\\d{2}:\\d{2}:\\d{2}${COLOUR}\\s+${COLOUR}├─)`);
/** A page's render time, " (+12ms)" or " (+1.20s)", with its colours. */
const RENDER_TIME = new RegExp(`\\s*${COLOUR}\\(\\+[\\d.]+m?s\\)${COLOUR}`, 'g');
/** A line holding nothing but a render time: its page's path went out on an earlier line. */
const ONLY_RENDER_TIME = new RegExp(`^\\s*${COLOUR}\\(\\+[\\d.]+m?s\\)${COLOUR}\\s*$`);
const ONLY_COLOUR_AND_SPACE = new RegExp(`^(?:${COLOUR}\\s*)*$`);

/** One line of the log (without its newline), as the lines to print instead. */
export function tidyAstroLine(line: string): string[] {
  if (!line.includes('├─')) return ONLY_RENDER_TIME.test(line) ? [] : [line];
  return line
    .split(ENTRY_START)
    .map((entry) => entry.replace(RENDER_TIME, '').trimEnd())
    .filter((entry) => !ONLY_COLOUR_AND_SPACE.test(entry));
}

/** A filter for the log as it streams: whole lines go through `tidyAstroLine`; `end` gives the rest. */
export function astroLogTidier() {
  let rest = '';
  return {
    write(chunk: string): string {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      return lines.flatMap(tidyAstroLine).map((l) => `${l}\n`).join('');
    },
    end(): string {
      const last = rest;
      rest = '';
      return last ? tidyAstroLine(last).map((l) => `${l}\n`).join('') : '';
    },
  };
}
