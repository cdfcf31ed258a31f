import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { siteSchema } from '../../src/lib/schemas/site.ts';
import { newsSchema } from '../../src/lib/schemas/news.ts';
import { procedureSchema } from '../../src/lib/schemas/procedure.ts';
import { ContentError, validateYaml, formatProblem } from '../../src/lib/validation.ts';
import { parse } from 'yaml';
import { email, phone, procedureCode, timeOfDay, webAddress } from '../../src/lib/schemas/fields.ts';
import { desksSchema } from '../../src/lib/schemas/desk.ts';

const categories = [
  { slug: 'kinh-te', name: 'Kinh tế' },
  { slug: 'thong-bao', name: 'Thông báo' },
];
const fields = [{ slug: 'ho-tich', name: 'Hộ tịch' }];
const news = newsSchema({ image: () => z.string(), categories });
const procedure = procedureSchema({ fields });
const siteYaml = readFileSync(new URL('../fixtures/site/site.yaml', import.meta.url), 'utf8');

const messages = (result: { success: boolean; error?: z.ZodError }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('site configuration', () => {
  it('accepts the sample configuration and normalises the URL', () => {
    const site = validateYaml('content/site.yaml', siteYaml, siteSchema);
    expect(site.unit.level).toBe('huyen');
    expect(site.site.url.endsWith('/')).toBe(false);
  });
  it('names the line, field and legal reason when a required footer field is missing', () => {
    const broken = siteYaml.replace(/^  phone: .*$/m, '  phone: ""');
    try {
      validateYaml('content/site.yaml', broken, siteSchema);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      const [problem] = (error as ContentError).problems;
      expect(problem!.field).toBe('legal.phone');
      expect(problem!.line).toBe(siteYaml.split('\n').findIndex((l) => l.startsWith('  phone:')) + 1);
      expect(problem!.message).toBe(
        'số điện thoại (bắt buộc theo Nghị định 42/2022/NĐ-CP) đang để trống — cần điền số điện thoại (bắt buộc theo Nghị định 42/2022/NĐ-CP)',
      );
    }
  });
  it("sets every list's page size with perPage, still reading its old name newsPerPage", () => {
    const { perPage: _, ...data } = parse(siteYaml);
    expect(siteSchema.parse(data).perPage).toBe(12);
    expect(siteSchema.parse({ ...data, perPage: 20 }).perPage).toBe(20);
    expect(siteSchema.parse({ ...data, newsPerPage: 15 }).perPage).toBe(15);
    expect(siteSchema.parse({ ...data, newsPerPage: 15 })).not.toHaveProperty('newsPerPage');
  });
  it('accepts the unit level written in Vietnamese, and rejects an unknown one', () => {
    const data = parse(siteYaml);
    expect(siteSchema.parse({ ...data, unit: { ...data.unit, level: 'Xã' } }).unit.level).toBe('xa');
    expect(messages(siteSchema.safeParse({ ...data, unit: { ...data.unit, level: 'thôn' } }))).toEqual([
      'unit.level: cấp của đơn vị "thôn" không hợp lệ — cần là một trong: "tỉnh", "huyện", "xã", "phường", "đặc khu"',
    ]);
  });
});

const article = { title: 'Tin', date: '2024-03-15', category: 'kinh-te', author: 'A', summary: 'Tóm tắt' };

describe('news frontmatter', () => {
  it('accepts a valid article and reads the category by name or slug', () => {
    const parsed = news.parse({ ...article, category: 'Thông báo' });
    expect(parsed.category).toBe('thong-bao');
    expect(parsed.date.toISOString()).toBe('2024-03-14T17:00:00.000Z');
    expect(parsed.draft).toBe(false);
  });
  it('explains a bad date, an unknown category, and a cover without alt text', () => {
    expect(messages(news.safeParse({ ...article, date: 'hôm qua' }))).toEqual([
      'date: ngày đăng (date) "hôm qua" không phải ngày hợp lệ — cần ghi theo dạng NĂM-THÁNG-NGÀY, ví dụ 2024-03-15',
    ]);
    expect(messages(news.safeParse({ ...article, category: 'the thao' }))).toEqual([
      'category: chuyên mục "the thao" không có trong content/categories.yaml — cần là một trong: kinh-te, thong-bao',
    ]);
    expect(messages(news.safeParse({ ...article, cover: { src: './a.jpg', caption: 'Ảnh' } }))).toEqual([
      'cover.alt: thiếu mô tả ảnh cho người khiếm thị (cover.alt) — cần điền mô tả ảnh cho người khiếm thị (cover.alt)',
    ]);
  });
  it('lists every missing required field at once', () => {
    expect(messages(news.safeParse({ date: '2024-01-01' })).map((m) => m.split(':')[0])).toEqual([
      'title',
      'category',
      'author',
      'summary',
    ]);
  });
});

const record = {
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  field: 'ho tich',
  levels: ['Cấp xã'],
  online: 'Toàn trình',
  applicants: ['Công dân Việt Nam'],
  steps: ['Nộp hồ sơ', 'Nhận kết quả'],
  channels: [{ type: 'trực tuyến', timeLimit: 'Trong ngày', fee: 'Miễn phí' }],
  dossier: [{ documents: [{ name: 'Tờ khai', original: 1 }] }],
  timeLimit: 'Trong ngày',
  fee: 'Miễn phí',
  agency: 'UBND cấp xã',
  result: 'Giấy khai sinh',
  legalBasis: ['Luật Hộ tịch 2014'],
};

describe('procedure records', () => {
  it('normalises spellings editors and exports use', () => {
    const p = procedure.parse(record);
    expect(p).toMatchObject({ field: 'Hộ tịch', levels: ['xa'], online: 'toan-trinh', channels: [{ type: 'truc-tuyen' }] });
    expect(p.dossier[0]!.documents[0]).toMatchObject({ original: 1, copy: 0 });
  });
  it('rejects a malformed code, an unknown online level and an online procedure without an online channel', () => {
    expect(messages(procedure.safeParse({ ...record, code: '1001193' }))[0]).toMatch(/^code: mã thủ tục \(code\) không đúng dạng/);
    expect(messages(procedure.safeParse({ ...record, online: 'mức 5' }))).toEqual([
      'online: mức độ trực tuyến (online) "mức 5" không hợp lệ — cần là một trong: "toàn trình", "một phần", "không"',
    ]);
    expect(messages(procedure.safeParse({ ...record, channels: [{ type: 'truc-tiep', timeLimit: '1 ngày', fee: '0' }] }))).toEqual([
      'channels: thủ tục trực tuyến toàn trình cần một hình thức nộp "truc-tuyen" trong channels',
    ]);
  });
  it('keeps the legacy Decree 43/2011 level readable', () => {
    expect(procedure.parse({ ...record, legacyLevel: 4 }).legacyLevel).toBe(4);
    expect(messages(procedure.safeParse({ ...record, legacyLevel: 5 }))).toEqual([
      'legacyLevel: mức độ cũ (legacyLevel) chỉ nhận 1, 2, 3 hoặc 4',
    ]);
  });
  it('refuses levels that contradict each other: toàn trình is the old 4, một phần the old 3, no online channel 1 or 2', () => {
    expect(messages(procedure.safeParse({ ...record, legacyLevel: 3 }))).toEqual([
      'legacyLevel: mức độ cũ (legacyLevel) 3 không khớp mức độ trực tuyến "Toàn trình" — toàn trình ứng với mức độ 4, hoặc bỏ dòng legacyLevel',
    ]);
    expect(messages(procedure.safeParse({ ...record, online: 'mot-phan', legacyLevel: 2 }))[0]).toMatch(
      /^legacyLevel: .* một phần ứng với mức độ 3/,
    );
    const offline = { ...record, online: 'khong', channels: [{ type: 'truc-tiep', timeLimit: '1 ngày', fee: '0' }] };
    expect(procedure.parse({ ...offline, legacyLevel: 2 }).legacyLevel).toBe(2);
    expect(messages(procedure.safeParse({ ...record, online: 'khong' }))).toEqual([
      'online: thủ tục có hình thức nộp "truc-tuyen" nhưng mức độ trực tuyến (online) là "khong" — cần ghi toan-trinh hoặc mot-phan',
    ]);
  });
});

describe('problem lines', () => {
  it('format as file:line  field  message', () => {
    expect(formatProblem({ file: 'content/news/2024/a.md', line: 3, field: 'date', message: 'sai' })).toBe(
      'content/news/2024/a.md:3  date  sai',
    );
  });
});

describe('fields with a format, the same in every file', () => {
  const messages = (schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value);
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it('e-mail: one @ and a domain with a dot', () => {
    expect(messages(email('thư điện tử (email)'), 'motcua@songmau.gov.vn')).toEqual([]);
    expect(messages(email('thư điện tử (email)'), 'Phòng Tư pháp')).toEqual([
      'thư điện tử (email) không đúng dạng thư điện tử, ví dụ ubnd@tenmien.gov.vn',
    ]);
  });

  it('phone: digits with spaces, dots or dashes; a hotline of three or four digits', () => {
    for (const ok of ['0200 3812 100', '0200.3812.100', '+84 200 3812 100', '1022'])
      expect(messages(phone('điện thoại'), ok), ok).toEqual([]);
    expect(messages(phone('điện thoại'), 'gọi giờ hành chính')).toEqual([
      'điện thoại chỉ gồm chữ số (có thể cách nhau bằng dấu cách, dấu chấm, gạch ngang), ví dụ "0200 3812 100" hoặc "1022"',
    ]);
    expect(messages(phone('điện thoại'), '12')).toHaveLength(1);
  });

  it('web address: http(s) and a host; https only where citizens file', () => {
    expect(messages(webAddress('địa chỉ'), 'http://songmau.gov.vn/a')).toEqual([]);
    expect(messages(webAddress('địa chỉ'), 'songmau.gov.vn')).toEqual([
      'địa chỉ phải là địa chỉ web đầy đủ, bắt đầu bằng https:// (hoặc http://)',
    ]);
    expect(messages(webAddress('địa chỉ', { httpsOnly: true }), 'http://dichvucong.gov.vn')).toEqual([
      'địa chỉ phải là địa chỉ web đầy đủ, bắt đầu bằng https://',
    ]);
  });

  it('procedure code: quoted, or a number that lost nothing', () => {
    expect(procedureCode('mã').parse('1.001193')).toBe('1.001193');
    expect(procedureCode('mã').parse(1.001193)).toBe('1.001193');
    expect(messages(procedureCode('mã'), 1.00119)).toEqual(['mã 1.00119 cần đặt trong ngoặc kép, ví dụ "1.000689"']);
    expect(messages(procedureCode('mã'), '1001193')).toEqual([
      'mã không đúng dạng — cần một chữ số, dấu chấm và sáu chữ số, ví dụ "1.001193" (đặt trong ngoặc kép)',
    ]);
  });

  it('time of day: a real time, stored as HH:MM', () => {
    expect(timeOfDay('giờ').parse('7h30')).toBe('07:30');
    expect(messages(timeOfDay('giờ'), '25:00')).toEqual([
      'giờ "25:00" không có thật — cần ghi theo dạng GIỜ:PHÚT từ 00:00 đến 23:59, ví dụ "07:30"',
    ]);
  });

  it('is checked in desks.yaml too, where an e-mail address was accepted whatever it held', () => {
    const desk = { slug: 'xa-tan-mau', name: 'Một cửa', level: 'xa', address: 'Số 1', phone: '0200 3812 100', hours: 'Giờ hành chính' };
    expect(desksSchema.safeParse([{ ...desk, email: '' }]).success).toBe(true);
    expect(desksSchema.safeParse([{ ...desk, email: 'mot cua' }]).error?.issues.map((i) => i.message)).toEqual([
      'thư điện tử (email) không đúng dạng thư điện tử, ví dụ ubnd@tenmien.gov.vn',
    ]);
  });
});
