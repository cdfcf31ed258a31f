import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldedDWords, foldPhrase, hasDiacritics, words } from '../../src/lib/search/words.ts';
import { expandQuery, expansionWords, type Synonym } from '../../src/lib/search/synonyms.ts';
import { synonymsSchema } from '../../src/lib/schemas/synonyms.ts';
import {
  answersOutright,
  boostTitles,
  planSearch,
  rankByWordsMatched,
  rankResults,
  TITLE_BOOST_WINDOW,
} from '../../src/lib/search/query.ts';
import { iSpelling, iSpellings, tolerant } from '../../src/lib/search/tolerance.ts';
import { withoutStopWords } from '../../src/lib/search/stopwords.ts';
import { excerpt } from '../../src/lib/search/excerpt.ts';
import { pagefindFilters, readState, writeState } from '../../src/lib/search/state.ts';
import { extraWords, indexedText, isSearchable, prepareForIndex, separateCells } from '../../src/lib/search/index-words.ts';
import { ContentError, validateYaml } from '../../src/lib/validation.ts';
import { planIndex, type PageForIndex } from '../../src/lib/search/parts.ts';

const SYNONYMS: Synonym[] = [
  { term: 'UBND', means: 'Ủy ban nhân dân' },
  { term: 'GCN', means: 'giấy chứng nhận' },
  { term: 'GCN QSDĐ', means: 'giấy chứng nhận quyền sử dụng đất' },
  { term: 'khai sanh', means: 'khai sinh' },
];

describe('words', () => {
  it('splits on whitespace and punctuation, in NFC', () => {
    expect(words('Đăng ký, (khai sinh) NĐ-CP')).toEqual(['Đăng', 'ký', 'khai', 'sinh', 'NĐ', 'CP']);
    expect(words('Hòa'.normalize('NFD'))).toEqual(['Hòa']);
  });
  it('folds phrases to plain lower-case words', () => {
    expect(foldPhrase('  Đất đai – QSDĐ! ')).toBe('dat dai qsdd');
  });
  it('extracts only the words with đ, folded, each once, with joined forms of punctuated tokens', () => {
    expect(foldedDWords('Đăng ký đất đai theo Nghị định 42/2022/NĐ-CP. Đăng ký lại.')).toEqual([
      'dang',
      'dat',
      'dai',
      'dinh',
      'nd',
      '422022ndcp',
    ]);
    expect(foldedDWords('Không có chữ nào như vậy')).toEqual([]);
    expect(foldedDWords('ĐƯỜNG'.normalize('NFD'))).toEqual(['duong']);
  });
  it('tells accented text from plain text', () => {
    expect(hasDiacritics('dang ky')).toBe(false);
    expect(hasDiacritics('dang ký')).toBe(true);
    expect(hasDiacritics('đang')).toBe(true);
    expect(hasDiacritics('UBND')).toBe(false);
  });
});

