import { describe, expect, it } from 'vitest';
import {
  attachmentClashes,
  documentNumberProblems,
  firstOfEach,
  missingAttachments,
  procedureCodeProblems,
  relatedProcedureProblems,
  repeats,
  slugProblems,
} from '../../src/lib/content/cross-file.ts';
import { numberKey } from '../../src/lib/documents/list.ts';
import { RESERVED_SLUGS } from '../../src/lib/routes.ts';

describe('rules across files', () => {
  it('find repeated keys, keeping the first of each', () => {
    const items = ['a', 'b', 'a', 'c', 'b', 'a'];
    expect(repeats(items, (x) => x)).toEqual([
      { item: 'a', first: 'a' },
      { item: 'b', first: 'b' },
      { item: 'a', first: 'a' },
    ]);
    expect(firstOfEach(items, (x) => x)).toEqual(['a', 'b', 'c']);
  });
  it('report two files with one URL, and names the routes use', () => {
    const files = [
      { file: 'content/news/2024/le-hoi.md', slug: 'le-hoi' },
      { file: 'content/news/2025/le-hoi.md', slug: 'le-hoi' },
      { file: 'content/news/2025/thang.md', slug: 'thang' },
    ];
    expect(slugProblems(files, RESERVED_SLUGS.news)).toEqual([
      {
        file: 'content/news/2025/le-hoi.md',
        field: 'tên tệp',
        message: 'trùng đường dẫn "le-hoi" với content/news/2024/le-hoi.md — cần đổi tên một trong hai tệp',
      },
      { file: 'content/news/2025/thang.md', field: 'tên tệp', message: '"thang" là tên dành riêng của trang web — cần đổi tên tệp' },
    ]);
  });
  it('want one file per procedure code, named by the code', () => {
    const problems = procedureCodeProblems([
      { file: 'content/procedures/1.001193.yaml', name: '1.001193', code: '1.001193', line: 1 },
      { file: 'content/procedures/1.001193-cu.yaml', name: '1.001193-cu', code: '1.001193', line: 1 },
      { file: 'content/procedures/khai-tu.yaml', name: 'khai-tu', code: '1.000656' },
    ]);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'content/procedures/1.001193-cu.yaml: mã thủ tục 1.001193 trùng với content/procedures/1.001193.yaml — mỗi thủ tục chỉ có một tệp',
      'content/procedures/khai-tu.yaml: tên tệp phải là mã thủ tục — cần đổi tên thành 1.000656.yaml',
    ]);
  });
  it('want related procedures to be in the catalog', () => {
    const records = [
      {
        file: 'a.yaml',
        code: '1.001193',
        related: [
          { code: '1.000689', line: 30 },
          { code: '1.999999', line: 31 },
        ],
      },
      { file: 'b.yaml', code: '1.000689', related: [] },
    ];
    expect(relatedProcedureProblems(records).map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual(['a.yaml:31 related']);
  });
  it('want one document per number, however it is typed', () => {
    const problems = documentNumberProblems(
      [
        { file: 'a.md', number: '125/QĐ-UBND' },
        { file: 'b.md', number: '125 / qd-ubnd' },
        { file: 'c.md', number: '126/QĐ-UBND' },
      ],
      numberKey,
    );
    expect(problems).toEqual([
      { file: 'b.md', field: 'number', message: 'số/ký hiệu 125 / qd-ubnd trùng với a.md — mỗi văn bản có một số riêng' },
    ]);
  });
  it('report missing attachments and two different files served at one URL, not one file named twice', () => {
    const ref = (file: string, source: string, exists?: boolean) => ({
      file,
      written: './tep/qd.pdf',
      url: '/van-ban/tep/2025/qd.pdf',
      source,
      exists,
      folder: 'content/documents/2025/tep/',
    });
    const refs = [
      ref('a.md', 'content/documents/2025/tep/qd.pdf', true),
      ref('b.md', 'content/documents/2025/tep/qd.pdf', true),
      ref('c.md', 'content/documents/2025/khac/qd.pdf', false),
      ref('d.md', 'x', undefined),
    ];
    expect(missingAttachments(refs).map((p) => p.file)).toEqual(['c.md']);
    expect(missingAttachments(refs)[0]!.message).toContain('(kể cả chữ hoa, chữ thường)');
    expect(attachmentClashes(refs).map((p) => `${p.file}: ${p.message}`)).toEqual([
      'c.md: tệp đính kèm "./tep/qd.pdf" trùng tên với content/documents/2025/tep/qd.pdf trong cùng năm — cần đổi tên một trong hai tệp',
      'd.md: tệp đính kèm "./tep/qd.pdf" trùng tên với content/documents/2025/tep/qd.pdf trong cùng năm — cần đổi tên một trong hai tệp',
    ]);
  });
});
