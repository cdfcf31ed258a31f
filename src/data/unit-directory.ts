/** The current unit's child units (those naming it as parentUnit), as its directory page lists them. */
import { childUnitIds, loadConfig } from './config.ts';
import { currentUnit, withUnit } from './units.ts';
import { allPages } from './pages.ts';
import { newestDate } from '../lib/dates.ts';
import { t } from '../i18n/vi.ts';
import type { DirectoryUnit } from '../lib/units/directory.ts';

export function childUnits(): DirectoryUnit[] {
  return childUnitIds(currentUnit()).map((id) => {
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
export const hasChildUnits = () => childUnitIds(currentUnit()).length > 0;

/**
 * When the directory's facts were last checked: the newest "updated" of the child units' contacts
 * pages (the addresses and phones it shows come from the same units), or none.
 */
export async function directoryUpdated(): Promise<Date | undefined> {
  const contacts = await Promise.all(
    childUnitIds(currentUnit()).map((id) => withUnit(id, async () => (await allPages()).filter((p) => p.data.contacts))),
  );
  return newestDate(contacts.flat(), (p) => p.data.updated);
}
