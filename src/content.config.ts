/**
 * Content collections: news, procedures, static pages, documents, the working schedule and the
 * questions answered, the dossier statistics, the consultations on drafts, the English pages,
 * photo albums and videos, read from `content/`.
 * Schemas live in src/lib/schemas so tests and `npm run check` validate with the very same rules.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir, loadConfig } from './data/config.ts';
import { newsSchema } from './lib/schemas/news.ts';
import { procedureSchema } from './lib/schemas/procedure.ts';
import { pageSchema } from './lib/schemas/page.ts';
import { documentSchema } from './lib/schemas/document.ts';
import { weekSchema } from './lib/schemas/schedule.ts';
import { questionSchema } from './lib/schemas/question.ts';
import { statisticsSchema } from './lib/schemas/statistics.ts';
import { consultationSchema } from './lib/schemas/consultation.ts';
import { albumSchema, videoSchema } from './lib/schemas/media.ts';

const { categories, fields, documentTypes, site, leaders } = loadConfig();
const fileName = (entry: string) =>
  entry
    .split('/')
    .pop()!
    .replace(/\.(md|ya?ml)$/, '');

const news = defineCollection({
  // A file whose name starts with "_" is parked, not published. The id keeps the year folder
  // ("2024/slug"); the URL uses the slug alone, whose uniqueness src/data/news.ts checks.
  // Bodies are rendered once, when the collection syncs, and cached between builds (an unchanged
  // article is not rendered again). deferRender would instead make every entry a Vite module:
  // measured at 10,000 articles it made the bundle step several times slower.
  loader: glob({ pattern: '**/[^_]*.md', base: `${contentDir}/news` }),
  schema: ({ image }) => newsSchema({ image, categories }),
});

const procedures = defineCollection({
  // Astro's default id would drop the dots of "1.001193"; the file name keeps the code in the URL.
  loader: glob({ pattern: '[^_]*.{yaml,yml}', base: `${contentDir}/procedures`, generateId: ({ entry }) => fileName(entry) }),
  schema: procedureSchema({ fields }),
});

const pages = defineCollection({
  loader: glob({ pattern: '[^_]*.md', base: `${contentDir}/pages`, generateId: ({ entry }) => fileName(entry) }),
  schema: pageSchema,
});

const documents = defineCollection({
  // Like news: id "2024/slug", URL /van-ban/<slug>/; attachments sit next to the file (./tep/…)
  // and are copied into the site by src/cli/content-files.ts.
  loader: glob({ pattern: '**/[^_]*.md', base: `${contentDir}/documents` }),
  schema: documentSchema({ types: documentTypes }),
});

const schedule = defineCollection({
  // One file per week, named by it ("2025-tuan-24"); the checker keeps each date inside its week.
  loader: glob({ pattern: '[^_]*.{yaml,yml}', base: `${contentDir}/schedule`, generateId: ({ entry }) => fileName(entry) }),
  schema: weekSchema({ leaders }),
});

const questions = defineCollection({
  // Like news: id "2025/slug", URL /hoi-dap/<slug>/; the body is the answer. Rendered at load time:
  // a unit answers hundreds of questions, not tens of thousands.
  loader: glob({ pattern: '**/[^_]*.md', base: `${contentDir}/questions` }),
  schema: questionSchema({ fields }),
});

const statistics = defineCollection({
  // One file per period, named by it ("2025-05", "2025-q2"); src/data/statistics.ts checks the names.
  loader: glob({ pattern: '[^_]*.{yaml,yml}', base: `${contentDir}/statistics`, generateId: ({ entry }) => fileName(entry) }),
  schema: statisticsSchema({ fields }),
});

const consultations = defineCollection({
  // One file per draft, its files in tep/ beside it (copied by src/cli/content-files.ts).
  loader: glob({ pattern: '[^_]*.md', base: `${contentDir}/consultations`, generateId: ({ entry }) => fileName(entry) }),
  schema: consultationSchema(),
});

const english = defineCollection({
  // The English pages (introduction, organisation, contacts): index.md is /en/.
  loader: glob({ pattern: '[^_]*.md', base: `${contentDir}/en`, generateId: ({ entry }) => fileName(entry) }),
  schema: pageSchema,
});

const albums = defineCollection({
  // One folder per album: album.yaml and its photos; the folder's name is the URL.
  loader: glob({ pattern: '*/album.{yaml,yml}', base: `${contentDir}/albums`, generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: ({ image }) => albumSchema({ image }),
});

const videos = defineCollection({
  // One file per video; self-hosted files and captions in tep/ (copied by src/cli/content-files.ts).
  loader: glob({ pattern: '[^_]*.{yaml,yml}', base: `${contentDir}/videos`, generateId: ({ entry }) => fileName(entry) }),
  schema: ({ image }) => videoSchema({ image }),
});

export const collections = { news, procedures, pages, documents, schedule, questions, statistics, consultations, english, albums, videos };
