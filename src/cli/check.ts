/**
 * npm run check [-- --unit <id>] — validates all content at once and prints every problem as
 *   content/news/2024/bai.md:3  date  ngày "2024-02-31" không có thật … — …
 * Exit code 1 when anything is wrong. Sections the law wants kept current (schedule, statistics,
 * contacts) that are older than site.yaml's `freshness` get warnings, which do not fail the check.
 * A repository of many units is checked unit by unit (each with the shared catalog), then the
 * units against each other. `npm run build` runs the same checks first.
 */
import { join } from 'node:path';
import { checkSite, type Problem } from '../lib/check/index.ts';
import { formatProblem } from '../lib/validation.ts';
import { SHARED_FOLDER, unitArgs, unitProblems, type UnitIdentity } from '../lib/units/units.ts';
import { buildTime, preview } from '../data/build-env.ts';
import { diskCorpus, unitCorpus } from './content-corpus.ts';

// --unit <id>: check some units only (read by src/data/units.ts, imported below).
const named = unitArgs(process.argv);
if (named.length) process.env.TRANGTIN_UNITS = named.join(',');

/** The problems and warnings of every unit, files named by their place under content/; each problem of a shared file once. */
async function checkUnits(): Promise<{ problems: Problem[]; warnings: Problem[]; files: number }> {
  const { allUnitIds, contentDir, multiUnit, unitIds } = await import('../data/units.ts');
  const publicDir = join(process.cwd(), 'public');
  if (!multiUnit) {
    const corpus = diskCorpus(contentDir, publicDir, buildTime, preview);
    return { ...checkSite(corpus), files: corpus.files.length };
  }
  const seen = new Set<string>();
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  let files = 0;
  const identities: UnitIdentity[] = [];
  const { loadSiteFile } = await import('./unit-sites.ts');
  const { parentUnitOf } = await import('../data/config.ts');
  const parents = new Set(allUnitIds.map(parentUnitOf));
  // The shared catalog is checked once for all units: the rules keep what they found in it here.
  const memo = new Map<string, unknown>();
  for (const unit of unitIds) {
    const { corpus: own, where } = unitCorpus(contentDir, unit, SHARED_FOLDER, publicDir, buildTime, preview, memo);
    const corpus = { ...own, hasChildUnits: parents.has(unit) };
    files += corpus.files.length;
    const result = checkSite(corpus);
    // "content/news/a.md" of the unit's view → "content/<unit or shared>/news/a.md", in the file and in the message.
    const place = (path: string) => `content/${where(path)}/${path}`;
    const placed = (p: Problem) => ({
      ...p,
      file: p.file.startsWith('content/') ? place(p.file.slice('content/'.length)) : p.file,
      message: p.message.replace(/content\/([a-z0-9-]+(?:\.ya?ml|\/))/g, (_, path: string) => place(path)),
    });
    for (const list of [result.problems, result.warnings] as const)
      for (const p of list.map(placed)) {
        const key = JSON.stringify(p);
        if (seen.has(key)) continue;
        seen.add(key);
        (list === result.problems ? problems : warnings).push(p);
      }
  }
  // The units against each other: read from every unit's site.yaml, whichever this run checks.
  for (const unit of allUnitIds) {
    const site = loadSiteFile(unit);
    if (site)
      identities.push({
        id: unit,
        file: `content/${unit}/site.yaml`,
        url: site.site.url,
        title: site.site.title,
        parentUnit: site.unit.parentUnit,
        successors: site.archive.successors,
        archived: site.archive.archived,
      });
  }
  problems.push(...unitProblems(identities));
  return { problems, warnings, files };
}

/** Checks the content folder; prints the warnings, then the problems (or a short all-clear), and returns the problems. */
export async function runCheck(print: (line: string) => void = console.log): Promise<Problem[]> {
  let result: Awaited<ReturnType<typeof checkUnits>>;
  try {
    result = await checkUnits();
  } catch (error) {
    // An unknown unit named on the command line, a site.yaml that cannot be read.
    const problems = (error as { problems?: Problem[] }).problems;
    if (!problems) throw error;
    for (const p of problems) print(formatProblem(p));
    return problems;
  }
  const { problems, warnings, files: count } = result;
  if (warnings.length) {
    print(`Cần cập nhật (không chặn việc dựng trang):`);
    for (const w of warnings) print(`  ${formatProblem(w)}`);
  }
  if (problems.length === 0) {
    print(`Nội dung hợp lệ: đã kiểm tra ${count} tệp, không có lỗi.`);
    return problems;
  }
  if (warnings.length) print('');
  for (const p of problems) print(formatProblem(p));
  const files = new Set(problems.map((p) => p.file)).size;
  print('');
  print(`Có ${problems.length} lỗi trong ${files} tệp. Sửa từng dòng ở trên rồi chạy lại: npm run check`);
  return problems;
}

// --quiet (npm run build): problems and warnings only, no all-clear line.
const quiet = process.argv.includes('--quiet');
if (import.meta.main)
  process.exitCode = (await runCheck((line) => (quiet && line.startsWith('Nội dung hợp lệ') ? undefined : console.log(line)))).length
    ? 1
    : 0;
