/** Reads the sample content the way a test needs it: file lists and parsed frontmatter, no Astro. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/**
 * The live district of the tests: one unit in the layout of a one-unit repository, with every kind of
 * content. The demo province (content/) is tested by tests/build/province.test.ts.
 */
export const contentRoot = process.env.TRANGTIN_CONTENT ?? join(import.meta.dirname, '..', 'fixtures', 'district');

function walk(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name), ext) : ext.test(e.name) && !e.name.startsWith('_') ? [join(dir, e.name)] : [],
  );
}

export function frontmatter(file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  return match ? parse(match[1]!) : {};
}

export function sampleNews() {
  return walk(join(contentRoot, 'news'), /\.md$/).map((file) => {
    const data = frontmatter(file);
    return { file: relative(contentRoot, file), slug: file.split('/').pop()!.replace(/\.md$/, ''), data };
  });
}

export function sampleProcedures() {
  return walk(join(contentRoot, 'procedures'), /\.ya?ml$/).map(
    (file) =>
      parse(readFileSync(file, 'utf8')) as {
        code: string;
        name: string;
        field: string;
        online: string;
        rescinded?: unknown;
        channels: { type: string }[];
        related?: string[];
        onlineFiling?: { url: string };
      },
  );
}

/** Week files of the leaders' working schedule (content/schedule/<năm>-tuan-<số>.yaml), by slug. */
export function sampleWeeks() {
  return walk(join(contentRoot, 'schedule'), /\.ya?ml$/).map((file) =>
    file
      .split('/')
      .pop()!
      .replace(/\.ya?ml$/, ''),
  );
}

export function samplePages() {
  return walk(join(contentRoot, 'pages'), /\.md$/).map((file) => file.split('/').pop()!.replace(/\.md$/, ''));
}

export function sampleDocuments() {
  return walk(join(contentRoot, 'documents'), /\.md$/).map((file) => {
    const data = frontmatter(file) as {
      number: string;
      type: string;
      field?: string;
      title: string;
      issued: string;
      draft?: boolean;
      file?: string;
    };
    const rel = relative(join(contentRoot, 'documents'), file);
    return { file: relative(contentRoot, file), year: rel.split('/')[0]!, slug: file.split('/').pop()!.replace(/\.md$/, ''), data };
  });
}

export interface SampleQuestion {
  slug: string;
  data: {
    title: string;
    field: string;
    channel: string;
    answered: string;
    asker?: { name?: string; show?: string };
    procedures?: string[];
    documents?: string[];
    draft?: boolean;
  };
}

/** Questions answered (content/questions/<năm>/<slug>.md). */
export function sampleQuestions(): SampleQuestion[] {
  return walk(join(contentRoot, 'questions'), /\.md$/).map((file) => ({
    slug: file.split('/').pop()!.replace(/\.md$/, ''),
    data: frontmatter(file) as SampleQuestion['data'],
  }));
}

interface SampleRow {
  level: string;
  field: string;
  received: { online: number; direct: number; postal: number };
  resolved: { early: number; onTime: number; late: number };
}

/** Dossier statistics files (content/statistics/<kỳ>.yaml), by period slug, oldest first. */
export function sampleStatistics(): { slug: string; rows: SampleRow[] }[] {
  return walk(join(contentRoot, 'statistics'), /\.ya?ml$/)
    .map((file) => ({
      slug: file
        .split('/')
        .pop()!
        .replace(/\.ya?ml$/, ''),
      rows: (parse(readFileSync(file, 'utf8')) as { rows: SampleRow[] }).rows,
    }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Consultations on drafts (content/consultations/<slug>.md), by slug. */
export function sampleConsultations() {
  return walk(join(contentRoot, 'consultations'), /\.md$/).map((file) => ({
    slug: file.split('/').pop()!.replace(/\.md$/, ''),
    data: frontmatter(file) as { draft?: boolean },
  }));
}
