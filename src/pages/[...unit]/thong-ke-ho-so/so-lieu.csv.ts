/** The dossier statistics as CSV open data (the importer's columns). */
import { onePerUnit } from '../../../data/unit-routes.ts';
import type { APIRoute } from 'astro';
import { allPeriods } from '../../../data/statistics.ts';
import { toCsv } from '../../../lib/statistics/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(await allPeriods()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

export const getStaticPaths = onePerUnit;
