/**
 * The yardstick issue 14 sets for `npm run build`: a bare Astro site over the same content (glob
 * loaders, one page per article, procedure and document, no checks, no lists) indexed by the
 * Pagefind CLI. Written into a temporary folder that uses this repository's node_modules, so both
 * run the same Astro and Pagefind on the same machine in the same run (`bench:build -- --baseline`).
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'baseline', private: true, type: 'module' }),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
// A cache of its own, in the temporary folder: cold on every run, as trangtin's is in the bench.
export default defineConfig({ outDir: process.env.BASELINE_OUT, cacheDir: './.astro-cache', build: { format: 'directory' }, devToolbar: { enabled: false } });
`,
  'src/content.config.ts': `import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
const base = process.env.BASELINE_CONTENT;
const loose = z.object({}).passthrough();
const name = ({ entry }: { entry: string }) => entry.split('/').pop()!.replace(/\\.(md|ya?ml)$/, '');
export const collections = {
  news: defineCollection({ loader: glob({ pattern: '**/[^_]*.md', base: base + '/news' }), schema: loose }),
  procedures: defineCollection({ loader: glob({ pattern: '[^_]*.yaml', base: base + '/procedures', generateId: name }), schema: loose }),
  documents: defineCollection({ loader: glob({ pattern: '**/[^_]*.md', base: base + '/documents' }), schema: loose }),
};
`,
  'src/layouts/Page.astro': `---
const { title } = Astro.props;
---
<html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body><main data-pagefind-body><h1>{title}</h1><slot /></main></body></html>
`,
  'src/pages/tin-tuc/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import Page from '../../layouts/Page.astro';
export async function getStaticPaths() {
  return (await getCollection('news')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Page title={entry.data.title}><p>{entry.data.summary}</p><Content /></Page>
`,
  'src/pages/van-ban/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import Page from '../../layouts/Page.astro';
export async function getStaticPaths() {
  return (await getCollection('documents')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Page title={entry.data.title}><p>{entry.data.number}</p><Content /></Page>
`,
  'src/pages/thu-tuc-hanh-chinh/[code].astro': `---
import { getCollection } from 'astro:content';
import Page from '../../layouts/Page.astro';
export async function getStaticPaths() {
  return (await getCollection('procedures')).map((entry) => ({ params: { code: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const d = entry.data;
---
<Page title={d.name}><p>{d.field} · {d.timeLimit} · {d.fee}</p><ol>{(d.steps ?? []).map((s) => <li>{String(s)}</li>)}</ol><p>{(d.legalBasis ?? []).join('; ')}</p></Page>
`,
};

/** Writes the baseline project into `dir`; returns the commands that build and index it. */
export function writeBaseline(dir: string, repoRoot: string) {
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
  return {
    astro: [join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    pagefind: join(repoRoot, 'node_modules', '.bin', 'pagefind'),
  };
}
