/** The units of a repository as plain data: which exist, which a build selects, and how they refer to each other. */
import type { Problem } from '../validation.ts';

/** The folder of content/ that holds what all units share, never a unit. */
export const SHARED_FOLDER = 'shared';

/** Where a repository's content is: its folder, the units a build renders ('' alone for one unit, whose folder is content/ itself) and the folder of what they share. */
export interface ContentLayout {
  contentDir: string;
  units: readonly string[];
  sharedDir: string;
  /** The units that are archives (src/lib/units/scope.ts: they publish nothing of the live sections). */
  archived?: readonly string[];
}

/** The layout of a repository with one unit, in `dir`. */
export const oneUnitLayout = (dir: string): ContentLayout => ({ contentDir: dir, units: [''], sharedDir: dir });

/** The units a build renders: all of them, or those a comma-separated list names (each must exist). */
export function selectUnits(all: readonly string[], list: string | undefined): { units: readonly string[] } | { problem: Problem } {
  if (!list?.trim()) return { units: all };
  const wanted = list
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  const unknown = wanted.filter((u) => !all.includes(u));
  if (unknown.length)
    return {
      problem: {
        file: 'content/',
        field: 'đơn vị',
        message: `không có đơn vị "${unknown.join('", "')}" — các đơn vị có trong content/: ${all.filter(Boolean).join(', ') || '(chỉ một đơn vị, không cần chọn)'}`,
      },
    };
  return { units: all.filter((u) => wanted.includes(u)) };
}

/**
 * The units whose content a build reads: those it renders and their child units (a province's
 * directory shows when its communes' contacts were last updated). A commune built alone reads no
 * other unit's articles, however large the province.
 */
export function unitsToRead(all: readonly string[], rendered: readonly string[], parentOf: (unit: string) => string | undefined) {
  return all.filter((u) => rendered.includes(u) || rendered.includes(parentOf(u) ?? ''));
}

/** A successor portal as pages link it. */
export interface SuccessorLink {
  name: string;
  url: string;
}

/** What the units' checks read of a unit's site.yaml. */
export interface UnitIdentity {
  id: string;
  file: string;
  url: string;
  title: string;
  parentUnit?: string;
  successors: readonly { unit?: string; name?: string; url?: string }[];
  archived: boolean;
}

/** A unit's successors with the names and addresses of those that are units of the repository. */
export function successorLinks(
  successors: UnitIdentity['successors'],
  units: ReadonlyMap<string, Pick<UnitIdentity, 'title' | 'url'>>,
): SuccessorLink[] {
  return successors.flatMap((s) => {
    const unit = s.unit === undefined ? undefined : units.get(s.unit);
    const name = s.name ?? unit?.title;
    const url = s.url ?? unit?.url;
    return name && url ? [{ name, url }] : [];
  });
}

/**
 * What is wrong between units: a parent or successor that is no unit of the repository, two units
 * at one address, an archive that names no successor. Each problem names the unit's site.yaml.
 */
export function unitProblems(units: readonly UnitIdentity[]): Problem[] {
  const ids = new Set(units.map((u) => u.id));
  const list = [...ids].join(', ');
  const problems: Problem[] = [];
  const byUrl = new Map<string, string>();
  for (const u of units) {
    if (u.parentUnit !== undefined && !ids.has(u.parentUnit))
      problems.push({
        file: u.file,
        field: 'unit.parentUnit',
        message: `không có đơn vị "${u.parentUnit}" trong content/ — cần là một trong: ${list}`,
      });
    u.successors.forEach((s, i) => {
      if (s.unit !== undefined && !ids.has(s.unit))
        problems.push({
          file: u.file,
          field: `archive.successors[${i + 1}].unit`,
          message: `không có đơn vị "${s.unit}" trong content/ — cần là một trong: ${list}`,
        });
    });
    if (u.archived && u.successors.length === 0)
      problems.push({
        file: u.file,
        field: 'archive.successors',
        message: 'trang lưu trữ cần nêu ít nhất một cổng thay thế, để người đọc biết tìm thông tin mới ở đâu',
      });
    const other = byUrl.get(u.url);
    if (other !== undefined)
      problems.push({
        file: u.file,
        field: 'site.url',
        message: `địa chỉ ${u.url} đã là của đơn vị "${other}" — mỗi đơn vị cần một địa chỉ riêng`,
      });
    else byUrl.set(u.url, u.id);
  }
  return problems;
}

/** The unit ids a command line names with `--unit <id>` (again, or comma-separated, for more). */
export const unitArgs = (argv: readonly string[]): string[] =>
  argv.flatMap((arg, i) => (argv[i - 1] === '--unit' ? arg.split(',').map((u) => u.trim()) : [])).filter(Boolean);
