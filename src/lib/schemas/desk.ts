/**
 * Schema of `content/desks.yaml`: where citizens bring a dossier — the unit's one-stop desk
 * (Bộ phận Một cửa) and each commune's — with address, phone and opening hours.
 */
import { z } from 'astro/zod';
import { email, group, list, optional, phone, slug, text } from './fields.ts';
import { governmentLevelField } from './procedure.ts';

export const deskSchema = group('nơi tiếp nhận hồ sơ', {
  slug: slug('đường dẫn (slug)', 'xa-tan-mau'),
  name: text('tên nơi tiếp nhận (name)'),
  /** Procedures of this level are received here, unless a procedure names its own desk. */
  level: governmentLevelField('cấp tiếp nhận (level)'),
  address: text('địa chỉ (address)'),
  phone: phone('số điện thoại (phone)'),
  hours: text('giờ tiếp nhận (hours)'),
  email: optional(email('thư điện tử (email)')),
});

export const desksSchema = list(deskSchema, 'danh sách nơi tiếp nhận hồ sơ', 0).superRefine((desks, ctx) => {
  // Each desk is an anchor of the desks page, and procedures name desks by slug.
  desks.forEach((d, i) => {
    const first = desks.findIndex((e) => e.slug === d.slug);
    if (first < i)
      ctx.addIssue({
        code: 'custom',
        path: [i, 'slug'],
        message: `đường dẫn "${d.slug}" đã dùng ở mục ${first + 1} — mỗi nơi tiếp nhận một đường dẫn riêng`,
      });
  });
});

export type Desk = z.infer<typeof deskSchema>;
