/**
 * The routes' getStaticPaths, unit by unit: each route's pages are made once per unit this build
 * renders (src/data/units.ts), and the sections only live units have are left out of archives.
 */
import { isArchived } from './config.ts';
import { unitIds, withUnit } from './units.ts';

/**
 * The unit the dev server shows at the site's root: `TRANGTIN_UNITS=<id> npm run dev` shows one
 * unit of a repository of many as its own site, its links working as on its domain. A build always
 * puts each unit in its folder.
 */
export const rootUnit = process.env.TRANGTIN_DEV_SERVER === '1' && unitIds.length === 1 ? unitIds[0] : undefined;

type StaticPath = { params: Record<string, string | number | undefined>; props?: object };

/**
 * A route's getStaticPaths for every unit: `paths` runs as each unit's (withUnit), and each path
 * gets the unit as its first URL segment — none in a one-unit repository, so its pages are where
 * they always were.
 */
export function unitPaths<Args extends unknown[], P extends StaticPath>(
  paths: (...args: Args) => P[] | Promise<P[]>,
): (...args: Args) => Promise<(P & { params: { unit: string | undefined } })[]> {
  return async (...args) => {
    const perUnitPaths = await Promise.all(
      unitIds.map((unit) =>
        withUnit(unit, async () =>
          (await paths(...args)).map((p) => ({ ...p, params: { ...p.params, unit: unit === rootUnit ? undefined : unit || undefined } })),
        ),
      ),
    );
    return perUnitPaths.flat();
  };
}

/**
 * A route's getStaticPaths for a section only live units have (src/lib/units/scope.ts): an archived
 * unit gets none of its pages.
 */
export function liveUnitPaths<Args extends unknown[], P extends StaticPath>(paths: (...args: Args) => P[] | Promise<P[]>) {
  return unitPaths(async (...args: Args) => (isArchived() ? [] : paths(...args)));
}

/** getStaticPaths of a route with one page per unit (the home page, the search page…). */
export const onePerUnit = unitPaths(() => [{ params: {} }]);

/** getStaticPaths of a route with one page per live unit (the catalog's index, this week's schedule…). */
export const onePerLiveUnit = liveUnitPaths(() => [{ params: {} }]);
