import { describe, expect, it } from 'vitest';
import { checkFeed, sitemapLocations } from '../../support/feeds.ts';

const rss = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Xã</title><link>https://xa.vn/</link><description>d</description>${items}</channel></rss>`;

describe('feed and sitemap checks', () => {
  it('accepts a feed with absolute links everywhere', () => {
    const report = checkFeed(
      rss(
        '<item><title>A</title><link>https://xa.vn/tin-tuc/a/</link><guid isPermaLink="true">https://xa.vn/tin-tuc/a/</guid><content:encoded>&lt;a href="https://xa.vn/b/"&gt;b&lt;/a&gt; &lt;a href="mailto:a@xa.vn"&gt;m&lt;/a&gt;</content:encoded></item>',
      ),
    );
    expect(report).toEqual({ problems: [], itemLinks: ['https://xa.vn/tin-tuc/a/'], contentUrls: ['https://xa.vn/b/', 'mailto:a@xa.vn'] });
  });

  it('reports malformed XML, relative item links and relative links in content', () => {
    expect(checkFeed(rss('<item><title>A & B</title></item>')).problems[0]).toMatch(/^not well-formed XML/);
    const problems = checkFeed(
      rss('<item><title>A</title><link>/tin-tuc/a/</link><description>&lt;img src="/a.webp" alt=""&gt;</description></item>'),
    ).problems;
    expect(problems).toEqual(['item 1 <link> is not an absolute URL: /tin-tuc/a/', 'item 1 content img[src] is relative: /a.webp']);
  });

  it('reads sitemap locations and rejects relative ones', () => {
    const xml =
      '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://xa.vn/</loc></url><url><loc>/a/</loc></url></urlset>';
    expect(sitemapLocations(xml)).toEqual({ problems: ['<loc> is not an absolute URL: /a/'], locations: ['https://xa.vn/', '/a/'] });
  });
});