describe('synonyms', () => {
  it('expands abbreviations as whole words, any case or accents, keeping the other words as typed', () => {
    expect(expandQuery('ubnd xã', SYNONYMS)).toBe('Ủy ban nhân dân xã');
    expect(expandQuery('Giấy khai sanh', SYNONYMS)).toBe('Giấy khai sinh');
    expect(expandQuery('cấp gcn qsdd', SYNONYMS)).toBe('cấp giấy chứng nhận quyền sử dụng đất');
    expect(expandQuery('gcn', SYNONYMS)).toBe('giấy chứng nhận');
    expect(expandQuery('ubndx', SYNONYMS)).toBe('ubndx');
  });
  it('never expands a word that an expansion produced', () => {
    expect(
      expandQuery('ab', [
        { term: 'ab', means: 'ab cd' },
        { term: 'cd', means: 'ef' },
      ]),
    ).toBe('ab cd');
    expect(expandQuery('x', [{ term: 'x', means: 'x y' }])).toBe('x y');
  });
  it('gives the index the full forms of the abbreviations a page uses', () => {
    expect(expansionWords('Chủ tịch UBND huyện ký GCN.', SYNONYMS)).toEqual(['uy', 'ban', 'nhan', 'dan', 'giay', 'chung']);
    expect(expansionWords('Không viết tắt', SYNONYMS)).toEqual([]);
  });
  it('validates the editors’ file with Vietnamese messages and line numbers', () => {
    const file = 'content/search-synonyms.yaml';
    const problems = (source: string) => {
      try {
        validateYaml(file, source, synonymsSchema);
        return [];
      } catch (error) {
        return (error as ContentError).problems.map((p) => `${p.line} ${p.field} ${p.message}`);
      }
    };
    expect(problems('- term: UBND\n  means: Ủy ban nhân dân\n- term: CCCD\n')).toEqual([
      '3 [2].means thiếu cách viết đầy đủ trên trang (means) — cần điền cách viết đầy đủ trên trang (means)',
    ]);
    expect(problems('- term: UBND\n  means: Ủy ban nhân dân\n- term: ubnd\n  means: x\n- term: hoà\n  means: hòa\n')).toEqual([
      expect.stringMatching(/^3 \[2\]\.term "ubnd" đã có ở mục 1 — /),
      expect.stringMatching(/^6 \[3\]\.means "hòa" giống hệt "hoà" khi bỏ dấu — /),
    ]);
    expect(problems('term: UBND\n')).toEqual([expect.stringContaining('tệp phải là một danh sách')]);
  });
  it('accepts the sample site’s synonyms file', () => {
    const source = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'shared', 'search-synonyms.yaml'), 'utf8');
    const list = validateYaml('content/search-synonyms.yaml', source, synonymsSchema);
    expect(list.map((s) => s.term)).toEqual(expect.arrayContaining(['UBND', 'HĐND', 'TTHC', 'CCCD', 'GPLX', 'QSDĐ', 'GCN', 'khai sanh']));
  });
});

describe('planSearch', () => {
  it('gives accented and plain queries the same loose query, đ folded, y after a consonant written i', () => {
    const accented = planSearch('Đăng ký khai sinh', SYNONYMS)!;
    const plain = planSearch('dang ky khai sinh', SYNONYMS)!;
    const shouting = planSearch('DANG KY  KHAI SINH ', SYNONYMS)!;
    expect(accented.loose).toBe('dang ki khai sinh');
    expect(plain.loose).toBe(accented.loose);
    expect(shouting.loose).toBe(accented.loose);
    expect(accented.exact).toBe('đăng ký khai sinh');
    expect(plain.exact).toBeUndefined();
  });
  it('expands abbreviations before folding, so "UBND" and its full form plan alike', () => {
    expect(planSearch('UBND xa', SYNONYMS)!.loose).toBe(planSearch('Ủy ban nhân dân xã', SYNONYMS)!.loose);
    expect(planSearch('khai sanh', SYNONYMS)!.loose).toBe('khai sinh');
  });
  it('treats NFD input like NFC and ignores a query with no words', () => {
    expect(planSearch('Hòa giải'.normalize('NFD'), SYNONYMS)).toEqual(planSearch('Hòa giải', SYNONYMS));
    expect(planSearch(' ?! ', SYNONYMS)).toBeUndefined();
  });
});

