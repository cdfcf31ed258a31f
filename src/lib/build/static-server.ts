/**
 * A minimal static file server for a built site, as any static host would serve it (the tests'
 * server and `npm run preview`'s); with
 * `gzip`, text responses are compressed for clients that accept it, as hosts and CDNs do (for
 * measurements of what a phone downloads, such as Lighthouse).
 */
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'text/xsl; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.pf_meta': 'application/octet-stream',
  '.ics': 'text/calendar; charset=utf-8',
};

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return undefined;
  for (const candidate of [path, join(path, 'index.html')]) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      /* try the next candidate */
    }
  }
  return undefined;
}

/** Types worth compressing: text. Images, PDFs and Pagefind's files are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

export interface ServeOptions {
  gzip?: boolean;
  /** The folder to serve a request from, by its Host header (a many-unit build: one site per unit); `root` otherwise. */
  rootFor?: (host: string) => string | undefined;
  port?: number;
  host?: string;
  /** Headers sent with every response (a site's security headers, as its host would send them). */
  headers?: Record<string, string>;
}

export async function serveDirectory(
  siteRoot: string,
  { gzip = false, rootFor, port = 0, host = '127.0.0.1', headers = {} }: ServeOptions = {},
): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const root = rootFor?.(req.headers.host ?? '') ?? siteRoot;
    const file = await resolveFile(root, pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      res.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = await readFile(file);
    if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      res.end(gzipSync(body));
      return;
    }
    res.writeHead(200, { 'Content-Type': type });
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(port, host, done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}
