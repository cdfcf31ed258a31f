/**
 * npm run check — validates all content at once and prints every problem as
 *   content/news/2024/bai.md:3  date  ngày "2024-02-31" không có thật … — …
 * Exit code 1 when anything is wrong. Sections the law wants kept current (schedule, statistics,
 * contacts) that are older than site.yaml's `freshness` get warnings, which do not fail the check.
 * `npm run build` runs the same checks first.
 */
import { join } from 'node:path';
import { checkSite, type Problem } from '../lib/check/index.ts';
import { formatProblem } from '../lib/validation.ts';
import { contentDir } from '../data/config.ts';
import { buildTime, preview } from '../data/build-env.ts';
import { diskCorpus } from './content-corpus.ts';

/** Checks the content folder; prints the warnings, then the problems (or a short all-clear), and returns the problems. */
export function runCheck(print: (line: string) => void = console.log): Problem[] {
  const corpus = diskCorpus(contentDir, join(process.cwd(), 'public'), buildTime, preview);
  const { problems, warnings } = checkSite(corpus);
  if (warnings.length) {
    print(`Cần cập nhật (không chặn việc dựng trang):`);
    for (const w of warnings) print(`  ${formatProblem(w)}`);
  }
  if (problems.length === 0) {
    print(`Nội dung hợp lệ: đã kiểm tra ${corpus.files.length} tệp, không có lỗi.`);
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
  process.exitCode = runCheck((line) => (quiet && line.startsWith('Nội dung hợp lệ') ? undefined : console.log(line))).length ? 1 : 0;
