/**
 * The files content names, listed while Astro builds and copied into the site after it
 * (src/cli/content-files.ts): one copy per URL, and the editors' message when a file is missing.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFileCopies, copyContentFiles } from '../../src/cli/content-files.ts';
import { tempFiles } from '../support/temp-dir.ts';
import { oneUnitLayout } from '../../src/lib/units/units.ts';

const NOW = new Date('2025-06-01T00:00:00Z');
const document = (file: string) => `---
number: "05/CT-UBND"
type: "Chỉ thị"
title: "Về phòng, chống thiên tai"
signer: "Phan Thị Thu Hà"
issued: 2023-08-14
field: "Phòng, chống thiên tai"
file: ${file}
---
Nội dung.
`;
const procedure = (code: string) =>
  `code: "${code}"\ndossier:\n  - documents:\n      - name: "Tờ khai"\n        formFile: "./mau/to-khai.docx"\n`;

const write = (files: Record<string, string>) => tempFiles('content-files', files);

describe('the files content names', () => {
  it('lists each file once, however many records name it, and copies it byte for byte', async () => {
    const content = write({
      'documents/2023/05-ct-ubnd.md': document('./tep/05-ct-ubnd.pdf'),
      'documents/2023/tep/05-ct-ubnd.pdf': '%PDF chỉ thị',
      'procedures/1.004837.yaml': procedure('1.004837'),
      'procedures/1.001776.yaml': procedure('1.001776'),
      'procedures/mau/to-khai.docx': 'tờ khai',
    });
    const copies = await contentFileCopies(oneUnitLayout(content), NOW, false);
    expect(copies.map((c) => c.url).sort()).toEqual(['/thu-tuc-hanh-chinh/mau/to-khai.docx', '/van-ban/tep/2023/05-ct-ubnd.pdf']);
    const out = join(content, 'site');
    await copyContentFiles(copies, out);
    expect(readFileSync(join(out, 'van-ban/tep/2023/05-ct-ubnd.pdf'), 'utf8')).toBe('%PDF chỉ thị');
    expect(readFileSync(join(out, 'thu-tuc-hanh-chinh/mau/to-khai.docx'), 'utf8')).toBe('tờ khai');
  });

  it('fails with the file, the field and where to put the missing attachment', async () => {
    const content = write({ 'documents/2023/05-ct-ubnd.md': document('./tep/khong-co.pdf') });
    await expect(contentFileCopies(oneUnitLayout(content), NOW, false)).rejects.toThrow(
      /content\/documents\/2023\/05-ct-ubnd\.md\s+file\s+không tìm thấy tệp đính kèm "\.\/tep\/khong-co\.pdf" — cần chép tệp vào content\/documents\/2023\/tep\//,
    );
  });

  it('leaves out the attachment of a document not yet published', async () => {
    const content = write({
      'documents/2023/05-ct-ubnd.md': document('./tep/05-ct-ubnd.pdf').replace('issued: 2023-08-14', 'issued: 2025-07-01'),
      'documents/2023/tep/05-ct-ubnd.pdf': 'x',
    });
    expect(await contentFileCopies(oneUnitLayout(content), NOW, false)).toEqual([]);
    expect(await contentFileCopies(oneUnitLayout(content), NOW, true)).toHaveLength(1);
  });
});
