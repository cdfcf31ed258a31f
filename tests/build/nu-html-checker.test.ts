/**
 * Every built page passes the W3C Nu HTML Checker (vnu-jar, run with Debian's Java:
 * default-jre-headless), which reads a page as browsers parse it: a stray tag after </html>, a
 * misnested element or an invalid attribute value is an error here even where html-validate's
 * rules are silent.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listHtmlFiles } from '../support/dist.ts';

const distDir = inject('distDir');
const vnuJar = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '..', 'build', 'dist', 'vnu.jar');

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe('W3C Nu HTML Checker', () => {
  it('finds no error on any built page', () => {
    if (spawnSync('java', ['-version']).error) throw new Error('Java is not installed: apt-get install default-jre-headless');
    const files = listHtmlFiles(distDir);
    expect(files.length).toBeGreaterThan(100);
    // JSON on stderr; exit status 1 when a page has errors, so the report is read either way.
    const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
      cwd: distDir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const { messages } = JSON.parse(run.stderr) as { messages: NuMessage[] };
    const lines = messages.map(
      (m) =>
        `${m.url.replace(/^file:/, '').replace(`${distDir}/`, '')}:${m.lastLine ?? '?'} ${m.message} ${m.extract ? `[${m.extract.replace(/\s+/g, ' ')}]` : ''}`,
    );
    expect(lines.join('\n')).toBe('');
  });
});
