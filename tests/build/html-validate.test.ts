/** Every built page passes html-validate with the project's rules (.htmlvalidate.mjs). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listHtmlFiles } from '../support/dist.ts';
import { createValidator, formatHtmlProblems, validateHtml, type HtmlProblem } from '../support/validate.ts';

const distDir = inject('distDir');

describe('HTML validity', () => {
  it('finds no html-validate error on any built page', async () => {
    const validator = await createValidator();
    const files = listHtmlFiles(distDir);
    expect(files.length).toBeGreaterThan(10);
    const problems: HtmlProblem[] = [];
    for (const file of files) problems.push(...(await validateHtml(validator, readFileSync(join(distDir, file), 'utf8'), file)));
    expect(formatHtmlProblems(problems)).toBe('');
  });
});
