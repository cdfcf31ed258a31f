/**
 * The browser gets only the strings its scripts show: no text of the dictionary outside
 * `browserStrings` reaches a script bundle (the pages carry the rest in their HTML).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { browserStrings, vi } from '../../src/i18n/vi.ts';
import { listFiles } from '../support/dist.ts';

/** Every plain string in a dictionary branch (functions' templates are not strings here). */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];

describe('strings in the browser', () => {
  const distDir = inject('distDir');
  const scripts = listFiles(distDir)
    .filter((f) => f.startsWith('_astro/') && f.endsWith('.js'))
    .map((f) => readFileSync(join(distDir, f), 'utf8'));

  it('ship the strings the scripts show and none of the rest of the dictionary', () => {
    const shipped = new Set(stringsOf(browserStrings));
    const serverOnly = stringsOf(vi).filter((s) => !shipped.has(s) && s.length >= 8);
    expect(scripts.length).toBeGreaterThan(0);
    expect(serverOnly.length).toBeGreaterThan(50);
    expect(scripts.some((js) => js.includes(browserStrings.search.noIndex))).toBe(true);
    expect(serverOnly.filter((s) => scripts.some((js) => js.includes(s)))).toEqual([]);
  });
});
