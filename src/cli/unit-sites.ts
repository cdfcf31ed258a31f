/** The units a build makes sites of, as the build's last steps need them (src/lib/build/unit-output.ts). */
import { loadConfig, loadSite } from '../data/config.ts';
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
