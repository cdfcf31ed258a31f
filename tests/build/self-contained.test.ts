/** Nothing in the built site loads a script, stylesheet, font, image or frame from another host. */
import { describe, expect, inject, it } from 'vitest';
import { siteOriginOf } from '../support/dist.ts';
import { findForeignResources } from '../support/self-contained.ts';

const distDir = inject('distDir');

describe('self-contained site', () => {
  it('refers to no third-party resource in any HTML, CSS or JS file', () => {
    const foreign = findForeignResources(distDir, siteOriginOf(distDir));
    expect(foreign.map((f) => `${f.file}: ${f.where} ${f.url}`)).toEqual([]);
  });
});
