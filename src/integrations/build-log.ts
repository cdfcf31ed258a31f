/**
 * Astro's log destination (astro.config.mjs `logger`): Astro's own console log, except for the
 * pages. Astro logs every page it writes, in two pieces that interleave when it renders several
 * at once (build.concurrency): 18,000 lines at 10,000 articles, which nobody reads, and 2 s of
 * the build's busiest thread in a profile (a time stamp formatted and a write for each piece).
 * This destination counts the pages instead: a line every PROGRESS_EVERY pages, and when the
 * routes are done, how many were rendered and how many kept from the last build.
 * It also leaves out Astro's warnings of a unit's empty sections (a commune without albums, videos
 * or English pages yet), in English, one per collection: "No files found matching…", "The
 * collection … does not exist or is empty. Please check your content config file for errors." An
 * empty section is normal here, and a file put where no section reads it is the checker's to name
 * (src/lib/check/rules/stray.ts).
 */
import nodeLog from 'astro/logger/node';

type Destination = ReturnType<typeof nodeLog>;
type LogMessage = Parameters<Destination['write']>[0];

/** Pages between two progress lines: a commune's site prints none, a province's a dozen. */
export const PROGRESS_EVERY = 2000;

/** Terminal colour codes, which Astro adds when the terminal shows colours. */
const COLOUR = /\x1b\[[\d;]*m/g;
/** The first piece of a page's entry: "├─ /path/index.html". */
const PAGE_START = /^\s*├─ /;
/** The second piece: its render time, or that it was reused from the last build. */
const PAGE_END = /^\s*\((?:\+[\d.]+m?s|(cached)|(restored))\)/;
/** Astro's warnings of an empty section. */
const EMPTY_SECTION = /^No files found matching |^The collection "[^"]+" does not exist or is empty\./;
/** What Astro logs when a phase ends: the routes' summary goes just before it. */
const PHASE_DONE = /✓ Completed in /;

const count = (n: number) => n.toLocaleString('vi-VN');

/**
 * Wraps a destination (Astro's console one, or a test's) with the page counting. `listPages`
 * (TRANGTIN_LOG_PAGES=1, for `npm run bench:build`) also writes each page on a line of its own,
 * "├─ /path/" with "(cached)" or "(restored)" when it was kept: Astro logs that right after the
 * path, while a rendered page's time comes after other pages' paths.
 */
export function countingPages(next: Destination, listPages = false): Destination {
  let rendered = 0;
  let kept = 0;
  let path = '';
  const say = (message: string) => next.write({ label: 'build', level: 'info', message, newLine: true });
  const list = (outcome = '') => {
    if (listPages && path) say(`├─ ${path}${outcome}`);
    path = '';
  };
  return {
    write(event: LogMessage) {
      const text = event.message.replace(COLOUR, '');
      if (event.level === 'warn' && EMPTY_SECTION.test(text)) return;
      if (event.level === 'info' && PAGE_START.test(text)) {
        list();
        path = text.replace(PAGE_START, '').trim();
        return;
      }
      const end = event.level === 'info' ? PAGE_END.exec(text) : null;
      if (end) {
        const reused = end[1] ?? end[2];
        list(reused ? ` (${reused})` : '');
        if (reused) kept++;
        else rendered++;
        if ((rendered + kept) % PROGRESS_EVERY === 0) say(`${count(rendered + kept)} tệp…`);
        return;
      }
      list();
      if (rendered + kept > 0 && PHASE_DONE.test(text)) {
        say(
          `${count(rendered + kept)} tệp (trang, RSS, sitemap…): ${count(rendered)} dựng mới, ${count(kept)} không đổi, giữ từ lần dựng trước`,
        );
        rendered = kept = 0;
      }
      next.write(event);
    },
    flush: () => next.flush?.(),
    close: () => next.close?.(),
  };
}

/** The entry point Astro calls with the logger's `config`. */
export default function buildLog(config?: Parameters<typeof nodeLog>[0]): Destination {
  return countingPages(nodeLog(config), process.env.TRANGTIN_LOG_PAGES === '1');
}
