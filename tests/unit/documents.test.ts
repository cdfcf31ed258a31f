/** The documents section's pure parts: schema, number matching, attachment labels and copies. */
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../src/lib/schemas/document.ts';
import { numberKey, countBy } from '../../src/lib/documents/list.ts';
import { RESERVED_SLUGS } from '../../src/lib/routes.ts';
import { attachmentExtension, describeAttachment, formatSize } from '../../src/lib/documents/files.ts';
import { attachmentUrl } from '../../src/lib/documents/attachments.ts';
import { attachmentsToCopy } from '../../src/lib/documents/attachments.ts';

const types = [
  { slug: 'quyet-dinh', name: 'Quyết định' },
  { slug: 'ke-hoach', name: 'Kế hoạch' },
];
const schema = documentSchema({ types });
const valid = { number: '125/QĐ-UBND', type: 'Quyết định', title: 'Công bố danh mục thủ tục', issued: '2024-03-12' };
const messages = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('document schema', () => {
  it('accepts a type by name or slug, keeps the issuer written (none: the unit, when loaded) and reads dates as Vietnam midnight', () => {
    const data = schema.parse(valid);
    expect(data.type).toBe('quyet-dinh');
    expect(schema.parse({ ...valid, type: 'ke-hoach' }).type).toBe('ke-hoach');
    expect(schema.parse({ ...valid, type: 'quyet dinh' }).type).toBe('quyet-dinh');
    // The unit's name is filled in when documents are loaded (src/data/documents.ts), never stored.
    expect(data.issuer).toBeUndefined();
    expect(schema.parse({ ...valid, issuer: 'Hội đồng nhân dân huyện Sông Mẫu' }).issuer).toBe('Hội đồng nhân dân huyện Sông Mẫu');
    expect(data.issued.toISOString()).toBe('2024-03-11T17:00:00.000Z');
    expect(data.draft).toBe(false);
    expect(data.file).toBeUndefined();
  });

  it('names what is missing or wrong in Vietnamese', () => {
    expect(messages({ type: 'Quyết định', issued: '2024-03-12' })).toEqual([
      'number: thiếu số/ký hiệu (number) — cần điền số/ký hiệu (number)',
      'title: thiếu trích yếu (title) — cần điền trích yếu (title)',
    ]);
    expect(messages({ ...valid, type: 'Tờ trình' })).toEqual([
      'type: loại văn bản "Tờ trình" không có trong content/document-types.yaml — cần là một trong: Quyết định, Kế hoạch',
    ]);
    expect(messages({ ...valid, issued: 'tháng 3' })).toEqual([
      'issued: ngày ban hành (issued) "tháng 3" không phải ngày hợp lệ — cần ghi theo dạng NĂM-THÁNG-NGÀY, ví dụ 2024-03-15',
    ]);
    expect(messages({ ...valid, effective: '2024-03-01' })).toEqual([
      'effective: ngày có hiệu lực (effective) đang trước ngày ban hành — cần sửa lại một trong hai ngày',
    ]);
    expect(messages({ ...valid, effective: '2024-03-15', expires: '2024-03-14' })).toEqual([
      'expires: ngày hết hiệu lực (expires) đang trước ngày có hiệu lực — cần sửa lại ngày',
    ]);
  });

  it('accepts only attachments of an allowed kind, next to the document', () => {
    expect(schema.parse({ ...valid, file: './tep/125-qd-ubnd.pdf' }).file).toBe('./tep/125-qd-ubnd.pdf');
    expect(messages({ ...valid, file: './tep/anh.jpg' })).toEqual([
      'file: tệp đính kèm "./tep/anh.jpg" không đúng loại — cần tệp .pdf, .doc, .docx, .xls, .xlsx, .odt',
    ]);
    expect(messages({ ...valid, file: 'https://example.com/a.pdf' })[0]).toMatch(
      /^file: tệp đính kèm "https:\/\/example.com\/a.pdf" phải nằm cạnh tệp văn bản/,
    );
    expect(messages({ ...valid, file: '/van-ban/a.pdf' })[0]).toMatch(/phải nằm cạnh tệp văn bản/);
  });
});

describe('document numbers and lists', () => {
  it('treats spellings of one number as the same number', () => {
    expect(numberKey('125/QĐ-UBND')).toBe(numberKey('125/qđ-ubnd'));
    expect(numberKey('125 / QD-UBND')).toBe(numberKey('125/QĐ-UBND'));
    expect(numberKey('125/QĐ-UBND')).not.toBe(numberKey('126/QĐ-UBND'));
  });
  it('counts by key and reserves the section routes', () => {
    expect([...countBy(['a', 'b', 'a'], (x) => x)]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    for (const slug of ['trang', 'loai', 'nam', 'tep']) expect(RESERVED_SLUGS.documents.has(slug)).toBe(true);
  });
});

describe('attachments', () => {
  it('labels kind and size the way readers expect', () => {
    expect(attachmentExtension('./tep/A.PDF')).toBe('pdf');
    expect(attachmentExtension('./tep/a.exe')).toBeUndefined();
    expect(formatSize(120 * 1024)).toBe('120 KB');
    expect(formatSize(300)).toBe('1 KB');
    expect(formatSize(1.5 * 1024 * 1024)).toBe('1,5 MB');
    expect(describeAttachment('./tep/a.pdf', 120 * 1024)).toBe('PDF, 120 KB');
    expect(describeAttachment('./tep/a.docx', 2048)).toBe('Word, 2 KB');
  });
  it('serves an attachment under the year of its document', () => {
    expect(attachmentUrl('2024', './tep/125-qd-ubnd.pdf')).toBe('/van-ban/tep/2024/125-qd-ubnd.pdf');
    expect(attachmentUrl('2024', './tep/quyết định.pdf')).toBe('/van-ban/tep/2024/quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh.pdf');
  });
  it('copies the attachments of published documents only', () => {
    const doc = (extra: string, date = '2024-03-12') =>
      `---\nnumber: "1/QĐ-UBND"\ntype: quyet-dinh\ntitle: "A"\nissued: ${date}\n${extra}---\nNội dung.\n`;
    const files = [
      { path: '2024/a.md', text: doc('file: ./tep/a.pdf\n') },
      { path: '2024/nhap.md', text: doc('file: ./tep/nhap.pdf\ndraft: true\n') },
      { path: '2024/sau.md', text: doc('file: ./tep/sau.pdf\n', '2024-12-31') },
      { path: '2024/_cat.md', text: doc('file: ./tep/cat.pdf\n') },
      { path: '2024/khong-tep.md', text: doc('') },
      { path: '2024/sai.md', text: '---\nnumber: "2"\n---\n' },
    ];
    const now = new Date('2024-06-01T00:00:00+07:00');
    expect(attachmentsToCopy(files, { types, now, preview: false })).toEqual([
      { document: '2024/a.md', written: './tep/a.pdf', source: '2024/tep/a.pdf', url: '/van-ban/tep/2024/a.pdf' },
    ]);
    expect(attachmentsToCopy(files, { types, now, preview: true }).map((c) => c.source)).toEqual([
      '2024/tep/a.pdf',
      '2024/tep/nhap.pdf',
      '2024/tep/sau.pdf',
    ]);
  });
});
