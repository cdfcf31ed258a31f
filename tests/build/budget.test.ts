/**
 * Size budget: the HTML + CSS + JS a first visit downloads (images excluded), per template, with
 * limits in tests/budget.json on the gzip-transferred bytes. Every page is weighed; the heaviest
 * page of each template counts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { budgetBytes, kib, pageWeight, type BudgetConfig, type PageWeight } from '../support/budget.ts';
import { pagesByTemplate } from '../support/templates.ts';

const distDir = inject('distDir');
const config = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'budget.json'), 'utf8')) as BudgetConfig;

describe('page weight budget', () => {
  const heaviest = [...pagesByTemplate(distDir)].map(([template, paths]) => {
    const weights = paths.map((path) => pageWeight(distDir, path));
    return { template, pages: paths.length, max: weights.reduce((a, b) => (b.transfer > a.transfer ? b : a)) as PageWeight };
  });

  it('reports the weight of each template', () => {
    const rows = heaviest.map(
      ({ template, pages, max }) =>
        `${template.padEnd(20)} ${kib(max.transfer).padStart(9)} gzip of ${kib(budgetBytes(config, template)).padStart(9)} | raw ${kib(max.total).padStart(9)} (html ${kib(max.html)}, css ${kib(max.css)}, js ${kib(max.js)}) | heaviest of ${pages}: ${max.page}`,
    );
    console.log(`First-visit HTML + CSS + JS per template:\n${rows.join('\n')}`);
    expect(heaviest.length).toBeGreaterThan(5);
    expect(heaviest.every(({ max }) => max.html > 0 && max.css > 0 && max.transfer > 0 && max.transfer < max.total)).toBe(true);
  });

  it('keeps every page within its template budget', () => {
    const over = heaviest
      .filter(({ template, max }) => max.transfer > budgetBytes(config, template))
      .map(({ template, max }) => `${template}: ${max.page} transfers ${kib(max.transfer)}, budget ${kib(budgetBytes(config, template))}`);
    expect(over).toEqual([]);
  });

  it('sets no template budget above the default ceiling of at most 50 KiB', () => {
    expect(config.defaultKiB).toBeLessThanOrEqual(50);
    expect(Object.entries(config.templates).filter(([, kiB]) => kiB > config.defaultKiB)).toEqual([]);
  });
});
