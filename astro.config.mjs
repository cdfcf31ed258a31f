// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { loadConfig } from './src/data/config.ts';
import contentFiles from './src/integrations/content-files.ts';
import { safeHtml } from './src/lib/safe-html.ts';
import { scrollableTables } from './src/lib/scrollable-table.ts';
import { captionedImages } from './src/lib/figures.ts';

const { site } = loadConfig();

export default defineConfig({
  site: site.site.url,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // Keep `dist/` for the finished site only; TRANGTIN_OUT lets a build write elsewhere first.
  outDir: process.env.TRANGTIN_OUT ?? './dist',
  // Astro caches collections and pages between builds; a build of another content folder (a test
  // fixture) gets a cache of its own so entries never leak from one site into another.
  // TRANGTIN_CACHE puts it elsewhere (tests keep it beside their temporary content).
  cacheDir: process.env.TRANGTIN_CACHE ?? (process.env.TRANGTIN_CONTENT
    ? `./node_modules/.astro/${process.env.TRANGTIN_CONTENT.replace(/[^a-zA-Z0-9]+/g, '-')}`
    : './node_modules/.astro'),
  devToolbar: { enabled: false },
  // Pages whose cacheKey (src/data/cache-keys.ts) and code did not change are restored from the
  // last build instead of rendered: adding one article re-renders the pages it appears on only.
  experimental: { incrementalBuild: true },
  // The search index is built after Astro exits (src/cli/build.ts), so the two never share memory.
  integrations: [contentFiles()],
  prefetch: false,
  image: { responsiveStyles: false },
  markdown: {
    // rawHtml parses HTML written in Markdown into elements, so safeHtml can remove what runs code.
    processor: satteri({ features: { rawHtml: true }, hastPlugins: [safeHtml, scrollableTables, captionedImages] }),
  },
});
