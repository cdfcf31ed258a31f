/** Consultations on drafts: content/consultations/<slug>.md, the draft files in tep/ beside it. */
import { t } from '../../i18n/vi.ts';
import { defineKind } from '../kind.ts';
import { paths } from '../../lib/routes.ts';
import { consultationSchema } from '../../lib/schemas/consultation.ts';
import { consultationFilesToCopy } from '../../lib/consultations/files.ts';
import { checkConsultations } from './rule.ts';

export default defineKind({
  name: 'consultations',
  label: 'lấy ý kiến dự thảo',
  folder: 'consultations',
  glob: '[^_]*.md',
  media: 'tep',
  id: 'name',
  schema: () => consultationSchema(),
  check: checkConsultations,
  publishing: (consultation) => ({ draft: consultation.draft }),
  search: { label: t.search.kinds.consultation },
  sitemap: (consultations) => [
    { path: paths.consultations },
    ...consultations.map(({ id, data }) => ({ path: paths.consultation(id), lastmod: data.resultDate ?? data.opens })),
  ],
  files: { readFrom: /\.md$/, copies: (files, { now, preview }) => consultationFilesToCopy(files, now, preview) },
});
