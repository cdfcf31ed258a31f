/**
 * Which units this repository holds and which one a page belongs to.
 *
 * Two layouts of content/ (docs/operator-guide.md):
 * - one unit: content/site.yaml and the kinds' folders beside it (the unit's id is '');
 * - many units: content/<unit id>/site.yaml and that unit's folders, with what the units share
 *   (the procedure catalog, the taxonomies) in content/shared/.
 *
 * One Astro build renders every unit: each page route runs once per unit (unitPaths), and while a
 * page of a unit renders, `currentUnit()` names it (an AsyncLocalStorage set by src/middleware.ts),
 * so that configuration and data modules answer for that unit without every component passing it on.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../lib/validation.ts';
import { SHARED_FOLDER, selectUnits, unitArgs, type ContentLayout } from '../lib/units/units.ts';

/** Folder of editors' content; TRANGTIN_CONTENT lets tests build a fixture site. */
export const contentDir = process.env.TRANGTIN_CONTENT ?? join(process.cwd(), 'content');

/** Whether content/ holds many units (content/<unit id>/site.yaml) rather than one. */
export const multiUnit = !existsSync(join(contentDir, 'site.yaml'));

/** Every unit's id, sorted ('' alone for a one-unit repository). */
export const allUnitIds: readonly string[] = multiUnit
  ? readdirSync(contentDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== SHARED_FOLDER && existsSync(join(contentDir, d.name, 'site.yaml')))
      .map((d) => d.name)
      .sort()
  : [''];

/** The units this build renders: all, or those TRANGTIN_UNITS names (comma-separated; `npm run build -- --unit <id>`). */
export const unitIds: readonly string[] = (() => {
  const selection = selectUnits(allUnitIds, process.env.TRANGTIN_UNITS);
  if ('problem' in selection) throw new ContentError([selection.problem]);
  return selection.units;
})();

/** A unit's own folder. */
export const unitDir = (unit: string) => join(contentDir, unit);

/** The folder of what the units share: content/shared/ (content/ itself in a one-unit repository). */
export const sharedDir = multiUnit ? join(contentDir, SHARED_FOLDER) : contentDir;

/** This repository's layout, for the build's steps after Astro. */
export const layout: ContentLayout = { contentDir, units: unitIds, sharedDir };

const context = new AsyncLocalStorage<string>();

/** Runs `fn` as the given unit's: what it reads of configuration and data is that unit's. */
export const withUnit = <T>(unit: string, fn: () => T): T => context.run(unit, fn);

/** The unit whose page is being made. Outside of one, only a one-unit repository has an answer. */
export function currentUnit(): string {
  const unit = context.getStore();
  if (unit !== undefined) return unit;
  if (!multiUnit) return '';
  throw new Error('currentUnit() ngoài trang của một đơn vị: dùng withUnit() hoặc unitPaths()');
}

/** A page's path on its unit's own site, from its path in the build ("/<unit>/tin-tuc/" → "/tin-tuc/"). */
export function sitePathOf(buildPath: string): string {
  const unit = currentUnit();
  return unit && buildPath.startsWith(`/${unit}/`) ? buildPath.slice(unit.length + 1) : buildPath;
}

/** A value computed once per unit, on first use (a data module's index). */
export function perUnit<T>(make: () => T): () => T {
  const made = new Map<string, T>();
  return () => {
    const unit = currentUnit();
    if (!made.has(unit)) made.set(unit, make());
    return made.get(unit)!;
  };
}

/** The unit an entry of a unit's kind belongs to, from its id ("<unit>/…" when there are many). */
export const entryUnit = (id: string): string => (multiUnit ? id.slice(0, id.indexOf('/')) : '');

/**
 * The "today" a demo's content is written for (content/shared/demo-today.txt, an ISO date and time):
 * its schedule, statistics and news then never look stale, whenever the demo is built. A real
 * portal has no such file, and its builds use the clock.
 */
export function demoToday(): string | undefined {
  const file = join(sharedDir, 'demo-today.txt');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

/**
 * The one unit a command that writes a unit's content works on (npm run new, the importers, the
 * web editor's configuration): the only one, or the one `--unit <id>` names. Exits with the list of
 * units when a repository of many is not told which.
 */
export function oneUnitFromArgs(argv: readonly string[]): string {
  if (!multiUnit) return '';
  const [unit, ...more] = unitArgs(argv);
  if (unit && !more.length && allUnitIds.includes(unit)) return unit;
  console.error(
    `Kho nội dung có nhiều đơn vị: thêm --unit <mã đơn vị>, một trong: ${allUnitIds.join(', ')}${unit && !allUnitIds.includes(unit) ? ` (không có đơn vị "${unit}")` : ''}`,
  );
  process.exit(1);
}
