/**
 * Schema of a consultation on a draft (`content/consultations/<slug>.md`): what is consulted, by
 * whom, the draft files (next to the file in tep/), when it opens and closes, who is asked, how to
 * reply, and — once closed — the summary of comments and how they were taken into account. The
 * body describes the draft.
 */
import { z } from 'astro/zod';
import { editorDay, email, flag, group, list, optional, optionalText, phone, text } from './fields.ts';
import { relativeFilePath } from './document.ts';

export const consultationFilePath = () =>
  relativeFilePath(
    'tệp dự thảo (files.file)',
    'tệp dự thảo',
    'phải nằm cạnh tệp lấy ý kiến — cần chép tệp vào thư mục content/consultations/tep/ và ghi ./tep/ten-tep.pdf',
  );

export const consultationSchema = <File extends z.ZodType<string> = ReturnType<typeof consultationFilePath>>({
  file,
}: { file?: () => File } = {}) =>
  group('phần thông tin đầu dự thảo', {
    title: text('tên dự thảo (title)').refine((v) => v.length <= 300, { error: 'tên dự thảo dài quá 300 ký tự — cần ngắn gọn hơn' }),
    agency: text('cơ quan soạn thảo (agency)'),
    files: list(
      group('tệp dự thảo', { title: text('tên tệp (files.title)'), file: file ? file() : consultationFilePath() }),
      'tệp dự thảo (files)',
    ),
    opens: editorDay('ngày bắt đầu lấy ý kiến (opens)'),
    closes: editorDay('ngày hết hạn góp ý (closes)'),
    audience: text('đối tượng lấy ý kiến (audience)'),
    reply: group('cách gửi góp ý (reply)', {
      email: email('thư điện tử nhận góp ý (reply.email)'),
      address: optionalText('địa chỉ nhận góp ý (reply.address)'),
      phone: optional(phone('điện thoại (reply.phone)')),
    }),
    result: optionalText('tổng hợp, tiếp thu ý kiến (result)'),
    resultDate: editorDay('ngày công bố kết quả (resultDate)').optional(),
    draft: flag('bản nháp (draft)'),
  }).superRefine((c, ctx) => {
    if (c.closes < c.opens)
      ctx.addIssue({
        code: 'custom',
        path: ['closes'],
        message: 'ngày hết hạn góp ý (closes) đang trước ngày bắt đầu (opens) — cần sửa lại một trong hai ngày',
      });
  });

export type ConsultationData = z.infer<ReturnType<typeof consultationSchema>>;
