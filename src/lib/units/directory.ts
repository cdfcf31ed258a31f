/**
 * A province's directory of its communes and wards: each with the former units it was formed from,
 * grouped by former district (citizens, addresses and papers still use the old names), and the
 * archived portals of the former districts. Pure: the page (src/pages/[...unit]/xa-phuong/) gets the
 * units' identities from src/data/unit-directory.ts.
 */
import { foldKey } from '../text.ts';

export interface DirectoryUnit {
  id: string;
  name: string;
  levelName: string;
  formedFrom: readonly { name: string; district?: string }[];
  address: string;
  phone: string;
  url: string;
  archived: boolean;
}

export interface DirectoryGroup {
  /** The former district ("huyện Sông Mẫu"), or undefined for units formed from none that is named. */
  district?: string;
  units: DirectoryUnit[];
}

/** The live units by former district (a unit formed across two districts is under each), in Vietnamese order. */
export function directoryGroups(units: readonly DirectoryUnit[]): DirectoryGroup[] {
  const byDistrict = new Map<string | undefined, DirectoryUnit[]>();
  for (const unit of units.filter((u) => !u.archived)) {
    const districts = new Set(unit.formedFrom.map((f) => f.district));
    if (districts.size === 0) districts.add(undefined);
    for (const d of districts) byDistrict.set(d, [...(byDistrict.get(d) ?? []), unit]);
  }
  const order = (a?: string, b?: string) => (a === undefined ? 1 : b === undefined ? -1 : a.localeCompare(b, 'vi'));
  return [...byDistrict]
    .sort(([a], [b]) => order(a, b))
    .map(([district, list]) => ({ district, units: list.sort((a, b) => a.name.localeCompare(b.name, 'vi')) }));
}

/**
 * What the finder matches a unit by, folded (no diacritics, đ → d, lower case) and separated by "|":
 * its name, and each former unit with its district ("xa tan mau huyen song mau"), so that
 * "tan mau" finds the ward formed from "xã Tân Mẫu" and "huyện Sông Mẫu" every unit of that district.
 */
export const finderText = (unit: DirectoryUnit) =>
  [unit.name, ...unit.formedFrom.map((f) => `${f.name} ${f.district ?? ''}`.trim())].map(foldKey).join('|');
