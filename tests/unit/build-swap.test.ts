import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAndSwap } from '../../src/lib/build/swap.ts';
import { tempDir } from '../support/temp-dir.ts';

const setup = () => {
  const dir = tempDir('swap');
  const final = join(dir, 'dist');
  mkdirSync(final);
  writeFileSync(join(final, 'index.html'), 'cũ');
  return { dir, final };
};
const writeSite = (next: string, text: string) => {
  mkdirSync(next, { recursive: true });
  writeFileSync(join(next, 'index.html'), text);
};

describe('build and swap', () => {
  it('replaces the old site only after the build succeeded', async () => {
    const { dir, final } = setup();
    let seenDuringBuild = '';
    const ok = await buildAndSwap(
      final,
      (next) => {
        writeSite(next, 'mới');
        seenDuringBuild = readFileSync(join(final, 'index.html'), 'utf8');
        return true;
      },
      't1',
    );
    expect(ok).toBe(true);
    expect(seenDuringBuild).toBe('cũ');
    expect(readFileSync(join(final, 'index.html'), 'utf8')).toBe('mới');
    // The old site stays aside for the next build to start from; that build is handed it.
    expect(readdirSync(dir).sort()).toEqual(['.dist-old-t1', 'dist']);
    expect(readFileSync(join(dir, '.dist-old-t1', 'index.html'), 'utf8')).toBe('cũ');
    let handed = '';
    await buildAndSwap(
      final,
      (next, previous) => ((handed = readFileSync(join(previous, 'index.html'), 'utf8')), writeSite(next, 'mới hơn'), true),
      't1',
    );
    expect(handed).toBe('cũ');
    expect(readFileSync(join(dir, '.dist-old-t1', 'index.html'), 'utf8')).toBe('mới');
    expect(readdirSync(dir).sort()).toEqual(['.dist-old-t1', 'dist']);
  });
  it('leaves the old site and no temporary folder when the build fails or throws', async () => {
    const { dir, final } = setup();
    expect(await buildAndSwap(final, (next) => (writeSite(next, 'nửa chừng'), false), 't2')).toBe(false);
    await expect(
      buildAndSwap(
        final,
        (next) => {
          writeSite(next, 'x');
          throw new Error('hỏng');
        },
        't3',
      ),
    ).rejects.toThrow('hỏng');
    expect(readFileSync(join(final, 'index.html'), 'utf8')).toBe('cũ');
    expect(readdirSync(dir)).toEqual(['dist']);
  });
  it('works when there is no previous site yet', async () => {
    const dir = tempDir('swap');
    const final = join(dir, 'dist');
    expect(await buildAndSwap(final, (next) => (writeSite(next, 'đầu tiên'), true))).toBe(true);
    expect(existsSync(join(final, 'index.html'))).toBe(true);
  });
});
