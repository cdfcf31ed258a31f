/** Legal and administrative documents: content/documents/<year>/<slug>.md, the file in tep/ beside it. */
import { t } from '../../i18n/vi.ts';
import { defineKind, entrySlug } from '../kind.ts';
import { paths } from '../../lib/routes.ts';
import { vietnamYear } from '../../lib/dates.ts';
import { documentSchema } from '../../lib/schemas/document.ts';
import { attachmentsToCopy } from '../../lib/documents/attachments.ts';
import { checkDocuments } from './rule.ts';

export default defineKind({
  name: 'documents',
  label: 'văn bản',
  folder: 'documents',
  glob: '**/[^_]*.md',
  media: 'tep',
  id: 'path',
  // Like news: id "2024/slug", URL /van-ban/<slug>/.
  schema: (settings) => documentSchema({ types: settings.documentTypes }),
  check: checkDocuments,
  publishing: (document) => ({ date: document.issued, draft: document.draft }),
  search: { label: t.search.kinds.document },
  sitemap: (documents, { documentTypes }) => [
    { path: paths.documents },
    ...documentTypes.filter((t) => documents.some((d) => d.data.type === t.slug)).map((t) => ({ path: paths.documentType(t.slug) })),
    ...[...new Set(documents.map((d) => vietnamYear(d.data.issued)))]
      .sort((a, b) => b - a)
      .map((year) => ({ path: paths.documentYear(year) })),
    ...documents.map(({ id, data }) => ({ path: paths.document(entrySlug(id)), lastmod: data.issued })),
  ],
  files: {
    readFrom: /\.md$/,
    copies: (files, { now, preview, settings }) => attachmentsToCopy(files, { types: settings.documentTypes, now, preview }),
  },
});
