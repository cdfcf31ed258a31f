/** The Pagefind index as built with the sample site: content pages only, added words kept out of pages. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  sampleConsultations,
  sampleDocuments,
  sampleNews,
  samplePages,
  sampleProcedures,
  sampleQuestions,
  sampleWeeks,
} from '../support/content.ts';

const dist = inject('distDir');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

describe('search index', () => {
  it('indexes every article, procedure, static page, document, schedule week, question, consultation, the statistics and access-to-information pages, and no list page (nor the English pages: the index is Vietnamese)', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const expected =
      sampleNews().filter((n) => !n.data.draft).length +
      samplePages().length +
      sampleProcedures().filter((p) => !p.rescinded).length +
      sampleDocuments().filter((d) => !d.data.draft).length +
      sampleWeeks().length +
      sampleQuestions().filter((q) => !q.data.draft).length +
      sampleConsultations().filter((c) => !c.data.draft).length +
      2;
    expect(sampleWeeks().length).toBeGreaterThan(0);
    expect(Object.keys(entry.languages)).toEqual(['vi']);
    expect(entry.languages.vi!.page_count).toBe(expected);
    const marked = htmlFiles(dist).filter((f) => /<main[^>]*data-pagefind-body/.test(readFileSync(f, 'utf8')));
    expect(marked.length).toBe(expected);
    for (const list of [
      'tin-tuc/index.html',
      'thu-tuc-hanh-chinh/index.html',
      'van-ban/index.html',
      'van-ban/loai/quyet-dinh/index.html',
      'index.html',
      'tim-kiem/index.html',
      '404.html',
      'lich-cong-tac/index.html',
      'hoi-dap/index.html',
      'hoi-dap/linh-vuc/ho-tich/index.html',
    ]) {
      expect(marked).not.toContain(join(dist, list));
    }
  });

  it('ships pages in NFC without the words added for the index', () => {
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(file, 'utf8');
      expect(html === html.normalize('NFC'), file).toBe(true);
      expect(html).not.toContain('data-pagefind-meta="extra:');
    }
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
