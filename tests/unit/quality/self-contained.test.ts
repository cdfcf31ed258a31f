import { describe, expect, it } from 'vitest';
import { cssUrls, findForeignResources, jsUrls } from '../../support/self-contained.ts';
import { makeDist, page } from '../../support/tiny-dist.ts';

const ORIGIN = 'https://xa.example.gov.vn';

describe('self-contained check', () => {
  it('allows links to other sites and resources from the site itself', () => {
    const dist = makeDist({
      'index.html': page(
        'Trang chủ',
        `<a href="https://dichvucong.gov.vn/">DVC</a><img src="/a.webp" alt="a"><img src="${ORIGIN}/b.webp" alt="b">`,
        `<link rel="canonical" href="${ORIGIN}/"><link rel="alternate" href="https://en.example.vn/"><link rel="stylesheet" href="/a.css"><script type="module" src="/a.js"></script>`,
      ),
      'a.css': '@font-face{src:url(/f.woff2)} body{background:url("data:image/png;base64,AAAA")}',
      'a.js': 'import{x}from"./b.js";fetch("/api.json")',
    });
    expect(findForeignResources(dist, ORIGIN)).toEqual([]);
  });

  it('reports an external script, stylesheet, font, image and import', () => {
    const dist = makeDist({
      'index.html': page(
        'Trang chủ',
        '<img src="https://cdn.example.com/logo.png" alt="Logo"><iframe title="Bản đồ" src="https://maps.example.com/embed"></iframe>',
        '<script src="https://cdn.example.com/analytics.js"></script><link rel="stylesheet" href="//fonts.example.com/css"><style>h1{background:url(https://cdn.example.com/bg.jpg)}</style>',
      ),
      'a.css': "@import 'https://fonts.example.com/roboto.css'; @font-face{src:url(https://fonts.example.com/r.woff2)}",
      'a.js': 'import("https://cdn.example.com/widget.js")',
    });
    expect(
      findForeignResources(dist, ORIGIN)
        .map((f) => `${f.file} ${f.where} ${f.url}`)
        .sort(),
    ).toEqual([
      'a.css css url() https://fonts.example.com/r.woff2',
      'a.css css url() https://fonts.example.com/roboto.css',
      'a.js js import/fetch https://cdn.example.com/widget.js',
      'index.html iframe[src] https://maps.example.com/embed',
      'index.html img[src] https://cdn.example.com/logo.png',
      'index.html inline css url() https://cdn.example.com/bg.jpg',
      'index.html link[href] //fonts.example.com/css',
      'index.html script[src] https://cdn.example.com/analytics.js',
    ]);
  });

  it('finds URLs in CSS and JS', () => {
    expect(cssUrls(`a{b:url( "x.png" )} @import "y.css";`)).toEqual(['x.png', 'y.css']);
    expect(jsUrls(`import a from "https://a.vn/a.js";import"//b.vn/b.js";fetch('https://c.vn/d')`)).toEqual([
      'https://a.vn/a.js',
      '//b.vn/b.js',
      'https://c.vn/d',
    ]);
  });
});
