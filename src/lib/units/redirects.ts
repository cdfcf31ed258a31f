/**
 * An archived unit's redirect map: the addresses of its live sections (src/lib/units/scope.ts), which
 * its site no longer has, lead to its successor's; everything else stays readable where it was.
 * Written as patterns, so that the map stays a few lines whatever the archive's size (GitLab Pages
 * reads at most 1,000 rules): a `_redirects` file for static hosts (Netlify, Cloudflare Pages,
 * GitLab Pages) and an nginx `map` for servers (docs/operator-guide.md).
 */
import { paths } from '../routes.ts';

export interface RedirectRule {
  /** A path, or a path prefix ending in "*" (whatever follows is kept only when `keepRest`). */
  from: string;
  to: string;
  keepRest: boolean;
}

/** The rules of an archive whose successor's site is at `successorUrl` (no trailing slash). */
export function archiveRedirects(successorUrl: string): RedirectRule[] {
  return [
    // The successor lists the same procedures under the same codes (one catalog, src/lib/units/scope.ts).
    { from: `${paths.catalog}*`, to: `${successorUrl}${paths.catalog}`, keepRest: true },
    { from: `${paths.schedule}*`, to: `${successorUrl}${paths.schedule}`, keepRest: false },
    { from: `${paths.consultations}*`, to: `${successorUrl}${paths.consultations}`, keepRest: false },
  ];
}

/** Whether a path is one a rule redirects. */
export const matchesRule = (rule: RedirectRule, path: string) =>
  rule.from.endsWith('*') ? path.startsWith(rule.from.slice(0, -1)) : path === rule.from;

/** The `_redirects` file: one "from to 301" line a rule, ":splat" for what the "*" matched. */
export function staticHostRedirects(rules: readonly RedirectRule[]): string {
  return rules.map((r) => `${r.from} ${r.to}${r.keepRest ? ':splat' : ''} 301`).join('\n') + '\n';
}

const regexEscape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The nginx map, to include in an `http` block as
 *   map $uri $trangtin_redirect { include /srv/…/redirects.nginx.map; }
 * and use in the archive's server block as
 *   if ($trangtin_redirect) { return 301 $trangtin_redirect; }
 */
export function nginxRedirectMap(rules: readonly RedirectRule[]): string {
  return (
    rules
      .map((r) => {
        const prefix = regexEscape(r.from.replace(/\*$/, ''));
        return r.keepRest ? `~^${prefix}(.*)$ ${r.to}$1;` : `~^${prefix} ${r.to};`;
      })
      .join('\n') + '\n'
  );
}
