/** The units a build makes sites of, as the build's last steps need them (src/lib/build/unit-output.ts). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, loadSite } from '../data/config.ts';
import { archiveRedirects, nginxRedirectMap, staticHostRedirects } from '../lib/units/redirects.ts';
import { allUnitIds } from '../data/units.ts';
import { t } from '../i18n/vi.ts';
import { unitsIndexHtml } from '../lib/units/index-page.ts';

/** The root page of a many-unit build: every unit of the repository, built this time or before. */
export const unitsIndexPage = () =>
  unitsIndexHtml(
    'Các trang thông tin điện tử trong kho nội dung',
    allUnitIds.map((id) => {
      const { site } = loadConfig(id);
      return {
        id,
        name: site.unit.name,
        levelName: t.unitLevels[site.unit.level],
        archived: site.archive.archived,
        url: site.site.url,
      };
    }),
  );

/** A unit's site.yaml, or undefined when it cannot be read (the unit's own check says why). */
export function loadSiteFile(unit: string) {
  try {
    return loadSite(unit);
  } catch {
    return undefined;
  }
}

/** The units of `units` that are archives. */
export const archivedUnits = (units: readonly string[]) => units.filter((id) => loadConfig(id).site.archive.archived);

/**
 * Writes each archived unit's redirect files into its site's folder (src/lib/units/redirects.ts):
 * `_redirects` for static hosts, `redirects.nginx.map` for nginx. An archive without a successor has none.
 */
export function writeArchiveRedirects(outDir: string, units: readonly string[]) {
  for (const unit of archivedUnits(units)) {
    const successor = loadConfig(unit).site.archive.successors[0];
    if (!successor) continue;
    const rules = archiveRedirects(successor.url);
    writeFileSync(join(outDir, unit, '_redirects'), staticHostRedirects(rules));
    writeFileSync(join(outDir, unit, 'redirects.nginx.map'), nginxRedirectMap(rules));
  }
}
