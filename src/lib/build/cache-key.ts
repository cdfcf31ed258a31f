/**
 * Keys for Astro's incremental build (experimental.incrementalBuild): a page whose key and code
 * are the same as in the last build is not rendered again, its HTML is restored from the cache.
 * So a key must change whenever anything the page shows changes — its own entry, the other
 * entries it names (related, neighbours), and what every page shows (the site's settings).
 */
import { createHash } from 'node:crypto';

/** A short digest of the values, in order (JSON: dates as ISO strings, images by their hashed URL). */
export function digest(...values: unknown[]): string {
  const hash = createHash('sha256');
  for (const value of values) hash.update(JSON.stringify(value) ?? 'undefined').update('\u0000');
  return hash.digest('base64url').slice(0, 22);
}
