/** Internal links in content: which site path a link points at, and whether the site has it (src/lib/routes.ts lists the paths). */
/**
 * The site path an internal link points at, or undefined for external links and anchors.
 * `siteUrl` makes absolute links to the portal itself count as internal.
 */
export function internalPath(href: string, siteUrl?: string): string | undefined {
  let target = href.trim();
  if (siteUrl && target.startsWith(`${siteUrl}/`)) target = target.slice(siteUrl.length);
  if (!target.startsWith('/') || target.startsWith('//')) return undefined;
  const path = target.replace(/[?#].*$/, '');
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** Whether `path` exists; a page link without its trailing slash still reaches the page. */
export function pathExists(paths: Set<string>, path: string): boolean {
  return paths.has(path) || (!path.endsWith('/') && paths.has(`${path}/`));
}
