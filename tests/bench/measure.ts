/**
 * What the build benchmarks measure of one `npm run build`: wall time, the phases from its log
 * lines, peak memory of the largest process and of the process tree (Linux /proc), the pages it
 * wrote and, for a many-unit build, each unit's share (tests/bench/province-scale.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listHtmlFiles } from '../support/dist.ts';

const root = new URL('../..', import.meta.url).pathname;

/** Resident memory of each process of a tree (Linux /proc), in bytes. */
function treeRss(pid: number, out: number[] = []): number[] {
  try {
    out.push(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024);
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean))
        treeRss(Number(child), out);
    }
  } catch {
    /* the process ended while we looked */
  }
  return out;
}

/** Log lines that start each phase of the build, in order. */
const MARKS: [phase: string, pattern: RegExp][] = [
  ['content sync', /\[content\] Syncing content/],
  ['bundle', /Building static entrypoints/],
  ['routes + images', /generating static routes/i],
  // The index is built after Astro exits (src/cli/build.ts says when, and when all is done).
  ['search index', /^\[dựng\] lập chỉ mục tìm kiếm/],
  ['end', /^Đã dựng xong/],
];

/** Waits for a process, sampling the memory of its tree; throws `failure` when it fails. */
export async function watch(child: ChildProcess, failure: string) {
  let peakProcess = 0;
  let peakTree = 0;
  const timer = setInterval(() => {
    const sizes = treeRss(child.pid!);
    peakProcess = Math.max(peakProcess, ...sizes);
    peakTree = Math.max(
      peakTree,
      sizes.reduce((a, b) => a + b, 0),
    );
  }, 200);
  const status = await new Promise<number | null>((done) => child.on('exit', done));
  clearInterval(timer);
  if (status !== 0) throw new Error(failure);
  return { peakProcess, peakTree };
}

/** One unit's share of a build: its pages, its part of Astro's render time, its search index's time. */
export interface UnitShare {
  pages: number;
  renderMs: number;
  indexMs: number;
}

export type BuildFigures = Awaited<ReturnType<typeof build>>;

/**
 * When a line was logged, from the "HH:MM:SS" Astro puts before its lines, on performance.now()'s
 * scale: the build holds Astro's log until the check has passed, so a line can arrive long after it
 * was written. Undefined for lines without a time (the pipeline's own, written as they happen).
 */
function loggedAt(line: string): number | undefined {
  const time = /^(\d\d):(\d\d):(\d\d) /.exec(line);
  if (!time) return undefined;
  const now = new Date();
  const logged = new Date(now);
  logged.setHours(Number(time[1]), Number(time[2]), Number(time[3]), 500);
  return performance.now() - (now.getTime() - logged.getTime());
}

/**
 * Runs `npm run build [args]` on `content` into `out`. For a many-unit build, `units` names the
 * units whose share to report: pages counted in each unit's site; Astro renders every unit in one
 * process, route by route, so its render time is shared by pages; the index step logs each unit's time.
 */
export async function build(content: string, out: string, args: string[] = [], units: readonly string[] = []) {
  const started = performance.now();
  const child = spawn('npm', ['run', 'build', '--silent', ...(args.length ? ['--', ...args] : [])], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, TRANGTIN_CONTENT: content, TRANGTIN_OUT: out, TRANGTIN_LOG_PAGES: '1' },
  });
  const seen = new Map<string, number>();
  // With TRANGTIN_LOG_PAGES=1 the build lists each page it writes ("├─ /path/index.html",
  // src/integrations/build-log.ts), marked "(restored)" when the incremental build copied it from
  // its cache and "(cached)" when it found it in place (a seeded build).
  let restored = 0;
  let inPlace = 0;
  let checkSeconds: number | undefined;
  /** The units a build without --all or --unit made ("[dựng] 1/105 đơn vị có thay đổi: xa-a"); undefined when it made all. */
  let changedUnits: string[] | undefined;
  const rendered = new Map<string, number>();
  const indexMs = new Map<string, number>();
  let rest = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      for (const [phase, pattern] of MARKS)
        if (!seen.has(phase) && pattern.test(line)) seen.set(phase, loggedAt(line) ?? performance.now());
      // "[dựng] kiểm tra nội dung xong trong 12,3 s" and "[tìm kiếm] xa-a: … trong 2345 ms (…)" (src/cli/).
      const checked = /^\[dựng\] kiểm tra nội dung xong trong ([\d,]+) s/.exec(line);
      if (checked) checkSeconds = Number(checked[1]!.replace(',', '.'));
      const changed = /^\[dựng\] \d+\/\d+ đơn vị có thay đổi: (.*)$/.exec(line);
      if (changed) changedUnits = changed[1]!.split(', ');
      const indexed = /^\[tìm kiếm\] ([\w-]+): .* trong (\d+) ms/.exec(line);
      if (indexed) indexMs.set(indexed[1]!, Number(indexed[2]));
      const page = /├─ (\/\S*)/.exec(line)?.[1];
      if (!page) continue;
      if (/\((restored|cached)\)/.test(line)) restored++;
      if (/\(cached\)/.test(line)) inPlace++;
      else {
        const section = page.split('/').slice(0, 3).join('/');
        rendered.set(section, (rendered.get(section) ?? 0) + 1);
      }
    }
  });
  const { peakProcess, peakTree } = await watch(child, `build failed on ${content}`);
  const ended = performance.now();
  const times = [started, ...MARKS.map(([phase]) => seen.get(phase))];
  const spans = ['start', ...MARKS.slice(0, -1).map(([p]) => p)].map((name, i) => {
    const from = times[i];
    const to = times.slice(i + 1).find((t) => t !== undefined) ?? ended;
    return [name, from === undefined ? undefined : (to - from) / 1000] as const;
  });
  const phases = [
    ...spans.map(([name, s]) => `${name} ${s === undefined ? '–' : s.toFixed(1)} s`),
    // The check runs beside Astro (src/cli/build.ts): its time is not added to the others.
    ...(checkSeconds === undefined ? [] : [`(check ${checkSeconds.toFixed(1)} s, beside Astro)`]),
  ];
  const top = [...rendered]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([section, n]) => `${section} ${n}`)
    .join(', ');
  const pages = listHtmlFiles(out).length;
  const renderSeconds = spans.find(([name]) => name === 'routes + images')?.[1] ?? 0;
  const shares = new Map<string, UnitShare>(
    units.map((unit) => {
      const unitPages = existsSync(join(out, unit)) ? listHtmlFiles(join(out, unit)).length : 0;
      return [unit, { pages: unitPages, renderMs: (renderSeconds * 1000 * unitPages) / pages, indexMs: indexMs.get(unit) ?? 0 }];
    }),
  );
  return {
    seconds: (ended - started) / 1000,
    phases,
    peakProcessMB: peakProcess / 2 ** 20,
    peakTreeMB: peakTree / 2 ** 20,
    pages,
    restored,
    inPlace,
    top,
    shares,
    changedUnits,
  };
}

export const format = (name: string, r: Awaited<ReturnType<typeof build>>) =>
  `${name.padEnd(26)} ${String(r.pages).padStart(6)} pages  ${r.seconds.toFixed(1).padStart(6)} s  ${(r.pages / r.seconds).toFixed(0).padStart(4)} pages/s  largest process ${r.peakProcessMB.toFixed(0)} MB, tree ${r.peakTreeMB.toFixed(0)} MB\n${' '.repeat(28)}${r.phases.join(' · ')}` +
  (r.restored
    ? `\n${' '.repeat(28)}${r.restored} pages reused from the last build (${r.inPlace} found in place); rendered most: ${r.top}`
    : '');
