/**
 * Building into a fresh folder and swapping it in only on success, so a failed build (content,
 * images, search index) leaves the site that is online untouched.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The temporary folders next to `final` (gitignored as `.dist-*`). */
export function stagingPaths(final: string, id: string | number = process.pid) {
  return { next: join(dirname(final), `.dist-tmp-${id}`), previous: join(dirname(final), `.dist-old-${id}`) };
}

/**
 * Runs `build(next, previous)`; when it returns true, moves `next` to `final`, the old site to
 * `previous`. When it returns false or throws, deletes `next` and leaves `final` as it was.
 * The old site stays in `previous` until the next build, which may start from it (src/lib/build/
 * seed.ts: `build` may move it to `next`); what it leaves there is deleted before the swap.
 */
export async function buildAndSwap(
  final: string,
  build: (next: string, previous: string) => Promise<boolean> | boolean,
  id?: string | number,
  parts?: readonly string[],
): Promise<boolean> {
  const { next, previous } = stagingPaths(final, id);
  rmSync(next, { recursive: true, force: true });
  let ok = false;
  try {
    ok = await build(next, previous);
  } finally {
    if (!ok) rmSync(next, { recursive: true, force: true });
  }
  if (!ok) return false;
  if (!existsSync(next)) throw new Error(`bản dựng báo thành công nhưng không có thư mục ${next}`);
  rmSync(previous, { recursive: true, force: true });
  if (parts && existsSync(final)) {
    swapParts(final, next, previous, parts);
    return true;
  }
  const hadPrevious = existsSync(final);
  if (hadPrevious) renameSync(final, previous);
  try {
    renameSync(next, final);
  } catch (error) {
    if (hadPrevious) renameSync(previous, final); // put the old site back
    throw error;
  }
  return true;
}

/**
 * A build of some units only (`npm run build -- --unit <id>`): swaps in their folders (and the
 * files at the root, such as the list of units) one by one; every other folder of `final` stays
 * as it is, not even copied. The old folders go to `previous`, `next` is deleted.
 */
function swapParts(final: string, next: string, previous: string, parts: readonly string[]) {
  mkdirSync(previous, { recursive: true });
  const rootFiles = readdirSync(next, { withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => d.name);
  for (const name of [...parts, ...rootFiles]) {
    if (!existsSync(join(next, name))) continue;
    if (existsSync(join(final, name))) renameSync(join(final, name), join(previous, name));
    renameSync(join(next, name), join(final, name));
  }
  rmSync(next, { recursive: true, force: true });
}
