/**
 * The catalog's list for the find-a-procedure box on a large catalog (src/scripts/catalog-search.ts):
 * every listed procedure as [code, name, field], in the catalog's order. Also a plain open-data list.
 */
import { onePerLiveUnit } from '../../../data/unit-routes.ts';
import type { APIRoute } from 'astro';
import { listedProcedures } from '../../../data/procedures.ts';
import { loadConfig } from '../../../data/config.ts';
import { groupByField } from '../../../lib/procedures/catalog.ts';

export const GET: APIRoute = async () => {
  const groups = groupByField(
    await listedProcedures(),
    loadConfig().fields.map((f) => f.name),
  );
  const items = groups.flatMap((g) => g.items.map((p) => [p.code, p.name, p.field]));
  return new Response(JSON.stringify({ items }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

export const getStaticPaths = onePerLiveUnit;
