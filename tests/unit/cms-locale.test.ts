/** The web editor speaks Vietnamese: every string Decap has in English has a Vietnamese one (src/cms/locale-vi.ts). */
import { describe, expect, it } from 'vitest';
// The package's ES modules (its main file is a browser bundle).
import { en, vi } from 'decap-cms-locales/dist/esm/index.js';
import { mergeLocale, viLocale } from '../../src/cms/locale-vi.ts';

const flat = (tree: object, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' ? flat(value as object, `${prefix}${key}.`) : [[`${prefix}${key}`, String(value)]],
  );

const english = new Map(flat(en));
const ours = new Map(flat(mergeLocale(vi, viLocale)));

describe("the web editor's Vietnamese", () => {
  it('has a string for every one of English, and no key English lacks (a misspelt key would be dead)', () => {
    expect([...english.keys()].filter((k) => !ours.has(k))).toEqual([]);
    expect([...ours.keys()].filter((k) => !english.has(k))).toEqual([]);
    // The package alone lacks some: this file is what completes it.
    expect(flat(vi).length).toBeLessThan(english.size);
  });

  it('leaves no string in English', () => {
    const english =
      /\b(the|and|of|to|your|field|widget|control|preview|backend|issue|toggle|entry|entries|collection|view|click|option)\b/i;
    expect([...ours].filter(([, value]) => english.test(value.replace(/%\{\w+\}/g, '')))).toEqual([]);
  });

  it('keeps the placeholders each English string has, but the field key Decap puts where a label belongs', () => {
    const placeholders = (s: string) => [...s.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();
    const lost = [...english].filter(([key, value]) => placeholders(value).some((p) => !placeholders(ours.get(key)!).includes(p)));
    // The "now" button's label: Decap gives it the field's key ("Set date to now"), an English word.
    expect(lost.map(([key]) => key)).toEqual(['editor.editorWidgets.datetime.setToNow']);
  });
});
