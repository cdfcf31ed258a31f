/** The content folder on disk as a checker Corpus (I/O for the CLIs; the rules stay in src/lib/check). */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Corpus } from '../lib/check/index.ts';

const walk = (root: string): string[] =>
  existsSync(root)
    ? readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => relative(root, join(d.parentPath, d.name)).split(sep).join('/'))
        .sort()
    : [];

/** Reads `contentDir` lazily; `publicDir` lists the files served as they are. */
export function diskCorpus(contentDir: string, publicDir: string, now: Date, preview: boolean): Corpus {
  const cache = new Map<string, Uint8Array>();
  return {
    files: walk(contentDir),
    publicFiles: walk(publicDir).map((f) => `/${f}`),
    read: (path) => {
      const cached = cache.get(path);
      if (cached) return cached;
      const bytes = readFileSync(join(contentDir, path));
      cache.set(path, bytes);
      return bytes;
    },
    now,
    preview,
  };
}

/**
 * A unit's content as the checker reads a one-unit repository: the unit's folder, with the files
 * the units share (content/shared/: the catalog, the taxonomies) where a one-unit repository keeps
 * them. `where` gives a path's folder under content/, to name the file in a problem. `memo` is the
 * run's, for every unit: what the rules found in the shared files, kept for the next unit.
 */
export function unitCorpus(
  contentDir: string,
  unit: string,
  shared: string,
  publicDir: string,
  now: Date,
  preview: boolean,
  memo: Map<string, unknown>,
): { corpus: Corpus; where: (path: string) => string } {
  const own = diskCorpus(join(contentDir, unit), publicDir, now, preview);
  const common = diskCorpus(join(contentDir, shared), publicDir, now, preview);
  const mine = new Set(own.files);
  const theirs = new Set(common.files.filter((f) => !mine.has(f)));
  return {
    corpus: {
      ...own,
      files: [...own.files, ...theirs].sort(),
      read: (path) => (theirs.has(path) ? common.read(path) : own.read(path)),
      shared: { has: (path) => theirs.has(path), memo },
    },
    // A folder ("procedures/") is the shared one's when the unit has none of its files.
    where: (path) => (theirs.has(path) || (path.endsWith('/') && !own.files.some((f) => f.startsWith(path))) ? shared : unit),
  };
}
