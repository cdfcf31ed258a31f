import { describe, expect, it } from 'vitest';
import { budgetBytes, pageWeight } from '../../support/budget.ts';
import { makeDist } from '../../support/tiny-dist.ts';

describe('page weight', () => {
  it('counts the page, its stylesheets and scripts with their static imports, once each, and no images', () => {
    const html =
      '<link rel="stylesheet" href="/a.css"><link rel="icon" href="/i.svg"><script type="module" src="/_astro/m.js"></script><script type="module">import "/_astro/n.js"</script><img src="/big.webp" alt="">';
    const dist = makeDist({
      'tin/index.html': html,
      'a.css': '@import "b.css";'.padEnd(100, ' '),
      'b.css': 'x'.repeat(50),
      '_astro/m.js': 'import{a}from"./shared.js";import("./lazy.js")'.padEnd(200, ' '),
      '_astro/n.js': 'import"./shared.js";'.padEnd(30, ' '),
      '_astro/shared.js': 'x'.repeat(1000),
      '_astro/lazy.js': 'x'.repeat(5000),
      'big.webp': 'x'.repeat(90000),
      'i.svg': 'x'.repeat(700),
    });
    const weight = pageWeight(dist, '/tin/');
    expect(weight).toMatchObject({ html: html.length, css: 150, js: 1230, total: html.length + 1380 });
    // Padding and repeated characters compress well: the transferred size is far smaller.
    expect(weight.transfer).toBeGreaterThan(0);
    expect(weight.transfer).toBeLessThan(weight.total / 2);
    expect(weight.files.sort()).toEqual(['_astro/m.js', '_astro/n.js', '_astro/shared.js', 'a.css', 'b.css', 'tin/index.html']);
  });

  it('takes a template budget from the config, or the default', () => {
    expect(budgetBytes({ defaultKiB: 50, templates: { home: 40 } }, 'home')).toBe(40 * 1024);
    expect(budgetBytes({ defaultKiB: 50, templates: {} }, 'article')).toBe(50 * 1024);
  });
});
