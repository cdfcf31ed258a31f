/**
 * npm run bench:build [-- <articles>] — how build time and memory grow with the archive.
 *
 * Makes a copy of the sample content with the sample articles repeated (new slugs, dates spread
 * over the past years, same categories, tags and Markdown) until it holds <articles> articles
 * (default 2,000), then runs the real `npm run build` on it and on the sample as it is, and prints
 * wall time, peak memory (of the whole process tree, from /proc) and pages per second.
 * The machines are shared and noisy: read the ratios, not the absolute seconds.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleNews, contentRoot } from '../support/content.ts';
import { listHtmlFiles } from '../support/dist.ts';

const root = join(import.meta.dirname, '..', '..');
const target = Number(process.argv[2] ?? 2000);

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  let total = 0;
  try {
    total = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) total += treeRss(Number(child));
    }
  } catch {
    /* the process ended while we looked */
  }
  return total;
}

async function build(content: string, out: string) {
  const started = performance.now();
  const child = spawn('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, TRANGTIN_CONTENT: content, TRANGTIN_OUT: out } });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 200);
  const status = await new Promise<number | null>((done) => child.on('exit', done));
  clearInterval(timer);
  if (status !== 0) throw new Error(`build failed on ${content}`);
  return { seconds: (performance.now() - started) / 1000, peakMB: peak / 2 ** 20, pages: listHtmlFiles(out).length };
}

/** The sample content with its published articles repeated up to `count` articles. */
function grownContent(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'trangtin-scale-'));
  cpSync(contentRoot, dir, { recursive: true });
  const articles = sampleNews().filter((n) => !n.data.draft && !n.data.cover);
  for (let i = sampleNews().length; i < count; i++) {
    const source = articles[i % articles.length]!;
    const date = new Date(Date.UTC(2015, 0, 1) + i * 6 * 3600 * 1000);
    const year = date.getUTCFullYear();
    const text = readFileSync(join(contentRoot, source.file), 'utf8')
      .replace(/^title: (["']?)(.*)\1$/m, `title: "$2 (bản ${i})"`)
      .replace(/^date: .*$/m, `date: ${date.toISOString().slice(0, 10)}`)
      .replace(/^featured: .*$/m, 'featured: false');
    mkdirSync(join(dir, 'news', String(year)), { recursive: true });
    writeFileSync(join(dir, 'news', String(year), `${source.slug.slice(0, 60)}-${i}.md`), text);
  }
  return dir;
}

const runs: [string, string][] = [['sample', contentRoot], [`${target} articles`, grownContent(target)]];
const results = [];
for (const [name, content] of runs) {
  const out = mkdtempSync(join(tmpdir(), 'trangtin-scale-out-'));
  results.push({ name, ...(await build(content, out)) });
  rmSync(out, { recursive: true, force: true });
  if (content !== contentRoot) rmSync(content, { recursive: true, force: true });
}
for (const r of results) {
  console.log(`${r.name.padEnd(16)} ${String(r.pages).padStart(6)} pages  ${r.seconds.toFixed(1).padStart(6)} s  ${(r.pages / r.seconds).toFixed(0).padStart(4)} pages/s  peak ${r.peakMB.toFixed(0)} MB`);
}
const [small, large] = results as [(typeof results)[0], (typeof results)[0]];
console.log(`ratio: ${(large.pages / small.pages).toFixed(1)}× the pages took ${(large.seconds / small.seconds).toFixed(1)}× the time and ${(large.peakMB / small.peakMB).toFixed(1)}× the memory`);
