/**
 * decap-server, the web editor's local backend (`npm run cms` runs it), on a free loopback port
 * over a temporary repository: MODE=fs writes into the folder, MODE=git commits (and keeps the
 * editorial workflow's entries on cms/* branches).
 */
import { spawn } from 'node:child_process';
import { freePort } from './free-port.ts';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
// Not from ./cli.ts, which needs Vitest: the guide's screenshots (tests/guide/screenshots.ts) run outside it.
const root = join(import.meta.dirname, '..', '..');
import { LOCAL_PROXY } from '../../src/data/cms.ts';

export async function startDecapServer(repository: string, mode: 'fs' | 'git' = 'fs') {
  const port = await freePort();
  const server = spawn(process.execPath, [join(root, 'node_modules', 'decap-server', 'dist', 'index.js')], {
    cwd: repository,
    env: {
      ...process.env,
      MODE: mode,
      GIT_REPO_DIRECTORY: repository,
      PORT: String(port),
      BIND_HOST: '127.0.0.1',
      LOG_LEVEL: process.env.DECAP_LOG_LEVEL ?? 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  server.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const url = `http://127.0.0.1:${port}/api/v1`;
  for (let i = 0; i < 100; i++) {
    const up = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' }).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    errors: () => errors,
    /** The built editor asks for decap-server at its usual address (src/data/cms.ts): sends those requests here. */
    route: (page: Page) =>
      page.route(`${LOCAL_PROXY}**`, (route) => route.continue({ url: route.request().url().replace(LOCAL_PROXY, url) })),
    stop: () => server.kill(),
  };
}
