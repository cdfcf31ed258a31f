/**
 * Consultations on drafts, loaded once per build: their status on the build's day (open with days
 * left, not yet open, closed), the draft files with their sizes, open ones first.
 */
import { currentUnit, perUnit, unitDir } from './units.ts';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { unitCollection } from './collections.ts';
import { ContentError } from '../lib/validation.ts';
import { slugProblems } from '../lib/content/cross-file.ts';
import { compareConsultations, consultationStatus, type ConsultationStatus } from '../lib/consultations/status.ts';
import { resolveRelative } from '../lib/content/relative-path.ts';
import kind from '../kinds/consultations/index.ts';
import { attachmentName, describeAttachment } from '../lib/documents/files.ts';
import { RESERVED_SLUGS, paths } from '../lib/routes.ts';
import { buildTime, isPublishedNow } from './build-env.ts';
import type { Attachment } from './documents.ts';

export type Consultation = CollectionEntry<'consultations'> & {
  slug: string;
  url: string;
  status: ConsultationStatus;
  opens: Date;
  closes: Date;
  files: (Attachment & { title: string })[];
};

const list = perUnit((): Promise<Consultation[]> => load());

async function load(): Promise<Consultation[]> {
  const entries = (await unitCollection('consultations'))
    .filter((e) => isPublishedNow(kind, e.data))
    .map((entry) => ({ entry, slug: entry.id, file: entry.filePath ?? entry.id }));
  const problems = slugProblems(entries, RESERVED_SLUGS.consultations);
  if (problems.length) throw new ContentError(problems);
  return entries
    .map(({ entry, slug }) => ({
      ...entry,
      slug,
      url: paths.consultation(slug),
      opens: entry.data.opens,
      closes: entry.data.closes,
      status: consultationStatus(entry.data.opens, entry.data.closes, buildTime),
      files: entry.data.files.map((f) => {
        // Missing files stop the build when the pipeline copies them (src/cli/content-files.ts), with the checker's message.
        const source = resolveRelative(`${slug}.md`, f.file) ?? f.file;
        const size = statSync(join(unitDir(currentUnit()), 'consultations', source), { throwIfNoEntry: false })?.size ?? 0;
        return {
          title: f.title,
          url: paths.consultationFile(attachmentName(source)),
          description: describeAttachment(source, size),
          extension: source.split('.').pop()!,
        };
      }),
    }))
    .sort(compareConsultations);
}

/** Every published consultation: open ones first (soonest to close first), then upcoming, then closed. */
export const allConsultations = () => list();
