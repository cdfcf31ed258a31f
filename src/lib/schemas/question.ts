/**
 * Schema of a question answered by the unit (`content/questions/<năm>/<slug>.md`): who asked, when,
 * through which channel, the question in the frontmatter, the answer as the Markdown body, who
 * answered and on what legal basis. Whether the related procedures and documents exist is the
 * checker's and the build's cross-file rule (they need the other files).
 */
import { z } from 'astro/zod';
import { choice, editorDay, flag, group, list, optionalText, text } from './fields.ts';
import { procedureField, relatedCode } from './procedure.ts';
import type { TaxonomyItem } from './taxonomy.ts';

/** How the question reached the unit; 1022 marks a petition answered through the province's channel. */
export const questionChannel = choice('kênh gửi (channel)', {
  'trang-thong-tin': { label: 'trang thông tin', aliases: ['website', 'trang web', 'cổng thông tin'] },
  'thu-dien-tu': { label: 'thư điện tử', aliases: ['email', 'e-mail', 'thư'] },
  '1022': { label: '1022', aliases: ['hệ thống 1022', 'tổng đài 1022', 'phản ánh 1022'] },
  'dien-thoai': { label: 'điện thoại', aliases: ['đường dây nóng'] },
  'truc-tiep': { label: 'trực tiếp', aliases: ['tiếp công dân', 'văn bản'] },
});

export type QuestionChannel = z.infer<typeof questionChannel>;

/** How the asker's name is shown: in full, as initials (the default: people ask about their family), or not at all. */
export const nameDisplay = choice('cách hiện tên (show)', {
  'viet-tat': { label: 'viết tắt', aliases: ['chữ cái đầu', 'initials'] },
  'day-du': { label: 'đầy đủ', aliases: ['full', 'hiện tên'] },
  an: { label: 'ẩn', aliases: ['không hiện', 'giấu tên', 'hidden'] },
});

export const questionSchema = ({ fields }: { fields: TaxonomyItem[] }) =>
  group('phần thông tin đầu câu hỏi', {
    title: text('tiêu đề câu hỏi (title)').refine((v) => v.length <= 200, {
      error: 'tiêu đề câu hỏi dài quá 200 ký tự — cần tóm lại trong một câu',
    }),
    question: text('nội dung câu hỏi (question)').refine((v) => v.length <= 4000, {
      error: 'nội dung câu hỏi dài quá 4.000 ký tự — cần tóm lại phần chính',
    }),
    asker: group('người hỏi (asker)', {
      name: optionalText('họ tên người hỏi (asker.name)'),
      place: optionalText('nơi ở của người hỏi (asker.place)'),
      show: nameDisplay.default('viet-tat'),
    }).default({ show: 'viet-tat' }),
    asked: editorDay('ngày hỏi (asked)'),
    channel: questionChannel,
    field: procedureField(fields),
    answered: editorDay('ngày trả lời (answered)'),
    answeredBy: group('người trả lời (answeredBy)', {
      agency: text('cơ quan trả lời (answeredBy.agency)'),
      person: optionalText('người trả lời (answeredBy.person)'),
    }),
    legalBases: list(text('căn cứ pháp lý'), 'căn cứ pháp lý (legalBases)', 0).default([]),
    procedures: list(relatedCode, 'thủ tục liên quan (procedures)', 0).default([]),
    documents: list(text('văn bản liên quan'), 'văn bản liên quan (documents)', 0).default([]),
    draft: flag('bản nháp (draft)'),
  }).superRefine((q, ctx) => {
    if (q.answered < q.asked)
      ctx.addIssue({
        code: 'custom',
        path: ['answered'],
        message: 'ngày trả lời (answered) đang trước ngày hỏi (asked) — cần sửa lại một trong hai ngày',
      });
  });

export type QuestionData = z.infer<ReturnType<typeof questionSchema>>;
