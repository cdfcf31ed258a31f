/**
 * The CI recipes in the repository (.github/workflows/portals.yml, .gitlab-ci.yml) cannot run
 * here: they are validated instead. GitHub's with @action-validator/cli (it carries GitHub's
 * schemas and works offline); GitLab's with gitlab-ci-local (GitLab's own schema, and the jobs each
 * kind of pipeline runs).
 * Both must call the project's own commands only, so the suite exercises what CI runs.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const github = join(root, '.github', 'workflows', 'portals.yml');
const gitlab = join(root, '.gitlab-ci.yml');
const scripts = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
const validator = join(root, 'node_modules', '@action-validator', 'cli', 'cli.mjs');
const gitlabCiLocal = join(root, 'node_modules', 'gitlab-ci-local', 'dist', 'index.js');
const validate = (file: string) => spawnSync(process.execPath, [validator, file], { encoding: 'utf8' });

/** Every "npm run <script>" a recipe runs. */
const npmScripts = (text: string) => [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);

describe("GitHub Actions' workflow", () => {
  it("passes GitHub's schema; a workflow with a misspelt key does not", () => {
    const ours = validate(github);
    expect(ours.status, ours.stdout + ours.stderr).toBe(0);
    const broken = join(mkdtempSync(join(tmpdir(), 'trangtin-workflow-')), 'broken.yml');
    writeFileSync(broken, readFileSync(github, 'utf8').replace('runs-on: ubuntu-24.04', 'runs_on: ubuntu-24.04'));
    expect(validate(broken).status).not.toBe(0);
  });

  it('checks and builds on every push and pull request, nightly at 00:05 Vietnam time, and publishes only from main', () => {
    const workflow = parse(readFileSync(github, 'utf8')) as {
      on: { push: { branches: string[] }; pull_request: unknown; schedule: { cron: string }[] };
      jobs: { build: { steps: { run?: string; if?: string; with?: { path?: string } }[] }; deploy: { if: string } };
    };
    expect(workflow.on.push.branches).toEqual(['main']);
    expect('pull_request' in workflow.on).toBe(true);
    // Cron is UTC: 17:05 UTC is 00:05 in Vietnam (UTC+7).
    expect(workflow.on.schedule).toEqual([{ cron: '5 17 * * *' }]);
    const runs = workflow.jobs.build.steps.flatMap((s) => (s.run ? [s.run] : []));
    expect(runs).toEqual(['npm install --no-audit --no-fund', 'npm run check', 'npm run build']);
    expect(workflow.jobs.deploy.if).toBe("github.event_name != 'pull_request'");
    // The published site is a unit of the demo province.
    const pages = workflow.jobs.build.steps.find((s) => s.with?.path?.startsWith('dist/') && !s.with.path.includes('\n'))!;
    expect(existsSync(join(root, 'content', pages.with!.path!.slice('dist/'.length), 'site.yaml'))).toBe(true);
  });
});

describe("GitLab CI's pipeline", () => {
  const pipeline = parse(readFileSync(gitlab, 'utf8'), { merge: true }) as Record<string, unknown>;
  /**
   * gitlab-ci-local reads the file as GitLab does (anchors, defaults, rules), validates it against
   * GitLab's own JSON schema, which it carries, and lists the jobs a pipeline would run. It runs in
   * a temporary folder: it writes its state (.gitlab-ci-local/) beside the file.
   */
  function gitlabJobs(text: string, variables: Record<string, string> = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'trangtin-gitlab-'));
    writeFileSync(join(dir, '.gitlab-ci.yml'), text);
    const names = Object.keys(variables);
    const run = spawnSync(
      process.execPath,
      [
        gitlabCiLocal,
        '--list-json',
        ...names.flatMap((name) => ['--variable', `${name}=${variables[name]}`]),
        ...(names.length ? ['--ignore-predefined-vars', names.join(',')] : []),
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    rmSync(dir, { recursive: true, force: true });
    const listed = /^\[[\s\S]*\]$/m.exec(run.stdout)?.[0];
    return {
      output: run.stdout + run.stderr,
      // The jobs this pipeline runs: those whose rules do not say "never".
      runs: listed
        ? (JSON.parse(listed) as { name: string; when: string }[]).filter((j) => j.when !== 'never').map((j) => j.name)
        : undefined,
    };
  }
  const text = readFileSync(gitlab, 'utf8');

  it("passes GitLab's schema; a pipeline with a misspelt key does not", () => {
    const ours = gitlabJobs(text);
    expect(ours.output).toContain('json schema validated');
    expect(ours.runs, ours.output).toBeDefined();
    const broken = gitlabJobs(text.replace(/^ {2}artifacts:/m, '  artifact:'));
    expect(broken.output).toContain("'artifact' property is not expected to be here");
    expect(broken.runs).toBeUndefined();
  });

  it('checks merge requests, builds the default branch and the nightly schedule, and runs nothing for other branches', () => {
    const mergeRequest = { CI_PIPELINE_SOURCE: 'merge_request_event', CI_COMMIT_BRANCH: '' };
    expect(gitlabJobs(text, mergeRequest).runs).toEqual(['check']);
    expect(gitlabJobs(text, { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main' }).runs).toEqual(['build', 'pages']);
    expect(gitlabJobs(text, { CI_PIPELINE_SOURCE: 'schedule', CI_COMMIT_BRANCH: 'main' }).runs).toEqual(['build', 'pages']);
    expect(gitlabJobs(text, { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'sua-bai-viet' }).runs ?? []).toEqual([]);
  });

  it('keeps the published sites and the build cache together, and publishes a unit on Pages', () => {
    const build = pipeline.build as { cache: { paths: string[] } };
    // The published sites and Astro's cache together: one without the other rebuilds everything.
    expect(build.cache.paths).toEqual(['dist/', 'node_modules/.astro/']);
    const publish = (pipeline.pages as { pages: { publish: string } }).pages.publish;
    expect(existsSync(join(root, 'content', publish.slice('dist/'.length), 'site.yaml'))).toBe(true);
  });
});

describe('both recipes', () => {
  it("run the project's own commands only", () => {
    for (const file of [github, gitlab]) {
      const used = npmScripts(readFileSync(file, 'utf8'));
      expect(used.length, file).toBeGreaterThan(1);
      expect(
        used.filter((s) => !scripts.includes(s)),
        file,
      ).toEqual([]);
    }
  });
});
