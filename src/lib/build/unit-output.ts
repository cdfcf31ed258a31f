/**
 * Turns Astro's output into one self-contained site per unit (src/data/units.ts). Astro writes every
 * unit's pages into `<out>/<unit>/` but its assets (`_astro/`) and the files of public/ once, at the
 * root: each unit's folder gets its own copy (of the images, those its pages show), so that it can
 * be served alone from its own domain.
 * The 404 page, a page of the unit's routes like any other, is moved to where hosts look for it.
 */
import { cpSync, existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** What Astro writes at the root of a many-unit build for every unit: its assets, and the files of public/. */
function sharedOutput(outDir: string, publicDir: string): string[] {
  return ['_astro', ...(existsSync(publicDir) ? readdirSync(publicDir) : [])].filter((name) => existsSync(join(outDir, name)));
}

const ASSETS = '_astro';
const IMAGE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

/** `<site>/404/index.html` → `<site>/404.html`, where static hosts and nginx's error_page look. */
function placeNotFoundPage(siteDir: string) {
  const built = join(siteDir, '404', 'index.html');
  if (!existsSync(built)) return;
  renameSync(built, join(siteDir, '404.html'));
  rmSync(join(siteDir, '404'), { recursive: true });
}

/**
 * Makes each unit's folder a site of its own and writes, at the root, a page listing the units
 * (what `npm run preview` opens; not published: each unit is served from its own folder).
 * A one-unit build (units ['']) is already a site: only its 404 page moves.
 */
export function arrangeUnitSites(
  outDir: string,
  publicDir: string,
  units: readonly string[],
  indexHtml: () => string,
  imagesShown: (unit: string) => ReadonlySet<string>,
) {
  if (units.length === 1 && units[0] === '') {
    placeNotFoundPage(outDir);
    return;
  }
  const shared = sharedOutput(outDir, publicDir);
  for (const unit of units) {
    const siteDir = join(outDir, unit);
    placeNotFoundPage(siteDir);
    // Astro's images are every unit's: each site gets the ones its pages show.
    const shown = imagesShown(unit);
    for (const name of shared)
      cpSync(join(outDir, name), join(siteDir, name), {
        recursive: true,
        filter: (from) => !IMAGE.test(from) || !from.startsWith(join(outDir, ASSETS)) || shown.has(basename(from)),
      });
  }
  for (const name of shared) rmSync(join(outDir, name), { recursive: true, force: true });
  writeFileSync(join(outDir, 'index.html'), indexHtml());
}
