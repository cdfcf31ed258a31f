/**
 * The web editor's files beside each unit's /admin/ page (src/pages/[...unit]/admin/index.astro):
 * Decap CMS's own, copied from the decap-cms package, and this project's start-up module
 * (src/cms/admin.ts), bundled by esbuild on its own — bundled by Astro with the pages' scripts, it
 * shared chunks with them and grew the search's script fourfold. Written into every live unit's site
 * after the build, so that the editor loads from the portal itself, never from a CDN; served from
 * memory by the dev server.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { copyFileSync, createReadStream, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unitIds } from '../data/units.ts';

/** The folder of Decap's browser files in the installed package. */
const decapDist = () => join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');

/** Decap's bundle, the chunks it loads on demand and their WebAssembly (not its other bundle, cms.js, nor maps). */
export const decapFiles = (dist = decapDist()) =>
  readdirSync(dist).filter((name) => name === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(name) || name.endsWith('.wasm'));

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', wasm: 'application/wasm' };

/** The start-up module's name beside the admin page. */
export const ADMIN_MODULE = 'trangtin-cms.js';

/** src/cms/admin.ts and what it imports (the checker, the locale), as one browser module. */
async function adminModule(): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../cms/admin.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.contents;
}

export default function decapAdmin(): AstroIntegration {
  return {
    name: 'trangtin-decap-admin',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const dist = decapDist();
        const files = new Set(decapFiles(dist));
        server.middlewares.use((req, res, next) => {
          const name = /\/admin\/([^/?]+)(\?|$)/.exec(req.url ?? '')?.[1];
          if (name === ADMIN_MODULE) {
            // Bundled again on each request: the dev server shows edits to src/cms/ at the next reload.
            adminModule().then(
              (code) => res.setHeader('Content-Type', TYPES.js!).end(code),
              (error: unknown) => next(error),
            );
            return;
          }
          if (!name || !files.has(name)) return next();
          res.setHeader('Content-Type', TYPES[name.split('.').pop()!]!);
          createReadStream(join(dist, name)).pipe(res);
        });
      },
      'astro:build:done': async ({ dir }) => {
        const dist = decapDist();
        const files = decapFiles(dist);
        const module = await adminModule();
        for (const unit of unitIds) {
          const admin = join(fileURLToPath(dir), unit, 'admin');
          // Only a unit with an admin page gets the editor's files: archives have none (liveUnitPaths).
          if (!existsSync(admin)) continue;
          // Copies, not hard links: a link shares its file's time and content with the package and
          // with every other unit's copy, so a rebuild of one unit would touch them all.
          for (const name of files) copyFileSync(join(dist, name), join(admin, name));
          writeFileSync(join(admin, ADMIN_MODULE), module);
        }
      },
    },
  };
}
