/**
 * `npm run new`: the file name and frontmatter template of a new article or page, so an editor
 * starts from a file that already passes `npm run check` (as a draft) instead of a blank page.
 */
import { isoVietnam, vietnamYear } from './dates.ts';
import { nfc, slugify } from './text.ts';
import type { TaxonomyItem } from './schemas/taxonomy.ts';

/** URL slugs stay short: a long title is cut at a word boundary. */
export const SLUG_LENGTH = 60;

export type Kind = 'news' | 'page' | 'document' | 'question';

/** Reads the kind an editor typed: tin / bài / news, trang / page, văn bản / document, hỏi đáp / question. */
export function parseKind(word: string | undefined): Kind | undefined {
  const w = slugify(word ?? '');
  if (['tin', 'tin-tuc', 'bai', 'bai-viet', 'news'].includes(w)) return 'news';
  if (['trang', 'page'].includes(w)) return 'page';
  if (['hoi-dap', 'cau-hoi', 'question'].includes(w)) return 'question';
  return ['van-ban', 'vb', 'document'].includes(w) ? 'document' : undefined;
}

/** A slug not in `taken`: the title's slug, or with -2, -3… appended. */
export function uniqueSlug(title: string, taken: ReadonlySet<string>): string {
  const base = slugify(title, SLUG_LENGTH) || 'bai-viet';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

const quote = (text: string) => JSON.stringify(nfc(text).trim());

export interface NewFile {
  /** Path relative to the content folder. */
  path: string;
  text: string;
}

/** A news article dated now (Vietnam time), saved as a draft in the year's folder. */
export function newArticle(
  title: string,
  now: Date,
  taken: ReadonlySet<string>,
  categories: readonly TaxonomyItem[],
  author: string,
): NewFile {
  const slug = uniqueSlug(title, taken);
  const date = isoVietnam(now).slice(0, 10);
  const text = `---
title: ${quote(title)}
date: ${date}  # ngày đăng, dạng NĂM-THÁNG-NGÀY; ghi ngày sau hôm nay để hẹn ngày đăng
category: ${categories[0]?.slug ?? ''}  # một trong: ${categories.map((c) => c.slug).join(', ')}
author: ${quote(author)}  # người viết hoặc đơn vị cung cấp tin
summary: "Viết 1–2 câu tóm tắt nội dung bài."
# cover:                 # ảnh bìa (không bắt buộc): chép ảnh vào thư mục images/ bên cạnh
#   src: ./images/${slug}.jpg
#   alt: "Mô tả nội dung ảnh cho người khiếm thị"
#   caption: "Chú thích ảnh. Ảnh: tên tác giả"
# ảnh trong bài: ![Mô tả nội dung ảnh](./images/ten-anh.jpg) trên một dòng riêng
tags: []  # từ khóa, ví dụ ["dịch vụ công", "chuyển đổi số"]
draft: true  # đổi thành false khi bài đã sẵn sàng đăng
---

Đoạn mở đầu của bài viết.

## Tiêu đề mục

Nội dung của mục.
`;
  return { path: `news/${vietnamYear(now)}/${slug}.md`, text };
}

/** A static page (content/pages/<slug>.md); pages have no draft flag, so it is published at the next build. */
export function newPage(title: string, taken: ReadonlySet<string>): NewFile {
  const slug = uniqueSlug(title, taken);
  const text = `---
title: ${quote(title)}
description: "Một câu mô tả trang, hiện trên kết quả tìm kiếm."
order: 100  # thứ tự trong danh sách trang, số nhỏ đứng trước
---

Nội dung trang.
`;
  return { path: `pages/${slug}.md`, text };
}

/**
 * A document (content/documents/<year>/<slug>.md) issued today, saved as a draft: the editor fills
 * in the number, type and signer from the signed paper and puts the scan in tep/.
 */
export function newDocument(title: string, now: Date, taken: ReadonlySet<string>, types: readonly TaxonomyItem[]): NewFile {
  const slug = uniqueSlug(title, taken);
  const year = vietnamYear(now);
  const text = `---
number: "…/QĐ-UBND"  # số/ký hiệu in trên văn bản, ví dụ 125/QĐ-UBND (không trùng văn bản khác)
type: ${types[0]?.slug ?? ''}  # một trong: ${types.map((t) => t.slug).join(', ')}
title: ${quote(title)}  # trích yếu
# issuer: "Tên cơ quan ban hành"  # bỏ trống khi là đơn vị của trang
signer: "Họ tên, chức vụ người ký"
issued: ${isoVietnam(now).slice(0, 10)}  # ngày ban hành, dạng NĂM-THÁNG-NGÀY
# effective: ${isoVietnam(now).slice(0, 10)}  # ngày có hiệu lực (không bắt buộc)
# field: "Lĩnh vực"  # không bắt buộc
# file: ./tep/${slug}.pdf  # tệp đính kèm: chép tệp vào thư mục tep/ bên cạnh (PDF, Word, Excel, ODT; tối đa 20 MB)
draft: true  # đổi thành false khi văn bản đã sẵn sàng đăng
---

Toàn văn (không bắt buộc): dán nội dung văn bản ở đây, hoặc xóa dòng này nếu chỉ đăng tệp đính kèm.
`;
  return { path: `documents/${year}/${slug}.md`, text };
}

/**
 * A question answered (content/questions/<year>/<slug>.md) received and answered today, saved as
 * a draft: the editor copies the question, the asker's details and the answer from the reply sent.
 */
export function newQuestion(title: string, now: Date, taken: ReadonlySet<string>, fields: readonly TaxonomyItem[]): NewFile {
  const slug = uniqueSlug(title, taken);
  const today = isoVietnam(now).slice(0, 10);
  const text = `---
title: ${quote(title)}  # câu hỏi tóm trong một câu
question: |
  Chép nguyên văn câu hỏi của người dân (bỏ số điện thoại, số giấy tờ).
asker:
  name: "Họ và tên"  # không bắt buộc
  place: "xã, thị trấn"  # không bắt buộc
  show: viết tắt  # viết tắt (N.V.A.) | đầy đủ (khi người hỏi đồng ý) | ẩn
asked: ${today}  # ngày nhận câu hỏi
channel: trang thông tin  # trang thông tin | thư điện tử | 1022 | điện thoại | trực tiếp
field: ${quote(fields[0]?.name ?? '')}  # một trong: ${fields.map((f) => f.name).join('; ')}
answered: ${today}  # ngày trả lời
answeredBy:
  agency: "Cơ quan trả lời"
  # person: "Họ tên, chức vụ"  # không bắt buộc
legalBases: []  # ví dụ ["Luật Hộ tịch số 60/2014/QH13"]
procedures: []  # mã thủ tục liên quan, trong ngoặc kép, ví dụ ["1.001193"]
documents: []  # tên tệp văn bản liên quan trong content/documents/, ví dụ ["86-qd-ubnd-quy-che-bo-phan-mot-cua"]
draft: true  # đổi thành false khi câu trả lời đã được duyệt
---

Câu trả lời: viết ở đây, có thể dùng danh sách, chữ đậm và liên kết như bài viết.
`;
  return { path: `questions/${vietnamYear(now)}/${slug}.md`, text };
}
