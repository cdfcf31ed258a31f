// @ts-check
import { defineConfig } from 'astro/config';
import { loadConfig } from './src/data/config.ts';
import pagefind from './src/integrations/pagefind.ts';

const { site } = loadConfig();

export default defineConfig({
  site: site.site.url,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // Keep `dist/` for the finished site only; TRANGTIN_OUT lets a build write elsewhere first.
  outDir: process.env.TRANGTIN_OUT ?? './dist',
  devToolbar: { enabled: false },
  integrations: [pagefind()],
  prefetch: false,
  image: { responsiveStyles: false },
  markdown: {
    smartypants: false,
  },
});
