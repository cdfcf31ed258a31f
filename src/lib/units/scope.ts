/**
 * What a unit's portal shows of what the units share, and what an archived unit leaves out.
 * Pure: the data modules, the routes and the checker ask the same questions here.
 */
import type { GovernmentLevel } from '../schemas/procedure.ts';
import type { SiteConfig } from '../schemas/site.ts';

export type UnitLevel = SiteConfig['unit']['level'];

/**
 * The procedure levels a unit's catalog lists: a province lists its communes' procedures too (citizens
 * look for them there); a commune, ward or special zone those of the commune level; a district (before
 * 7/2025) its own and its communes'.
 */
const LEVELS_SHOWN: Record<UnitLevel, readonly GovernmentLevel[]> = {
  tinh: ['tinh', 'huyen', 'xa'],
  huyen: ['huyen', 'xa'],
  xa: ['xa'],
  phuong: ['xa'],
  'dac-khu': ['xa'],
};

/** Whether a unit's catalog lists a procedure of these levels. */
export const listsProcedure = (unit: UnitLevel, levels: readonly GovernmentLevel[]) => levels.some((l) => LEVELS_SHOWN[unit].includes(l));

/**
 * The sections only a live unit has: an archived portal must not look as if it received dossiers,
 * held meetings or asked for opinions. Its catalog's addresses lead to the successor (src/lib/units/redirects.ts).
 */
export const LIVE_SECTIONS = ['procedures', 'schedule', 'consultations'] as const;
export type LiveSection = (typeof LIVE_SECTIONS)[number];
