/** The catalog's filter pages (by field, level, online level, applicant, agency), each with its cache key. */
import { catalogPages, type FilterScopes } from '../lib/procedures/catalog-pages.ts';
import { allProcedures, catalogScopes, type Procedure } from './procedures.ts';
import { catalogPageKey } from './cache-keys.ts';
import { loadConfig } from './config.ts';

/**
 * getStaticPaths of a filter route (`<kind>/[param]/[...page]`): each value's procedures in pages,
 * with the value's scope and the page as props, and the page's cache key.
 */
export async function filterPagePaths<K extends keyof FilterScopes<Procedure>>(kind: K, param: string) {
  const fieldOrder = loadConfig().fields.map((f) => f.name);
  const all = await allProcedures();
  return Promise.all(
    (await catalogScopes())[kind].flatMap((scope) =>
      catalogPages(scope.items, fieldOrder).map(async (page) => ({
        params: { [param]: scope.slug, page: page.param },
        props: { scope, page },
        cacheKey: await catalogPageKey(all, kind, scope.slug, page.current),
      })),
    ),
  );
}
