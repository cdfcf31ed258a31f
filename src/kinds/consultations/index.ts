/** Consultations on drafts: content/consultations/<slug>.md, the draft files in tep/ beside it. */
import { defineKind } from '../kind.ts';
import { consultationSchema } from '../../lib/schemas/consultation.ts';
import { consultationFilesToCopy } from '../../lib/consultations/files.ts';
import { checkConsultations } from './rule.ts';

export default defineKind({
  name: 'consultations',
  label: 'lấy ý kiến dự thảo',
  folder: 'consultations',
  glob: '[^_]*.md',
  id: 'name',
  schema: () => consultationSchema(),
  check: checkConsultations,
  publishing: (consultation) => ({ draft: consultation.draft }),
  files: { readFrom: /\.md$/, copies: (files, { now, preview }) => consultationFilesToCopy(files, now, preview) },
});
