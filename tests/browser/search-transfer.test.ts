/**
 * What a citizen's phone downloads for the first search on the sample site: at most 150 KB
 * (Pagefind's script and wasm, the word index chunks the query needs, the first page of results'
 * data). The figures by kind of file are in the message when it fails; `npm run bench:search`
 * prints them always.
 */
import { describe, expect, inject, it } from 'vitest';
import { searchTransfer } from '../support/search-transfer.ts';

const FIRST_SEARCH_BUDGET = 150 * 1024;

describe('search transfer', () => {
  it('downloads at most 150 KB for the first search on a phone', async () => {
    const {
      searches: [first],
    } = await searchTransfer(inject('distDir'), 'phone', ['dang ky khai sinh']);
    const figures = [...first!.byKind].map(([kind, bytes]) => `${kind} ${(bytes / 1024).toFixed(1)} KB`).join(', ');
    expect(first!.bytes, figures).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
  });
});
