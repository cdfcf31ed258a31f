/** The per-template browser checks see every template: none missing from the build, none unknown. */
import { describe, expect, inject, it } from 'vitest';
import { pagesByTemplate, REQUIRED_TEMPLATES } from '../support/templates.ts';

const groups = pagesByTemplate(inject('distDir'));

describe('templates of the built site', () => {
  it('has at least one page of every template', () => {
    expect(REQUIRED_TEMPLATES.filter((name) => !groups.get(name)?.length)).toEqual([]);
  });

  it('has no page that no template rule knows (add a rule in tests/support/templates.ts)', () => {
    expect(groups.get('other') ?? []).toEqual([]);
  });
});
