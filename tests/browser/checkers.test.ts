/**
 * The browser checkers themselves, on small deliberately broken pages: each must catch its
 * problem (and pass the fixed page), or the site-wide checks prove nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runAxe } from '../support/axe.ts';
import { openPage, useBrowser } from '../support/browser.ts';
import { walkWithTab } from '../support/keyboard.ts';
import { horizontalOverflow } from '../support/layout.ts';
import { page as shell } from '../support/tiny-dist.ts';

const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
/** The portal's focus style in short: a strong background on :focus-visible. */
const FOCUS_CSS = '<style>:focus-visible{outline:3px solid transparent;background:#fd0;color:#000}</style>';
const browser = useBrowser();

/** Runs `check` on a page showing `html`; the page's own origin does not matter here. */
async function withPage<T>(html: string, check: (page: Page, foreign: string[]) => Promise<T>): Promise<T> {
  const { page, context, foreignRequests } = await openPage(browser(), 'http://127.0.0.1:9');
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await check(page, foreignRequests);
  } finally {
    await context.close();
  }
}

describe('axe checker', () => {
  it('fails a page with an image without alt text, and passes it once the alt is there', async () => {
    const broken = await withPage(shell('Trang', `<img src="${PIXEL}" width="1" height="1">`), runAxe);
    expect(broken.map((v) => v.id)).toContain('image-alt');
    const fixed = await withPage(shell('Trang', `<img src="${PIXEL}" width="1" height="1" alt="Ảnh">`), runAxe);
    expect(fixed).toEqual([]);
  });

  it('fails low contrast text', async () => {
    const violations = await withPage(shell('Trang', '<p style="color:#aaa;background:#fff">Chữ mờ</p>'), runAxe);
    expect(violations.map((v) => v.id)).toContain('color-contrast');
  });
});

describe('keyboard checker', () => {
  it('flags an element whose focus indicator was removed', async () => {
    const html = shell(
      'Trang',
      '<p><a href="/a/">Có viền</a> <a href="/b/" style="background:none!important" class="bad">Không viền</a></p>',
      FOCUS_CSS,
    );
    const { stops } = await withPage(html, walkWithTab);
    expect(stops.map((s) => [s.label, s.indicator])).toEqual([
      ['a "Chuyển đến nội dung chính"', true],
      ['a "Có viền"', true],
      ['a.bad "Không viền"', false],
    ]);
  });

  it('flags a focusable element pushed off the page', async () => {
    const html = shell('Trang', '<a href="/an/" style="position:absolute;left:-9999px">Ẩn</a>', FOCUS_CSS);
    const { stops } = await withPage(html, walkWithTab);
    expect(stops.map((s) => [s.label, s.onPage])).toEqual([
      ['a "Chuyển đến nội dung chính"', true],
      ['a "Ẩn"', false],
    ]);
  });

  it('flags an element Tab cannot reach because of a keyboard trap', async () => {
    const html = shell(
      'Trang',
      `<label>Ô <input id="trap" onkeydown="if(event.key==='Tab')event.preventDefault()"></label> <a href="/sau/">Sau ô</a>`,
      FOCUS_CSS,
    );
    const { candidates, stops } = await withPage(html, walkWithTab);
    const reached = new Set(stops.map((s) => s.index));
    expect(candidates.filter((_, i) => !reached.has(i))).toEqual(['a "Sau ô"']);
  });
});

describe('layout checker', () => {
  it('flags a page that scrolls sideways, naming the element', async () => {
    const overflow = await withPage(shell('Trang', '<div class="rong" style="width:2000px">Rộng</div>'), horizontalOverflow);
    expect(overflow.scrollsSideways).toBe(true);
    expect(overflow.culprits[0]).toMatch(/^div\.rong right=20\d\d$/);
    expect(await withPage(shell('Trang', '<p>Hẹp</p>'), horizontalOverflow)).toEqual({ scrollsSideways: false, culprits: [] });
  });
});

describe('request recorder', () => {
  it('records (and blocks) a request for an external script', async () => {
    const foreign = await withPage(
      shell('Trang', '', '<script src="https://cdn.example.com/analytics.js"></script>'),
      async (_, foreign) => foreign,
    );
    expect(foreign).toEqual(['https://cdn.example.com/analytics.js']);
  });
});
