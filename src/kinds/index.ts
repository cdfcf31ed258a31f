/**
 * The registry of content kinds, each declared in its own module (src/kinds/<kind>/index.ts).
 * The checker runs their rules in this order: later kinds use what earlier ones learned (questions
 * link procedures and documents). Adding a kind: docs/adding-a-kind.md.
 */
import news from './news/index.ts';
import pages from './pages/index.ts';
import english from './english/index.ts';
import procedures from './procedures/index.ts';
import overrides from './overrides/index.ts';
import documents from './documents/index.ts';
import schedule from './schedule/index.ts';
import questions from './questions/index.ts';
import statistics from './statistics/index.ts';
import consultations from './consultations/index.ts';
import albums from './albums/index.ts';
import videos from './videos/index.ts';

export const KINDS = [
  news,
  pages,
  english,
  procedures,
  overrides,
  documents,
  schedule,
  questions,
  statistics,
  consultations,
  albums,
  videos,
] as const;

export type Kind = (typeof KINDS)[number];
