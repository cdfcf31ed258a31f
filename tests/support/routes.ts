/**
 * The URL scheme (src/lib/routes.ts) against a build: the paths the checker computes from content
 * before any build, and the HTML pages, other files and sitemap entries the build wrote.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSite } from '../../src/lib/check/index.ts';
import { diskCorpus } from '../../src/cli/content-corpus.ts';
import { listHtmlFiles, urlPathOf } from './dist.ts';
import { sitemapLocations } from './feeds.ts';
import { paths as sitePath } from '../../src/lib/routes.ts';

export interface SchemeDrift {
  /** Content problems the checker found (a drift report means little while there are any). */
  problems: string[];
  /** HTML pages the build wrote that the scheme does not list. */
  missingFromScheme: string[];
  /** Paths the scheme lists that the build did not write. */
  notBuilt: string[];
  /** Sitemap entries that are not paths of the scheme. */
  sitemapOutsideScheme: string[];
}

const isPage = (path: string) => path.endsWith('/') || path.endsWith('.html');

/** `examples`: names of the component example pages the build made (the content does not know of them). */
export function schemeDrift(
  contentDir: string,
  publicDir: string,
  distDir: string,
  now: Date,
  preview: boolean,
  examples: readonly string[] = [],
): SchemeDrift & { pages: number } {
  const { problems, paths } = checkSite(diskCorpus(contentDir, publicDir, now, preview));
  for (const name of examples) paths.add(sitePath.example(name));
  const built = new Set(listHtmlFiles(distDir).map(urlPathOf));
  const { locations } = sitemapLocations(readFileSync(join(distDir, 'sitemap.xml'), 'utf8'));
  return {
    pages: built.size,
    problems: problems.map((p) => `${p.file} ${p.field} ${p.message}`),
    missingFromScheme: [...built].filter((p) => !paths.has(p)).sort(),
    notBuilt: [...paths].filter((p) => (isPage(p) ? !built.has(p) : !existsSync(join(distDir, decodeURIComponent(p))))).sort(),
    sitemapOutsideScheme: locations.map((loc) => new URL(loc).pathname).filter((p) => !paths.has(p)),
  };
}

export const NO_DRIFT: SchemeDrift = { problems: [], missingFromScheme: [], notBuilt: [], sitemapOutsideScheme: [] };
