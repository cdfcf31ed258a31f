/** Tiny built sites in a temp dir, for testing the checkers themselves on known-broken pages. */
import { tempFiles } from './temp-dir.ts';

/** A valid page shell around `body`, with a given title and optional extra head markup. */
export function page(title: string, body: string, head = ''): string {
  return `<!DOCTYPE html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title}</title>
    <meta name="description" content="Mô tả ${title}">${head}
  </head>
  <body>
    <a href="#main-content">Chuyển đến nội dung chính</a>
    <main id="main-content" tabindex="-1">
      <h1>${title}</h1>
      ${body}
    </main>
  </body>
</html>
`;
}

/**
 * Writes `files` (path relative to the dist → content) into a fresh temp dir and returns it.
 * Call it inside a test: the dir is removed when the test ends.
 */
export function makeDist(files: Record<string, string>): string {
  return tempFiles('dist', files);
}
