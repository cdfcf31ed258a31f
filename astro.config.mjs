// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { loadConfig, schemaSettingsDigest } from './src/data/config.ts';
import { unitIds } from './src/data/units.ts';
import { astroCacheDir } from './src/lib/build/cache-dir.ts';
import seedGate from './src/integrations/seed-gate.ts';
import decapAdmin from './src/integrations/decap-admin.ts';
import { safeHtml } from './src/lib/safe-html.ts';
import { scrollableTables } from './src/lib/scrollable-table.ts';
import { captionedImages } from './src/lib/captioned-images.ts';

// Astro's own `site`: the first unit's address. Pages use their unit's (BaseLayout), never this one.
const { site } = loadConfig(unitIds[0]);

/**
 * The component examples (tests/examples/): a route of the tests' build only
 * (TRANGTIN_EXAMPLES=1), so their pages and fixtures never reach a unit's site or its bundle.
 * @type {import('astro').AstroIntegration}
 */
const componentExamples = {
  name: 'trangtin-component-examples',
  hooks: {
    'astro:config:setup': ({ injectRoute }) =>
      injectRoute({ pattern: '/mau-giao-dien/[example]', entrypoint: './tests/examples/[example].astro' }),
  },
};

/**
 * Tells the pages whether they are served by the dev server (src/data/unit-routes.ts shows one unit
 * at the root there). Astro's own command, not import.meta.env.DEV, which follows NODE_ENV: a build
 * started by the tests has NODE_ENV=test.
 * @type {import('astro').AstroIntegration}
 */
const devServerFlag = {
  name: 'trangtin-dev-server',
  hooks: {
    'astro:config:setup': ({ command }) => {
      if (command === 'dev') process.env.TRANGTIN_DEV_SERVER = '1';
    },
  },
};

export default defineConfig({
  site: site.site.url,
  trailingSlash: 'always',
  // Eight pages rendered at once: while one page is written to disk (and to the incremental
  // cache), others render. Measured at 10,000 articles: routes 39 s with one, 28 s with four, 26 s
  // with twelve.
  build: { format: 'directory', inlineStylesheets: 'auto', concurrency: 8 },
  // Astro's log, with the pages counted instead of listed one a line.
  logger: { entrypoint: './src/integrations/build-log.ts' },
  // Keep `dist/` for the finished site only; TRANGTIN_OUT lets a build write elsewhere first.
  outDir: process.env.TRANGTIN_OUT ?? './dist',
  // Astro caches collections and pages between builds (src/lib/build/cache-dir.ts says where).
  cacheDir: astroCacheDir(),
  devToolbar: { enabled: false },
  // The build pipeline may seed its output folder with the last published site, so that Astro finds
  // the pages it can reuse in place (src/lib/build/seed.ts): then the folder must not be emptied.
  // The digest of the settings the content schemas read (src/data/config.ts), unused by any code:
  // part of Astro's config, it makes Astro sync every entry again when one of those files changes.
  vite: {
    build: { emptyOutDir: !process.env.TRANGTIN_SEEDED },
    define: { __TRANGTIN_SCHEMA_SETTINGS__: JSON.stringify(schemaSettingsDigest()) },
  },
  // Pages whose cacheKey (src/data/cache-keys.ts) and code did not change are restored from the
  // last build instead of rendered: adding one article re-renders the pages it appears on only.
  experimental: { incrementalBuild: true },
  // The search index is built after Astro exits (src/cli/build.ts), so the two never share memory.
  integrations: [seedGate(), devServerFlag, decapAdmin(), ...(process.env.TRANGTIN_EXAMPLES === '1' ? [componentExamples] : [])],
  prefetch: false,
  image: { responsiveStyles: false },
  markdown: {
    // rawHtml parses HTML written in Markdown into elements, so safeHtml can remove what runs code.
    processor: satteri({ features: { rawHtml: true }, hastPlugins: [safeHtml, scrollableTables, captionedImages] }),
  },
});
