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
