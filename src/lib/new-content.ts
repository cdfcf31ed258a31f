/**
 * `npm run new`: the file name and frontmatter template of a new article or page, so an editor
 * starts from a file that already passes `npm run check` (as a draft) instead of a blank page.
 */
import { isoVietnam, vietnamYear } from './dates.ts';
import { nfc, slugify } from './text.ts';
import type { TaxonomyItem } from './schemas/taxonomy.ts';

/** URL slugs stay short: a long title is cut at a word boundary. */
export const SLUG_LENGTH = 60;

export type Kind = 'news' | 'page' | 'document';

/** Reads the kind an editor typed: tin / bài / news, trang / page, văn bản / document. */
export function parseKind(word: string | undefined): Kind | undefined {
  const w = slugify(word ?? '');
  if (['tin', 'tin-tuc', 'bai', 'bai-viet', 'news'].includes(w)) return 'news';
  if (['trang', 'page'].includes(w)) return 'page';
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
export function newArticle(title: string, now: Date, taken: ReadonlySet<string>, categories: readonly TaxonomyItem[], author: string): NewFile {
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
