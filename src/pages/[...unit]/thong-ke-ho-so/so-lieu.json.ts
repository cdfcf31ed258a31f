/** The dossier statistics as JSON open data. */
import { onePerUnit } from '../../../data/unit-routes.ts';
import type { APIRoute } from 'astro';
import { allPeriods } from '../../../data/statistics.ts';
import { loadConfig } from '../../../data/config.ts';
import { toJson } from '../../../lib/statistics/open-data.ts';
import { paths } from '../../../lib/routes.ts';

export const GET: APIRoute = async () => {
  const { site } = loadConfig();
  const json = toJson(await allPeriods(), { unit: site.unit.name, source: new URL(paths.statistics, site.site.url).href });
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

export const getStaticPaths = onePerUnit;
