/** Legal and administrative documents: content/documents/<year>/<slug>.md, the file in tep/ beside it. */
import { defineKind } from '../kind.ts';
import { documentSchema } from '../../lib/schemas/document.ts';
import { attachmentsToCopy } from '../../lib/documents/attachments.ts';
import { checkDocuments } from './rule.ts';

export default defineKind({
  name: 'documents',
  label: 'văn bản',
  folder: 'documents',
  glob: '**/[^_]*.md',
  id: 'path',
  // Like news: id "2024/slug", URL /van-ban/<slug>/.
  schema: (settings) => documentSchema({ types: settings.documentTypes }),
  check: checkDocuments,
  publishing: (document) => ({ date: document.issued, draft: document.draft }),
  files: {
    readFrom: /\.md$/,
    copies: (files, { now, preview, settings }) => attachmentsToCopy(files, { types: settings.documentTypes, now, preview }),
  },
});
