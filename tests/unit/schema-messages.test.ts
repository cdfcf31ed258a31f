/**
 * Every message the content schemas can give an editor is Vietnamese and names the field: each
 * schema is fed a valid sample with every field in turn left out and given a value of the wrong
 * kind, and the messages are snapshotted (tests/unit/__snapshots__/) so a change to any is reviewed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { siteSchema } from '../../src/lib/schemas/site.ts';
import { newsSchema } from '../../src/lib/schemas/news.ts';
import { procedureSchema } from '../../src/lib/schemas/procedure.ts';
import { documentSchema } from '../../src/lib/schemas/document.ts';
import { pageSchema } from '../../src/lib/schemas/page.ts';
import { taxonomySchema } from '../../src/lib/schemas/taxonomy.ts';
import { synonymsSchema } from '../../src/lib/schemas/synonyms.ts';
import { desksSchema } from '../../src/lib/schemas/desk.ts';
import { questionSchema } from '../../src/lib/schemas/question.ts';
import { statisticsSchema } from '../../src/lib/schemas/statistics.ts';
import { consultationSchema } from '../../src/lib/schemas/consultation.ts';
import { splitFrontmatter } from '../../src/lib/content/text-file.ts';
import { msg } from '../../src/lib/content/messages.ts';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/site/${path}`, import.meta.url), 'utf8');
const frontmatter = (path: string) => {
  const split = splitFrontmatter(fixture(path));
  if (typeof split === 'string') throw new Error(`${path}: ${split}`);
  return parse(split.frontmatter);
};
const fields = [
  { slug: 'ho-tich', name: 'Hộ tịch' },
  { slug: 'chung-thuc', name: 'Chứng thực' },
];
const categories = [
  { slug: 'kinh-te', name: 'Kinh tế' },
  { slug: 'thong-bao', name: 'Thông báo' },
  { slug: 'cai-cach-hanh-chinh', name: 'Cải cách hành chính' },
];
const types = [
  { slug: 'quyet-dinh', name: 'Quyết định' },
  { slug: 'thong-bao', name: 'Thông báo' },
];

const SCHEMAS: { name: string; schema: z.ZodType; sample: unknown }[] = [
  { name: 'site.yaml', schema: siteSchema, sample: parse(fixture('site.yaml')) },
  // The cover image stands in for Astro's image() as `npm run check` checks it (before any build).
  {
    name: 'news',
    schema: newsSchema({ image: () => z.string({ error: msg.coverMissingSrc() }), categories }),
    sample: { ...frontmatter('news/2025/dang-ky-khai-sinh-truc-tuyen.md'), cover: { src: './a.jpg', alt: 'Ảnh', caption: 'Chú thích' } },
  },
  { name: 'procedure', schema: procedureSchema({ fields }), sample: parse(fixture('procedures/1.001193.yaml')) },
  { name: 'document', schema: documentSchema({ types }), sample: frontmatter('documents/2025/12-qd-ubnd-khai-sinh-truc-tuyen.md') },
  { name: 'page', schema: pageSchema, sample: frontmatter('pages/lien-he.md') },
  { name: 'fields.yaml', schema: taxonomySchema, sample: fields },
  { name: 'search-synonyms.yaml', schema: synonymsSchema, sample: [{ term: 'UBND', means: 'Ủy ban nhân dân' }] },
  {
    name: 'question',
    schema: questionSchema({ fields }),
    sample: {
      title: 'Hỏi',
      question: 'Tôi hỏi.',
      asker: { name: 'Lê Văn Tâm', place: 'xã Tân Mẫu', show: 'viết tắt' },
      asked: '2025-03-01',
      channel: '1022',
      field: 'Hộ tịch',
      answered: '2025-03-05',
      answeredBy: { agency: 'Phòng Tư pháp', person: 'Trưởng phòng' },
      legalBases: ['Luật Hộ tịch'],
      procedures: ['1.001193'],
      documents: ['12-qd'],
      draft: false,
    },
  },
  {
    name: 'statistics',
    schema: statisticsSchema({ fields }),
    sample: {
      note: 'Ghi chú',
      rows: [
        {
          level: 'xa',
          field: 'Hộ tịch',
          carriedOver: 0,
          received: { online: 8, direct: 2, postal: 0, total: 10 },
          resolved: { early: 5, onTime: 4, late: 0, total: 9 },
          inProgress: 1,
          returned: 0,
        },
      ],
    },
  },
  {
    name: 'consultation',
    schema: consultationSchema(),
    sample: {
      title: 'Dự thảo',
      agency: 'Văn phòng',
      files: [{ title: 'Dự thảo', file: './tep/du-thao.pdf' }],
      opens: '2025-05-20',
      closes: '2025-06-20',
      audience: 'Người dân',
      reply: { email: 'vp@x.gov.vn', address: 'Số 1', phone: '0200' },
      result: 'Kết quả',
      resultDate: '2025-07-01',
      draft: false,
    },
  },
  {
    name: 'desks.yaml',
    schema: desksSchema,
    sample: [
      {
        slug: 'huyen',
        name: 'Bộ phận Một cửa huyện',
        level: 'huyen',
        address: 'Số 20 đường 30 Tháng 4',
        phone: '0200 3812 100',
        hours: 'Giờ hành chính',
        email: 'motcua@example.gov.vn',
      },
    ],
  },
];

type Path = (string | number)[];

/** Every path in a sample: objects' keys and arrays' first item, depth first. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.length ? [[...prefix, 0], ...pathsOf(value[0], [...prefix, 0])] : [];
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
  }
  return [];
}

/** A copy of `value` with the thing at `path` replaced (or removed when `replacement` is undefined). */
function mutate(value: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

/** A value of another kind than `current`, the mistakes editors make in YAML. */
const wrongKind = (current: unknown) =>
  typeof current === 'string' || current instanceof Date ? 42 : typeof current === 'number' || typeof current === 'boolean' ? 'có' : 'chữ';

function messagesOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.') || '(cả tệp)'}: ${i.message}`);
}

/** zod's own English messages, which editors must never see. */
const ENGLISH = /\b(Invalid|Expected|Required|received|expected|Too (small|big)|must|Unrecognized|input)\b/;

describe.each(SCHEMAS)('$name messages', ({ schema, sample }) => {
  const cases = new Map<string, string[]>();
  for (const path of pathsOf(sample)) {
    const current = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], sample);
    cases.set(`${path.join('.')} missing`, messagesOf(schema, mutate(sample, path, undefined)));
    cases.set(`${path.join('.')} = ${JSON.stringify(wrongKind(current))}`, messagesOf(schema, mutate(sample, path, wrongKind(current))));
  }
  cases.set('whole file of the wrong kind', messagesOf(schema, 'chữ'));

  it('accepts the sample', () => {
    expect(messagesOf(schema, sample)).toEqual([]);
  });
  it('says what is wrong in Vietnamese for every field left out or of the wrong kind', () => {
    const all = [...cases.values()].flat();
    expect(all.length).toBeGreaterThan(0);
    // The words, less the field's path and key names in brackets: a key may be English ("received"), the words may not.
    const words = all.map((m) => m.slice(m.indexOf(': ') + 2).replace(/\([\w.]+\)/g, ''));
    expect(
      words.filter((m) => ENGLISH.test(m) || !/[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i.test(m)),
    ).toEqual([]);
    expect(Object.fromEntries(cases)).toMatchSnapshot();
  });
});
