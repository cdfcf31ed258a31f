/**
 * The shape of src/: no import cycle (type-only imports count: a cycle through `import type` still
 * ties two modules' meanings together), and the checker stays the checker's own — its rules for a
 * kind sit beside the kind (src/kinds/<kind>/rule.ts); data modules, domain modules and pages
 * share helpers through src/lib/content/, never through check/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importSpecifiers } from '../../support/imports.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const src = join(root, 'src');

/** Every .ts and .astro module of src/ with the src/ modules it imports, paths relative to the root. */
function importGraph(): Map<string, string[]> {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|astro)$/.test(f) && !f.endsWith('.d.ts'));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const full = join(src, file);
    const targets = importSpecifiers(readFileSync(full, 'utf8'))
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => relative(root, resolve(dirname(full), spec)))
      .filter((target) => target.startsWith('src/'));
    graph.set(relative(root, full), targets);
  }
  return graph;
}

describe('imports in src/', () => {
  const graph = importGraph();

  it('reads the imports of every module', () => {
    expect(graph.size).toBeGreaterThan(150);
    expect(graph.get('src/data/procedures.ts')).toContain('src/lib/routes.ts');
  });

  it('have no cycle, type-only imports included', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it("reach the checker (src/lib/check/) only from the checker, its command, the kinds' rules and the web editor's checks before a save", () => {
    const checker = (file: string) =>
      file.startsWith('src/lib/check/') ||
      /^src\/kinds\/([^/]+\/rule|kind)\.ts$/.test(file) ||
      ['src/cli/check.ts', 'src/cli/content-corpus.ts', 'src/lib/cms/entry-check.ts'].includes(file);
    const outside = [...graph].filter(([file]) => !checker(file));
    expect(
      outside.flatMap(([file, targets]) => targets.filter((t) => t.startsWith('src/lib/check/')).map((t) => `${file} → ${t}`)),
    ).toEqual([]);
  });
});

describe('import reading and cycle finding', () => {
  it('reads static, type-only, re-exported, side-effect and dynamic imports', () => {
    const source =
      "import a from './a.ts';\nimport type { B } from \"./b.ts\";\nexport { c } from './c.ts';\nimport './d.css';\nconst e = await import('./e.ts');\nimport {\n  f,\n  g,\n} from './fg.ts';";
    expect(importSpecifiers(source)).toEqual(['./a.ts', './b.ts', './c.ts', './d.css', './fg.ts', './e.ts']);
  });

  it('finds a cycle of any length, and none in a tree', () => {
    expect(
      importCycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
    expect(
      importCycles(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toEqual([]);
  });
});
