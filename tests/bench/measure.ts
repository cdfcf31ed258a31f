/**
 * What the build benchmarks measure of one `npm run build`: wall time, the phases from its log
 * lines, peak memory of the largest process and of the process tree (Linux /proc), the pages it
 * wrote and, for a many-unit build, each unit's share (tests/bench/province-scale.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
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

/** One unit's share of a build: pages written, time between its pages' log lines, its search index's time. */
export interface UnitShare {
  pages: number;
  renderMs: number;
  indexMs: number;
}

export type BuildFigures = Awaited<ReturnType<typeof build>>;

/**
 * Runs `npm run build [args]` on `content` into `out`. `units` (a many-unit build's ids) turns on each
 * unit's share: a page's time is the time since the page logged before it (pages of all units
 * interleave, so the shares add up to Astro's render time), and the index step logs each unit's time.
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
  const rendered = new Map<string, number>();
  const shares = new Map<string, UnitShare>(units.map((u) => [u, { pages: 0, renderMs: 0, indexMs: 0 }]));
  let lastPageAt = 0;
  let rest = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      for (const [phase, pattern] of MARKS) if (!seen.has(phase) && pattern.test(line)) seen.set(phase, performance.now());
      // "[tìm kiếm] xa-a: 812 trang được lập chỉ mục … trong 2345 ms (…)" (src/cli/index-search.ts).
      const indexed = /^\[tìm kiếm\] ([\w-]+): .* trong (\d+) ms/.exec(line);
      if (indexed && shares.has(indexed[1]!)) shares.get(indexed[1]!)!.indexMs = Number(indexed[2]);
      const page = /├─ (\/\S*)/.exec(line)?.[1];
      if (!page) continue;
      const now = performance.now();
      const share = shares.get(page.split('/')[1]!);
      if (share) {
        share.pages++;
        share.renderMs += lastPageAt ? now - lastPageAt : 0;
      }
      lastPageAt = now;
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
  // The check runs beside Astro's start (src/cli/build.ts), which shows its log once the check passed.
  const phases = ['seed + check', ...MARKS.slice(0, -1).map(([p]) => p)].map((name, i) => {
    const from = times[i];
    const to = times.slice(i + 1).find((t) => t !== undefined) ?? ended;
    return `${name} ${from === undefined ? '–' : ((to - from) / 1000).toFixed(1)} s`;
  });
  const top = [...rendered]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([section, n]) => `${section} ${n}`)
    .join(', ');
  return {
    seconds: (ended - started) / 1000,
    phases,
    peakProcessMB: peakProcess / 2 ** 20,
    peakTreeMB: peakTree / 2 ** 20,
    pages: listHtmlFiles(out).length,
    restored,
    inPlace,
    top,
    shares,
  };
}

export const format = (name: string, r: Awaited<ReturnType<typeof build>>) =>
  `${name.padEnd(26)} ${String(r.pages).padStart(6)} pages  ${r.seconds.toFixed(1).padStart(6)} s  ${(r.pages / r.seconds).toFixed(0).padStart(4)} pages/s  largest process ${r.peakProcessMB.toFixed(0)} MB, tree ${r.peakTreeMB.toFixed(0)} MB\n${' '.repeat(28)}${r.phases.join(' · ')}` +
  (r.restored
    ? `\n${' '.repeat(28)}${r.restored} pages reused from the last build (${r.inPlace} found in place); rendered most: ${r.top}`
    : '');
