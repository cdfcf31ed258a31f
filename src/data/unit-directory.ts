/** The current unit's child units (those naming it as parentUnit), as its directory page lists them. */
import { loadConfig, loadSite } from './config.ts';
import { allUnitIds, currentUnit } from './units.ts';
import { t } from '../i18n/vi.ts';
import type { DirectoryUnit } from '../lib/units/directory.ts';

export function childUnits(): DirectoryUnit[] {
  const parent = currentUnit();
  return allUnitIds
    .filter((id) => loadSite(id).unit.parentUnit === parent && id !== parent)
    .map((id) => {
      const { site } = loadConfig(id);
      return {
        id,
        // "phường Sông Mẫu" as a heading: "Phường Sông Mẫu".
        name: site.unit.place.charAt(0).toUpperCase() + site.unit.place.slice(1),
        levelName: t.unitLevels[site.unit.level],
        formedFrom: site.unit.formedFrom,
        address: site.legal.address,
        phone: site.legal.phone,
        url: site.site.url,
        archived: site.archive.archived,
      };
    });
}

/** Whether the current unit has child units (its site then has a directory page). */
export const hasChildUnits = () => allUnitIds.some((id) => id !== currentUnit() && loadSite(id).unit.parentUnit === currentUnit());
