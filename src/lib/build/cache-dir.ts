/**
 * Where Astro keeps its cache (content store, incremental-build manifest and copies of pages):
 * read by astro.config.mjs and by the build pipeline, which seeds a rebuild from it
 * (src/lib/build/seed.ts). A build of another content folder (a test fixture) gets a cache of its
 * own so entries never leak from one site into another; TRANGTIN_CACHE puts it elsewhere (tests
 * keep it beside their temporary content). Relative paths are from the project's root.
 */
export function astroCacheDir(env: Record<string, string | undefined> = process.env): string {
  if (env.TRANGTIN_CACHE) return env.TRANGTIN_CACHE;
  return env.TRANGTIN_CONTENT ? `./node_modules/.astro/${env.TRANGTIN_CONTENT.replace(/[^a-zA-Z0-9]+/g, '-')}` : './node_modules/.astro';
}
