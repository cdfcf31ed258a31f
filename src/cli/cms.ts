/**
 * npm run cms [-- --unit <id>] [-- --git] — edit content in the browser on this machine: starts
 * decap-server (the web editor's local backend) on the repository and the dev server, then the
 * editor is at http://localhost:4321/admin/. decap-server writes the files into content/ as the
 * editor saves (MODE=fs); with --git it commits each save instead, and keeps entries of the
 * editorial workflow (draft → in review → ready) on cms/* branches until they are published.
 * In a repository of many units, --unit names the unit whose content to edit (it is then shown at
 * the dev server's root, as on its own domain).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { contentDir, multiUnit, oneUnitFromArgs } from '../data/units.ts';

const unit = oneUnitFromArgs(process.argv);
const git = process.argv.includes('--git');
const resolvePackage = (name: string) => dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));

// decap-server's paths are the collections' folders, "content/…": it runs on content/'s parent.
const repository = dirname(contentDir);
const children: ChildProcess[] = [
  spawn(process.execPath, [join(resolvePackage('decap-server'), 'dist', 'index.js')], {
    stdio: 'inherit',
    env: { ...process.env, MODE: git ? 'git' : 'fs', GIT_REPO_DIRECTORY: repository, PORT: '8081', BIND_HOST: '127.0.0.1' },
  }),
  spawn(process.execPath, [join(resolvePackage('astro'), 'bin', 'astro.mjs'), 'dev'], {
    stdio: 'inherit',
    env: { ...process.env, ...(multiUnit && { TRANGTIN_UNITS: unit }) },
  }),
];
console.log(
  `Trang biên tập: http://localhost:4321/admin/ — bấm "Đăng nhập". ${git ? 'Mỗi lần lưu là một commit; bài chờ duyệt nằm ở các nhánh cms/*.' : 'Mỗi lần lưu ghi thẳng vào content/.'} Dừng: Ctrl+C.`,
);
const stop = () => {
  for (const child of children) child.kill();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// One stopping stops the other: the editor without its backend (or site) is of no use.
for (const child of children) child.on('exit', stop);
