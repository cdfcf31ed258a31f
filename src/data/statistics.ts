/** The dossier statistics, loaded, checked and summed once per build: periods oldest first. */
import { perUnit } from './units.ts';
import { unitCollection } from './collections.ts';
import { ContentError } from '../lib/validation.ts';
import { FILE_NAME, periodProblems } from '../lib/content/cross-file.ts';
import { msg } from '../lib/content/messages.ts';
import { comparePeriods, parsePeriodSlug, type Period } from '../lib/statistics/periods.ts';
import { sumFigures, type Figures } from '../lib/statistics/figures.ts';
import type { StatisticsRow } from '../lib/schemas/statistics.ts';

export interface PeriodStatistics {
  period: Period;
  note?: string;
  rows: StatisticsRow[];
  /** All rows summed. */
  total: Figures;
}

const periods = perUnit((): Promise<PeriodStatistics[]> => load());

async function load(): Promise<PeriodStatistics[]> {
  const entries = (await unitCollection('statistics')).map((e) => ({ entry: e, file: e.filePath ?? e.id, period: parsePeriodSlug(e.id) }));
  const named = entries.filter((e): e is typeof e & { period: Period } => e.period !== undefined);
  const problems = [
    ...entries
      .filter((e) => !e.period)
      .map((e) => ({ file: e.file, field: FILE_NAME, message: msg.periodFileName(e.file.split('/').pop()!) })),
    ...periodProblems(named),
  ];
  if (problems.length) throw new ContentError(problems);
  return named
    .map(({ entry, period }) => ({ period, note: entry.data.note, rows: entry.data.rows, total: sumFigures(entry.data.rows) }))
    .sort((a, b) => comparePeriods(a.period, b.period));
}

/** Every period with figures, oldest first. */
export const allPeriods = () => periods();

/** The newest period, for the headline on the home page. */
export const latestPeriod = async () => (await allPeriods()).at(-1);