describe('rankResults', () => {
  it('keeps the loose set and puts what the exact query found first, in its order', () => {
    const loose = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
    expect(rankResults(loose, [{ id: 'c' }, { id: 'x' }, { id: 'b' }]).map((r) => r.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(rankResults(loose).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('boostTitles', () => {
  it('puts the page named by the query first, then titles holding every word, within the first page', () => {
    const ranked = ['news', 'long', 'named', 'other'].map((id) => ({ id }));
    const titles = new Map([
      ['news', 'Hướng dẫn khai sinh trực tuyến'],
      ['long', 'Đăng ký khai sinh lưu động'],
      ['named', 'Đăng ký khai sinh'],
      ['other', 'Lịch tiếp công dân'],
    ]);
    expect(boostTitles(ranked, titles, 'dang ki khai sinh').map((r) => r.id)).toEqual(['named', 'long', 'news', 'other']);
  });
  it('leaves results past the first page where they are', () => {
    const ranked = Array.from({ length: TITLE_BOOST_WINDOW + 2 }, (_, i) => ({ id: String(i) }));
    const titles = new Map([[String(TITLE_BOOST_WINDOW + 1), 'khai sinh']]);
    expect(boostTitles(ranked, titles, 'khai sinh')).toEqual(ranked);
  });
});

describe('excerpt', () => {
  const text = (segments: { text: string; mark: boolean }[]) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');
  it('marks words matching the folded query, đ included, and merges neighbouring marks', () => {
    expect(text(excerpt('Hướng dẫn Đăng ký khai sinh trực tuyến', ['dang', 'ky'], 10))).toBe('Hướng dẫn [Đăng ký] khai sinh trực tuyến');
  });
  it('keeps punctuation outside the marks', () => {
    expect(text(excerpt('như "đăng ký khai sinh", đăng ký', ['dang', 'ky'], 10))).toBe('như "[đăng ký] khai sinh", [đăng ký]');
    expect(text(excerpt('Đất, đai', ['dat', 'dai'], 10))).toBe('[Đất], [đai]');
  });
  it('picks the window with the most distinct query words and shows ellipses where it cuts', () => {
    const content = 'một hai ba bốn năm sáu bảy tám chín mười đất đai mười một mười hai mười ba';
    expect(text(excerpt(content, ['dat', 'dai'], 4))).toBe('… chín mười [đất đai] …');
  });
  it('starts at the beginning when nothing matches', () => {
    expect(text(excerpt('a b c d e', ['zzz'], 3))).toBe('a b c …');
  });
});

describe('URL state', () => {
  it('round-trips query, filters and sort, ignoring unknown parameters', () => {
    const state = readState(new URLSearchParams('q=đất+đai&kind=Thủ+tục+hành+chính&field=Đất+đai&field=Xây+dựng&sort=date&x=1'));
    expect(state).toEqual({ q: 'đất đai', sort: 'date', filters: { kind: ['Thủ tục hành chính'], field: ['Đất đai', 'Xây dựng'] } });
    expect(readState(writeState(state))).toEqual(state);
    expect(writeState({ q: 'a', sort: 'relevance', filters: {} }).toString()).toBe('q=a');
  });
  it('keeps the choice to search the archive, and only when asked', () => {
    const state = readState(new URLSearchParams('q=ocop&luu-tru=1'));
    expect(state).toEqual({ q: 'ocop', sort: 'relevance', filters: {}, archive: true });
    expect(writeState(state).toString()).toBe('q=ocop&luu-tru=1');
    expect(readState(new URLSearchParams('q=ocop&luu-tru=0')).archive).toBeUndefined();
  });
  it('makes Pagefind filters, optionally leaving one facet out for its counts', () => {
    const filters = { kind: ['Tin tức'], year: ['2024', '2025'] };
    expect(pagefindFilters(filters)).toEqual({ kind: { any: ['Tin tức'] }, year: { any: ['2024', '2025'] } });
    expect(pagefindFilters(filters, 'year')).toEqual({ kind: { any: ['Tin tức'] } });
  });
});

describe('index in parts', () => {
  const site = (other: number, perYear: Record<number, number>): PageForIndex[] => [
    ...Array.from({ length: other }, (_, i) => ({ file: `trang-${i}` })),
    ...Object.entries(perYear).flatMap(([year, n]) =>
      Array.from({ length: n }, (_, i) => ({ file: `tin-${year}-${i}`, newsYear: Number(year) })),
    ),
  ];
  const shape = (plan: ReturnType<typeof planIndex>) => ({
    main: plan.main.length,
    recent: plan.recent.length,
    archive: plan.archive.map((p) => `${p.name}:${p.files.length}`),
  });

  it('keeps a site that fits in one part whole', () => {
    expect(shape(planIndex(site(100, { 2020: 50, 2025: 50 }), 200))).toEqual({ main: 200, recent: 0, archive: [] });
  });
  it('gives the newest years a part beside the other pages and groups older years oldest first, whole years only', () => {
    const pages = site(50, { 2018: 30, 2019: 30, 2020: 30, 2021: 60, 2022: 40, 2023: 40, 2024: 40, 2025: 40 });
    expect(shape(planIndex(pages, 100))).toEqual({ main: 50, recent: 40, archive: ['2018-2020:90', '2021-2022:100', '2023-2024:80'] });
    const plan = planIndex(pages, 100);
    expect([...plan.main, ...plan.recent, ...plan.archive.flatMap((p) => p.files)].sort()).toEqual(pages.map((p) => p.file).sort());
  });
  it('always keeps the newest year in the recent part, and gives an oversized year a part of its own', () => {
    expect(shape(planIndex(site(10, { 2024: 150, 2025: 120 }), 100))).toEqual({ main: 10, recent: 120, archive: ['2024:150'] });
  });
  it('leaves the archive parts as they were when articles are added to the newest year', () => {
    const before = planIndex(site(50, { 2019: 40, 2020: 40, 2021: 40, 2025: 30 }), 100);
    const after = planIndex(site(50, { 2019: 40, 2020: 40, 2021: 40, 2025: 45 }), 100);
    expect(after.archive).toEqual(before.archive);
    expect(after.main).toEqual(before.main);
  });
});

describe('index preparation', () => {
  const page = (main: string) =>
    `<html lang="vi"><body><header>Đầu trang</header><main id="main-content" data-pagefind-body="">${main}</main><footer>Địa chỉ</footer></body></html>`;
  it('recognises searchable pages', () => {
    expect(isSearchable(page('x'))).toBe(true);
    expect(isSearchable('<main id="main-content">x</main>')).toBe(false);
  });
  it('reads only the indexed text: no header, footer, scripts or ignored parts; entities decoded', () => {
    const html = page('<h1>Đăng ký</h1><p>A &amp; B<br>C</p><div data-pagefind-ignore=""><p>Đường</p></div><script>var đ = 1</script>');
    expect(indexedText(html)).toBe('Đăng ký A & B C');
  });
  it('hands Pagefind the searchable section alone, in NFC, with folded đ-words and expansions as one metadata field', () => {
    const html = page('<h1>Đăng ký đất đai</h1><p>UBND xã</p>'.normalize('NFD'));
    const prepared = prepareForIndex(html, SYNONYMS);
    expect(prepared).toBe(prepared.normalize('NFC'));
    expect(prepared).toContain('<span data-pagefind-meta="extra:dang dat dai uy ban nhan dan ki"></span></main>');
    expect(prepared).not.toContain('Đầu trang');
    expect(prepared).toMatch(/^<!doctype html><html lang="vi"><head><meta charset="utf-8"><\/head><body><main data-pagefind-body="">/);
    expect(extraWords('Hòa bình', SYNONYMS)).toEqual([]);
    // Words are folded token by token, with each token's result kept for the next page: a token
    // seen before, a phrase across tokens and punctuation give what folding the whole text gives.
    const text = 'Cấp GCN QSDĐ theo NĐ-CP; đất (NĐ-CP), GCN.';
    expect(extraWords(text, SYNONYMS)).toEqual(['qsdd', 'nd', 'ndcp', 'dat', 'giay', 'chung', 'nhan', 'quyen', 'su', 'dung']);
    expect(extraWords(text.normalize('NFD'), SYNONYMS)).toEqual(extraWords(text, SYNONYMS));
    expect(prepareForIndex(page('<p>Hòa bình</p>'), SYNONYMS)).not.toContain('data-pagefind-meta');
  });
  it('leaves out of the indexed element the ids and images results never show, keeping its text', () => {
    const prepared = prepareForIndex(
      page(
        '<h2 id="ho-so">Hồ sơ</h2><figure><img src="/a.webp" alt="Cầu mới"><figcaption>Cầu mới</figcaption></figure><a data-id="x" href="#ho-so">Xem</a>',
      ),
      SYNONYMS,
    );
    expect(prepared).toContain(
      '<main data-pagefind-body=""><h2>Hồ sơ</h2><figure><figcaption>Cầu mới</figcaption> </figure><a data-id="x" href="#ho-so">Xem</a></main>',
    );
  });
  it('separates definition terms and table cells so their words do not run together', () => {
    expect(separateCells('<dl><dt>Lĩnh vực</dt><dd>Hộ tịch</dd></dl>')).toBe('<dl><dt>Lĩnh vực</dt> <dd>Hộ tịch</dd> </dl>');
  });
});

describe('questions, old terms and slips', () => {
  const STOP = ['thủ tục', 'như thế nào', 'ở đâu', 'cần gì', 'gồm những gì', 'làm', 'cho'];
  const OLD: Synonym[] = [
    { term: 'hộ khẩu', means: 'cư trú', note: 'Sổ hộ khẩu giấy hết giá trị từ 01/01/2023.' },
    { term: 'đk', means: 'đăng ký' },
  ];
  it('forgives i/y after a consonant and letters typed twice, on both sides', () => {
    expect(['ky', 'ly', 'quy', 'my', 'y', 'tuy', 'khaii', 'xoong', 'dangg'].map(tolerant)).toEqual([
      'ki',
      'li',
      'qui',
      'mi',
      'y',
      'tuy',
      'khai',
      'xoong',
      'dang',
    ]);
    // "uu" is how lưu, hưu, cứu fold: kept ("luu dong" once searched "lu", and lưu động fell out of the top 10).
    expect(['luu', 'huu', 'cuuu', 'buuu'].map(tolerant)).toEqual(['luu', 'huu', 'cuu', 'buu']);
    expect(iSpelling('hy')).toBe('hi');
    expect(iSpellings(['dang', 'ky', 'ky', 'my', 'tuy'])).toEqual(['ki', 'mi']);
    for (const typed of ['dang ki khai sinh', 'đăng kí khai sinh', 'dangg ky khaii sinh', 'đk khai sinh', 'DK KHAI SINH']) {
      expect(planSearch(typed, OLD)!.loose, typed).toBe('dang ki khai sinh');
    }
  });
  it('keeps the meaningful words of a question for a second try, longest stop phrases first', () => {
    expect(withoutStopWords('ho so xin giay phep xay dung gom nhung gi'.split(' '), ['gồm những gì', 'hồ sơ', 'xin', 'gì'])).toEqual([
      'giay',
      'phep',
      'xay',
      'dung',
    ]);
    expect(withoutStopWords(['thu', 'tuc'], ['thủ tục'])).toEqual(['thu', 'tuc']); // nothing would be left
    const plan = planSearch('Thủ tục đăng ký khai sinh ở đâu?', [], STOP)!;
    expect([plan.loose, plan.core]).toEqual(['thu tuc dang ki khai sinh o dau', 'dang ki khai sinh']);
    expect(planSearch('đăng ký khai sinh', [], STOP)!.core).toBeUndefined();
  });
  it('explains an old term the query uses', () => {
    const plan = planSearch('tach ho khau', OLD)!;
    expect(plan.loose).toBe('tach cu tru');
    expect(plan.hints).toEqual([OLD[0]]);
    expect(planSearch('đk kết hôn', OLD)!.hints).toEqual([]); // a slip, not an old term: no note
  });
  it('ranks pages by how many query words they have when none has them all', () => {
    const hits = [
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 5 },
      ],
      [
        { id: 'a', score: 2 },
        { id: 'c', score: 9 },
      ],
      [{ id: 'b', score: 1 }],
    ];
    expect(rankByWordsMatched(hits).map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
  it('puts the plain procedure before its variants: titles that start with the query, shortest first', () => {
    const ranked = ['nuoc-ngoai', 'lai', 'khai-sinh', 'luu-dong'].map((id) => ({ id }));
    const titles = new Map([
      ['nuoc-ngoai', 'Đăng ký khai sinh có yếu tố nước ngoài'],
      ['lai', 'Đăng ký lại khai sinh'],
      ['khai-sinh', 'Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con'],
      ['luu-dong', 'Đăng ký khai sinh lưu động'],
    ]);
    expect(boostTitles(ranked, titles, 'dang ki khai sinh').map((r) => r.id)).toEqual(['luu-dong', 'nuoc-ngoai', 'khai-sinh', 'lai']);
    expect([
      answersOutright('Đăng ký khai sinh', 'dang ki khai sinh'),
      answersOutright('Đăng ký lại khai sinh', 'dang ki khai sinh'),
      answersOutright('Đăng ký kết hôn', 'dang ki'),
    ]).toEqual([true, false, true]);
  });
});
