/**
 * A rebuild starts from the site as last published, so that Astro's incremental build finds the
 * pages it may reuse in place ("cached") instead of copying each one from its cache ("restored"):
 * at 18,000 pages those copies were the largest part of a rebuild after one new article.
 *
 * Safe only when the seed is exactly the site that Astro's cache manifest describes. So the
 * manifest's digest is stamped when a site is published, and a build seeds only while the
 * manifest is still the stamped one (a build that failed after Astro ran leaves a newer manifest:
 * the next build starts empty, as before). The seed is the site before the last one, which the
 * swap kept aside (src/lib/build/swap.ts), brought level with the published site by copying the
 * files that differ in size or time and deleting those it lacks: a few hundred files after a
 * small edit. After Astro ran, `pruneSeed` deletes what the seed brought that this build neither
 * wrote nor kept (the page of a deleted article, a removed attachment).
 */
import { createHash } from 'node:crypto';
import { copyFile, utimes } from 'node:fs/promises';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Astro's incremental-build manifest, in its cache folder. */
const MANIFEST = 'incremental-build.json';
/** Which published site Astro's manifest describes, written beside it. */
const STAMP = 'trangtin-published.json';

interface FileState {
  size: number;
  /** Modification time in whole milliseconds: copies keep it (utimes), so equal means unchanged. */
  mtime: number;
}

/** Every file under `dir` (relative paths with "/"), except those in the folders `skip` names (paths relative to `dir`). */
export function listFiles(dir: string, skip: readonly string[] = []): Map<string, FileState> {
  const files = new Map<string, FileState>();
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = prefix + entry.name;
      if (skip.includes(path)) continue;
      if (entry.isDirectory()) walk(join(folder, entry.name), `${path}/`);
      else if (entry.isFile()) {
        const stat = statSync(join(folder, entry.name));
        files.set(path, { size: stat.size, mtime: Math.round(stat.mtimeMs) });
      }
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return files;
}

/** Deletes `path` under `dir`, and the folders it leaves empty. */
function deleteFile(dir: string, path: string) {
  unlinkSync(join(dir, path));
  for (let folder = dirname(path); folder !== '.' && readdirSync(join(dir, folder)).length === 0; folder = dirname(folder))
    rmdirSync(join(dir, folder));
}

/** Copies at once: the kernel copies several files while others wait on the disk (18,000 files, cold cache: 6.6–7.9 s one at a time, 4.6–5.0 s sixteen at once). */
const COPIES_IN_FLIGHT = 16;

/**
 * Makes `target` hold the same files as `source`, leaving the folders `skip` names alone on
 * both sides: copies the files missing or differing in size or time, keeping their time, and
 * deletes those `source` lacks. Returns how many files it copied and deleted.
 */
export async function mirror(source: string, target: string, skip: readonly string[] = []): Promise<{ copied: number; deleted: number }> {
  const wanted = listFiles(source, skip);
  const present = listFiles(target, skip);
  const toCopy = [...wanted].filter(([path, state]) => {
    const had = present.get(path);
    return !had || had.size !== state.size || had.mtime !== state.mtime;
  });
  for (const folder of new Set(toCopy.map(([path]) => dirname(join(target, path))))) mkdirSync(folder, { recursive: true });
  let next = 0;
  const copy = async () => {
    while (next < toCopy.length) {
      const [path, state] = toCopy[next++]!;
      const to = join(target, path);
      try {
        await copyFile(join(source, path), to);
        await utimes(to, state.mtime / 1000, state.mtime / 1000);
      } catch (error) {
        next = toCopy.length; // the others stop too
        throw error;
      }
    }
  };
  // Settled, not raced: when a copy fails, none is still writing once the caller deletes the folder.
  const failed = (await Promise.allSettled(Array.from({ length: COPIES_IN_FLIGHT }, copy))).find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  const stale = [...present.keys()].filter((path) => !wanted.has(path));
  for (const path of stale) deleteFile(target, path);
  return { copied: toCopy.length, deleted: stale.length };
}

function manifestDigest(cacheDir: string): string | undefined {
  try {
    return createHash('sha256')
      .update(readFileSync(join(cacheDir, MANIFEST)))
      .digest('hex');
  } catch {
    return undefined;
  }
}

/** After a successful swap: `site` is what Astro's current manifest describes. */
export function stampPublished(cacheDir: string, site: string) {
  const manifest = manifestDigest(cacheDir);
  if (manifest) writeFileSync(join(cacheDir, STAMP), JSON.stringify({ site, manifest }));
}

/** Whether `site` is still the published site that Astro's manifest describes. */
export function canSeed(cacheDir: string, site: string): boolean {
  try {
    const stamp = JSON.parse(readFileSync(join(cacheDir, STAMP), 'utf8'));
    return stamp.site === site && stamp.manifest !== undefined && stamp.manifest === manifestDigest(cacheDir) && existsSync(site);
  } catch {
    return false;
  }
}

/**
 * Fills `next` (which must not exist) with the published site `final` from `spare` (an older site,
 * moved in and brought level) or, without one, by copying. The spare's folders `index`
 * (the search indexes, made after Astro) is left as it was: the indexer checks each part's stamp,
 * and the part that changes on every build would be copied only to be made again. Without a
 * spare the index is copied too: here, while Astro starts, rather than part by part by the
 * indexer after Astro, when nothing else runs (at 10,000 articles, 13,000 files of unchanged parts).
 * The folders `leave` (the units a build of some units does not make) are not brought at all.
 * Returns what it copied and deleted, and `since`: the time from which a file's modification
 * means this build wrote it (every file the seed brought is older).
 */
export async function seedFrom(
  final: string,
  next: string,
  index: readonly string[],
  spare?: string,
  leave: readonly string[] = [],
): Promise<{ since: number; copied: number; deleted: number }> {
  const moved = spare !== undefined && existsSync(spare);
  if (moved) renameSync(spare, next);
  else mkdirSync(next, { recursive: true });
  const { copied, deleted } = await mirror(final, next, moved ? [...index, ...leave] : leave);
  // A file's time comes from the kernel's clock, which may lag the process's: take it from a file.
  const marker = join(next, '.trangtin-seeded');
  writeFileSync(marker, '');
  // Whole milliseconds, as listFiles rounds: a file written at or after the marker is never older.
  const since = Math.floor(statSync(marker).mtimeMs);
  unlinkSync(marker);
  return { since, copied, deleted };
}

/** The files Astro's manifest says this build rendered or kept (paths relative to the output folder). */
function manifestOutputs(cacheDir: string): Set<string> {
  const manifest = JSON.parse(readFileSync(join(cacheDir, MANIFEST), 'utf8')) as {
    routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
  };
  const outputs = new Set<string>();
  for (const route of Object.values(manifest.routes))
    for (const entry of Object.values(route.paths)) outputs.add(decodeURI(entry.outputFile));
  return outputs;
}

/**
 * After Astro ran on a seeded folder: deletes every file older than `since` that Astro's manifest
 * does not list as kept, but those in the folders `skip` names (the search indexes, the units this
 * build left alone). Returns the paths it deleted.
 */
export function pruneSeed(next: string, since: number, cacheDir: string, skip: readonly string[] = []): string[] {
  const kept = manifestOutputs(cacheDir);
  const stale = [...listFiles(next, skip)]
    .filter(([path, state]) => !kept.has(path) && state.mtime < since)
    .map(([path]) => path)
    .sort();
  for (const path of stale) deleteFile(next, path);
  return stale;
}
