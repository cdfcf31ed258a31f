import { describe, expect, it } from 'vitest';
import { representativeTemplates, templateOf } from '../../support/templates.ts';
import { makeDist } from '../../support/tiny-dist.ts';

describe('templates', () => {
  it('names the template of every kind of URL', () => {
    expect(
      [
        '/',
        '/404.html',
        '/tin-tuc/',
        '/tin-tuc/thang/2024-05/',
        '/tin-tuc/chuyen-muc/kinh-te/',
        '/tin-tuc/chuyen-muc/kinh-te/thang/2024-05/',
        '/tin-tuc/le-hoi/',
        '/thu-tuc-hanh-chinh/',
        '/thu-tuc-hanh-chinh/linh-vuc/ho-tich/',
        '/thu-tuc-hanh-chinh/cap/xa/',
        '/thu-tuc-hanh-chinh/muc-do/toan-trinh/',
        '/thu-tuc-hanh-chinh/1.001193/',
        '/thu-tuc-hanh-chinh/1.001193/ho-so/',
        '/tim-kiem/',
        '/gioi-thieu/',
        '/rss.xml',
      ].map(templateOf),
    ).toEqual([
      'home',
      'not-found',
      'news-list',
      'news-month',
      'category',
      'category-month',
      'article',
      'catalog',
      'catalog-field',
      'catalog-level',
      'catalog-online',
      'procedure',
      'procedure-checklist',
      'search',
      'page',
      'other',
    ]);
  });

  it('picks the largest page of each template as its representative', () => {
    const dist = makeDist({
      'index.html': 'x',
      'tin-tuc/ngan/index.html': 'x',
      'tin-tuc/dai/index.html': 'x'.repeat(10),
      'tim-kiem/index.html': 'x',
    });
    expect(representativeTemplates(dist)).toEqual([
      { name: 'home', path: '/' },
      { name: 'article', path: '/tin-tuc/dai/' },
      { name: 'search', path: '/tim-kiem/?q=khai%20sinh', waitFor: '[data-body][aria-busy="false"] [data-results] li' },
    ]);
  });
});
