/**
 * Makes each page as its unit's: while it renders, configuration and data modules answer for its
 * unit (src/data/units.ts) — the first segment of its path when the repository has many units,
 * none when it has one. Not Astro's `params.unit`: Astro parses the params again from the path, and
 * a route with two rest parameters (`[...unit]/[section]/[...page]`) parses "/dau-tu-dau-thau/trang/2/"
 * as the unit "dau-tu-dau-thau".
 */
import { defineMiddleware } from 'astro:middleware';
import { multiUnit, withUnit } from './data/units.ts';
import { rootUnit } from './data/unit-routes.ts';

const unitOf = (pathname: string) => (!multiUnit ? '' : (rootUnit ?? pathname.split('/')[1] ?? ''));

export const onRequest = defineMiddleware((context, next) => withUnit(unitOf(context.url.pathname), next));
