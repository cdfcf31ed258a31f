/**
 * Makes each page as its unit's: while it renders, configuration and data modules answer for the
 * unit its route's first segment names (src/data/units.ts). Pages of a one-unit repository have none.
 */
import { defineMiddleware } from 'astro:middleware';
import { withUnit } from './data/units.ts';
import { rootUnit } from './data/unit-routes.ts';

export const onRequest = defineMiddleware((context, next) => withUnit(context.params.unit ?? rootUnit ?? '', next));
