/**
 * The page at the root of a many-unit build: the units it holds, each linked to its own site's
 * folder. `npm run preview` opens it; it is not published (each unit is served from its folder).
 */
import { escapeXml } from '../feed.ts';

export interface UnitSummary {
  id: string;
  name: string;
  levelName: string;
  archived: boolean;
  url: string;
}

export function unitsIndexHtml(title: string, units: readonly UnitSummary[]): string {
  const items = units
    .map(
      (u) =>
        // *.localhost: `npm run preview` serves each unit there, as the root of a site of its own.
        `<li><a href="//${u.id}.localhost:4321/">${escapeXml(u.name)}</a> — ${escapeXml(u.levelName)}${u.archived ? ' (lưu trữ)' : ''}` +
        ` <small>${escapeXml(u.url)}</small></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeXml(title)}</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}li{margin:.5rem 0}small{color:#444;overflow-wrap:anywhere}</style></head>
<body><main><h1>${escapeXml(title)}</h1>
<p>Mỗi đơn vị là một trang riêng, phát hành từ thư mục cùng tên trong dist/ tới tên miền của nó (xem docs/operator-guide.md). Trang này chỉ để xem thử bằng <code>npm run preview</code>.</p>
<ul>
${items}
</ul></main></body>
</html>
`;
}
