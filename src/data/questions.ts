/**
 * Questions answered, loaded, checked against the catalog and the documents, and indexed once per
 * build: newest answer first, by field. Pages ask this module, never getCollection directly.
 */
import { perUnit } from './units.ts';
import type { CollectionEntry } from 'astro:content';
import { unitCollection } from './collections.ts';
import { entrySlug } from '../kinds/kind.ts';
import kind from '../kinds/questions/index.ts';
import { ContentError } from '../lib/validation.ts';
import { BODY, questionReferenceProblems, slugProblems } from '../lib/content/cross-file.ts';
import { msg } from '../lib/content/messages.ts';
import { RESERVED_SLUGS, paths } from '../lib/routes.ts';
import { isPublishedNow } from './build-env.ts';
import { allProcedures, type Procedure } from './procedures.ts';
import { allDocuments, type LegalDocument } from './documents.ts';
import { loadConfig } from './config.ts';
import type { TaxonomyItem } from '../lib/schemas/taxonomy.ts';

export type Question = CollectionEntry<'questions'> & {
  slug: string;
  url: string;
  procedures: Procedure[];
  documents: LegalDocument[];
};

interface QuestionIndex {
  all: Question[];
  byField: Map<string, Question[]>;
}

const index = perUnit((): Promise<QuestionIndex> => build());

/** Newest answer first; ties by title so the order is stable. */
const byAnswered = (a: Question, b: Question) =>
  b.data.answered.getTime() - a.data.answered.getTime() || a.data.title.localeCompare(b.data.title, 'vi');

async function build(): Promise<QuestionIndex> {
  const entries = (await unitCollection('questions'))
    .filter((e) => isPublishedNow(kind, e.data))
    .map((entry) => ({ entry, slug: entrySlug(entry.id), file: entry.filePath ?? entry.id }));
  const procedures = new Map((await allProcedures()).map((p) => [p.code, p]));
  const documents = new Map((await allDocuments()).map((d) => [d.slug, d]));
  const problems = [
    ...slugProblems(entries, RESERVED_SLUGS.questions),
    ...questionReferenceProblems(
      entries.map(({ entry, file }) => ({
        file,
        procedures: entry.data.procedures.map((code) => ({ code })),
        documents: entry.data.documents.map((slug) => ({ slug })),
      })),
      new Set(procedures.keys()),
      new Set(documents.keys()),
    ),
    ...entries.filter(({ entry }) => !entry.body?.trim()).map(({ file }) => ({ file, field: BODY, message: msg.noAnswer() })),
  ];
  if (problems.length) throw new ContentError(problems);

  const all = entries
    .map(({ entry, slug }) => ({
      ...entry,
      slug,
      url: paths.question(slug),
      procedures: entry.data.procedures.map((code) => procedures.get(code)!),
      documents: entry.data.documents.map((s) => documents.get(s)!),
    }))
    .sort(byAnswered);
  const byField = new Map<string, Question[]>();
  for (const q of all) byField.set(q.data.field, [...(byField.get(q.data.field) ?? []), q]);
  return { all, byField };
}

const questionIndex = () => index();

/** Every published question, newest answer first. */
export const allQuestions = async () => (await questionIndex()).all;

/** Fields that have questions, in the order of content/fields.yaml, with their questions. */
export async function questionsByField(): Promise<{ field: TaxonomyItem; questions: Question[] }[]> {
  const { byField } = await questionIndex();
  return loadConfig()
    .fields.filter((f) => byField.has(f.name))
    .map((field) => ({ field, questions: byField.get(field.name)! }));
}

/** Counts per field for the filters of every list page. */
export async function questionFacets() {
  return (await questionsByField()).map(({ field, questions }) => ({
    href: paths.questionField(field.slug),
    label: field.name,
    count: questions.length,
  }));
}
