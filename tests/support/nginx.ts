/**
 * Debian's nginx serving a built repository with the operator guide's example configuration
 * (docs/deploy/nginx.conf and trangtin-site.conf), changed only where a test must: the sites'
 * folder, the snippet's path, a self-signed certificate for every domain instead of Let's Encrypt's,
 * loopback ports instead of 80 and 443, its own prefix for logs and temporary files, and the test's
 * user for its workers.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, constants } from 'node:http2';
import { request } from 'node:http';
import { freePort } from './free-port.ts';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { root } from './cli.ts';

const deploy = join(root, 'docs', 'deploy');

/** The example, as the test runs it (see above); `sites` replaces /var/www/trangtin/current. */
function testConfig(sites: string, dir: string, ports: { http: number; https: number }) {
  const site = join(dir, 'trangtin-site.conf');
  writeFileSync(site, readFileSync(join(deploy, 'trangtin-site.conf'), 'utf8'));
  const servers = readFileSync(join(deploy, 'nginx.conf'), 'utf8')
    .replaceAll('/var/www/trangtin/current', sites)
    .replaceAll('/etc/nginx/snippets/trangtin-site.conf', site)
    .replaceAll('/var/www/letsencrypt', dir)
    .replace(/\/etc\/letsencrypt\/live\/[^/]+\/fullchain\.pem/g, join(dir, 'cert.pem'))
    .replace(/\/etc\/letsencrypt\/live\/[^/]+\/privkey\.pem/g, join(dir, 'key.pem'))
    .replace(/^\s*listen \[::\].*\n/gm, '')
    .replaceAll('listen 80;', `listen 127.0.0.1:${ports.http};`)
    .replaceAll('listen 443 ssl http2;', `listen 127.0.0.1:${ports.https} ssl http2;`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `${k}_temp_path ${join(dir, k)};`).join('\n  ');
  // Its workers run as the test's user, who can read the test's private temporary folders.
  return `user ${userInfo().username};
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')};
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${temp}
${servers}
}
`;
}

/** Starts nginx on `sites`; `test` is what `nginx -t` said of the configuration. */
export async function serveWithNginx(sites: string, domains: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'trangtin-nginx-'));
  const ports = { http: await freePort(), https: await freePort() };
  const made = spawnSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=trangtin-test'],
      ...['-addext', `subjectAltName=${domains.map((d) => `DNS:${d}`).join(',')}`],
      ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(made.stderr);
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, testConfig(sites, dir, ports));
  const test = spawnSync('nginx', ['-t', '-c', conf, '-p', dir], { encoding: 'utf8' });
  const nginx = spawn('nginx', ['-c', conf, '-p', dir, '-g', 'daemon off;'], { stdio: 'ignore' });
  // Ready once it answers.
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((done) =>
      request({ host: '127.0.0.1', port: ports.http, path: '/' }, (r) => done(r.resume() && true))
        .on('error', () => done(false))
        .end(),
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    test: test.stderr,
    ports,
    /** GET over HTTP/2 and TLS for `domain`, as a browser asks (gzip accepted). */
    get: (domain: string, path: string) => fetchH2(ports.https, domain, path),
    /** GET over plain HTTP. */
    getPlain: (domain: string, path: string) =>
      new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>((done, fail) =>
        request({ host: '127.0.0.1', port: ports.http, path, headers: { host: domain } }, (r) => {
          r.resume();
          done({ status: r.statusCode!, headers: r.headers });
        })
          .on('error', fail)
          .end(),
      ),
    stop() {
      nginx.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function fetchH2(port: number, domain: string, path: string) {
  return new Promise<{ protocol: string | undefined; status: number; headers: Record<string, unknown>; bytes: Buffer }>((done, fail) => {
    const session = connect(`https://${domain}:${port}`, {
      // The domain goes in SNI and :authority; the connection goes to loopback.
      lookup: (_host, options, callback) =>
        options.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4),
      rejectUnauthorized: false,
    });
    session.on('error', fail);
    const stream = session.request({ [constants.HTTP2_HEADER_PATH]: path, 'accept-encoding': 'gzip' });
    const chunks: Buffer[] = [];
    let headers: Record<string, unknown> = {};
    stream.on('response', (h) => (headers = h));
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      done({ protocol: session.alpnProtocol, status: Number(headers[':status']), headers, bytes: Buffer.concat(chunks) });
      session.close();
    });
    stream.on('error', fail);
  });
}
