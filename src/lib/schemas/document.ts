/** Schema of a legal or administrative document's frontmatter (`content/documents/YYYY/<slug>.md`). */
import { z } from 'astro/zod';
import { describeField } from '../content/editor-fields.ts';
import { editorDay, flag, group, optionalText, text } from './fields.ts';
import { taxonomyField, type TaxonomyItem } from './taxonomy.ts';
import { ATTACHMENT_EXTENSIONS } from '../documents/files.ts';

/** Accepts a document type by slug or by name (with or without diacritics) and stores its slug. */
export const documentTypeField = (types: TaxonomyItem[]) =>
  taxonomyField('loại văn bản', 'type', 'content/document-types.yaml', types, (item) => item.name);

/**
 * A file kept beside the content file that names it (a document's attachment, a procedure's form):
 * a relative path with an allowed extension (an attachment's by default). `what` names it in
 * messages, `beside` says where it goes. Whether the file exists is checked by `npm run check` and by the build.
 */
export const relativeFilePath = (label: string, what: string, beside: string, extensions: readonly string[] = ATTACHMENT_EXTENSIONS) =>
  describeField(text(label), { label, widget: 'file' }).superRefine((value, ctx) => {
    if (/^[a-z]+:|^\/\//i.test(value) || value.startsWith('/')) {
      ctx.addIssue({ code: 'custom', message: `${what} "${value}" ${beside}` });
    } else if (!extensions.includes(value.split('.').pop()!.toLowerCase())) {
      ctx.addIssue({
        code: 'custom',
        message: `${what} "${value}" không đúng loại — cần tệp ${extensions.map((e) => `.${e}`).join(', ')}`,
      });
    }
  });

export const attachmentPath = () =>
  relativeFilePath(
    'tệp đính kèm (file)',
    'tệp đính kèm',
    'phải nằm cạnh tệp văn bản — cần chép tệp vào thư mục tep/ của năm đó và ghi ./tep/ten-tep.pdf',
  );

export interface DocumentSchemaOptions<File extends z.ZodType> {
  types: TaxonomyItem[];
  /** Checks the attachment path; `npm run check` adds "the file exists and is not too large". */
  file?: () => File;
}

export const documentSchema = <File extends z.ZodType = ReturnType<typeof attachmentPath>>({ types, file }: DocumentSchemaOptions<File>) =>
  group('phần thông tin đầu văn bản', {
    number: text('số/ký hiệu (number)').refine((v) => v.length <= 60, { error: 'số/ký hiệu dài quá 60 ký tự — cần ghi như 125/QĐ-UBND' }),
    type: documentTypeField(types),
    title: text('trích yếu (title)').refine((v) => v.length <= 400, { error: 'trích yếu dài quá 400 ký tự — cần ngắn gọn hơn' }),
    // When the file names none, the unit's name from site.yaml (src/data/documents.ts): not here,
    // where Astro's content store would keep it unchanged after site.yaml changed.
    issuer: optionalText('cơ quan ban hành (issuer)'),
    signer: optionalText('người ký (signer)'),
    issued: editorDay('ngày ban hành (issued)'),
    effective: editorDay('ngày có hiệu lực (effective)').optional(),
    expires: editorDay('ngày hết hiệu lực (expires)').optional(),
    replacedBy: optionalText('văn bản thay thế (replacedBy)'),
    field: optionalText('lĩnh vực (field)'),
    file: (file ? file() : attachmentPath()).optional() as z.ZodOptional<File>,
    draft: flag('bản nháp (draft)'),
  }).superRefine((d, ctx) => {
    if (d.effective && d.effective < d.issued)
      ctx.addIssue({
        code: 'custom',
        path: ['effective'],
        message: 'ngày có hiệu lực (effective) đang trước ngày ban hành — cần sửa lại một trong hai ngày',
      });
    if (d.expires && d.expires < (d.effective ?? d.issued))
      ctx.addIssue({
        code: 'custom',
        path: ['expires'],
        message: 'ngày hết hiệu lực (expires) đang trước ngày có hiệu lực — cần sửa lại ngày',
      });
  });

export type DocumentData = z.infer<ReturnType<typeof documentSchema>>;
