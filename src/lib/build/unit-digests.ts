/**
 * Which units a build must make again: a unit whose content, and what every unit is made from
 * (the shared content, the code, the packages, the day), are as they were when its published
 * folder was made, is left alone. The digests are of the files' bytes, not their times, so a
 * fresh clone in CI with the published site and the cache restored rebuilds only what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under the paths (files or folders), hashed with its path relative to `root`. */
function hashFiles(hash: ReturnType<typeof createHash>, root: string, paths: readonly string[]) {
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { withFileTypes: true, recursive: true })
          .filter((d) => d.isFile())
          .map((d) => join(d.parentPath, d.name))
          .sort()
      : [path];
    for (const file of files) {
      hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
}

export interface DigestInputs {
  root: string;
  /** What every unit is made from: the shared content, src/, public/, the configuration, the lock file. */
  common: readonly string[];
  /** Anything else every page may show: the build's day and mode. */
  extra: string;
  /** What each unit alone is made from: its folder, and what it shows of other units (a province: its communes' contacts). */
  unitInputs: ReadonlyMap<string, readonly string[]>;
}

/** Each unit's digest: its own files', and everything every unit is made from. */
export function unitDigests({ root, common, extra, unitInputs }: DigestInputs): Map<string, string> {
  const shared = createHash('sha256').update(extra);
  hashFiles(shared, root, common);
  const commonDigest = shared.digest('hex');
  return new Map(
    [...unitInputs].map(([unit, paths]) => {
      const hash = createHash('sha256').update(commonDigest);
      hashFiles(hash, root, paths);
      return [unit, hash.digest('hex')];
    }),
  );
}

/** The digests of the units as last published, or none. */
export function readDigests(file: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

export function writeDigests(file: string, digests: Record<string, string>) {
  writeFileSync(file, JSON.stringify(digests, null, 1));
}
