/**
 * npm run preview — serves the last build (dist/, or TRANGTIN_OUT) at http://localhost:4321/.
 * A one-unit build is served as it is. A many-unit build is a folder of sites, each meant for its own
 * domain: each unit is served at http://<unit id>.localhost:4321/ (browsers send *.localhost to this
 * machine), and http://localhost:4321/ lists them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveDirectory } from '../lib/build/static-server.ts';

const dist = resolve(process.env.TRANGTIN_OUT ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`Chưa có bản dựng trong ${dist}: chạy npm run build trước.`);
  process.exit(1);
}
// A unit's folder is a site: it has its own home page (the root of a one-unit build has no such folders).
const units = readdirSync(dist, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(dist, d.name, 'index.html')) && existsSync(join(dist, d.name, '404.html')))
  .map((d) => d.name);
const rootFor = (host: string) => {
  const unit = /^([a-z0-9-]+)\.localhost(:\d+)?$/.exec(host)?.[1];
  return unit && units.includes(unit) ? join(dist, unit) : undefined;
};
await serveDirectory(dist, { rootFor, port, host: 'localhost' });
console.log(`Đang phục vụ ${dist} tại http://localhost:${port}/`);
for (const unit of units) console.log(`  ${unit}: http://${unit}.localhost:${port}/`);
