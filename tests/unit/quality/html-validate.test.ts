import { describe, expect, it } from 'vitest';
import { createValidator, validateHtml } from '../../support/validate.ts';
import { page } from '../../support/tiny-dist.ts';

describe('html-validate with the project rules', () => {
  it('accepts a valid page, including a long title and a heading id that starts with a digit', async () => {
    const validator = await createValidator();
    const html = page(
      'Thông báo kết quả xét tuyển công chức cấp xã năm 2025 của Ủy ban nhân dân huyện Sông Mẫu',
      '<h2 id="1-lam-sao">1. Làm sao?</h2><p><a href="tel:1022">1022</a></p>',
    );
    expect(await validateHtml(validator, html, 'ok.html')).toEqual([]);
  });

  it('rejects an image without alt text, a duplicate id and a phone number that can wrap', async () => {
    const validator = await createValidator();
    const html = page('Trang', '<img src="/a.webp"><p id="x">a</p><p id="x">b</p><a href="tel:02003812345">0200 3 812 345</a>');
    const rules = (await validateHtml(validator, html, 'broken.html')).map((p) => p.rule);
    expect(rules).toContain('wcag/h37');
    expect(rules).toContain('no-dup-id');
    expect(rules).toContain('tel-non-breaking');
  });
});
