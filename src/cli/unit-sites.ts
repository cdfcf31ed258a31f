/** The units a build makes sites of, as the build's last steps need them (src/lib/build/unit-output.ts). */
import { existsSync, writeFileSync } from 'node:fs';
import { adminContentSecurityPolicy, contentSecurityPolicy, nginxHeaders, staticHostHeaders } from '../lib/build/csp.ts';
import { editorApiOrigins } from '../data/cms.ts';
import type { SitePages } from '../lib/build/site-pages.ts';
import { join } from 'node:path';
import { loadConfig, loadSite } from '../data/config.ts';
import { archiveRedirects, nginxRedirectMap, staticHostRedirects } from '../lib/units/redirects.ts';
import { allUnitIds } from '../data/units.ts';
import { t } from '../i18n/vi.ts';
import { unitsIndexHtml } from '../lib/units/index-page.ts';

/** The root page of a many-unit build: every unit of the repository, built this time or before. */
export const unitsIndexPage = () =>
  unitsIndexHtml(
    'Các trang thông tin điện tử trong kho nội dung',
    allUnitIds.map((id) => {
      const { site } = loadConfig(id);
      return {
        id,
        name: site.unit.name,
        levelName: t.unitLevels[site.unit.level],
        archived: site.archive.archived,
        url: site.site.url,
      };
    }),
  );

/** A unit's site.yaml, or undefined when it cannot be read (the unit's own check says why). */
export function loadSiteFile(unit: string) {
  try {
    return loadSite(unit);
  } catch {
    return undefined;
  }
}

/** The units of `units` that are archives. */
export const archivedUnits = (units: readonly string[]) => units.filter((id) => loadConfig(id).site.archive.archived);

/**
 * Writes each archived unit's redirect files into its site's folder (src/lib/units/redirects.ts):
 * `_redirects` for static hosts, `redirects.nginx.map` for nginx. An archive without a successor has none.
 */
export function writeArchiveRedirects(outDir: string, units: readonly string[]) {
  for (const unit of archivedUnits(units)) {
    const successor = loadConfig(unit).site.archive.successors[0];
    if (!successor) continue;
    const rules = archiveRedirects(successor.url);
    writeFileSync(join(outDir, unit, '_redirects'), staticHostRedirects(rules));
    writeFileSync(join(outDir, unit, 'redirects.nginx.map'), nginxRedirectMap(rules));
  }
}

/**
 * Writes each unit's security headers beside its site (src/lib/build/csp.ts): `_headers` for static
 * hosts, `security-headers.nginx.conf` for nginx, with the hashes of the inline code its pages hold,
 * and `admin-headers.nginx.conf` for its web editor.
 */
export function writeSecurityHeaders(outDir: string, scans: ReadonlyMap<string, SitePages>) {
  for (const [unit, { inline }] of scans) {
    const policy = contentSecurityPolicy(inline);
    // The web editor, where the unit has one (archives do not), gets its own policy.
    const adminPolicy = existsSync(join(outDir, unit, 'admin')) ? adminContentSecurityPolicy(editorApiOrigins(unit)) : undefined;
    writeFileSync(join(outDir, unit, '_headers'), staticHostHeaders(policy, adminPolicy));
    writeFileSync(join(outDir, unit, 'security-headers.nginx.conf'), nginxHeaders(policy));
    if (adminPolicy) writeFileSync(join(outDir, unit, 'admin-headers.nginx.conf'), nginxHeaders(adminPolicy, true));
  }
}
