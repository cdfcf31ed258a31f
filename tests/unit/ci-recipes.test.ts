/**
 * The CI recipes in the repository (.github/workflows/portals.yml, .gitlab-ci.yml) cannot run
 * here: they are validated instead. GitHub's with @action-validator/cli (it carries GitHub's
 * schemas and works offline); GitLab's official schema could not be vendored (SchemaStore no longer
 * holds it), so its structure is checked here against what GitLab documents for the keywords used.
 * Both must call the project's own commands only, so the suite exercises what CI runs.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const github = join(root, '.github', 'workflows', 'portals.yml');
const gitlab = join(root, '.gitlab-ci.yml');
const scripts = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
const validator = join(root, 'node_modules', '@action-validator', 'cli', 'cli.mjs');
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
  const text = readFileSync(gitlab, 'utf8');
  const pipeline = parse(text, { merge: true }) as Record<string, unknown> & { stages: string[] };
  /** GitLab's global keywords; every other key not starting with "." is a job. */
  const GLOBAL = ['workflow', 'default', 'stages', 'include', 'variables', 'image', 'services', 'cache', 'before_script', 'after_script'];
  const JOB_KEYS = [
    'stage',
    'script',
    'rules',
    'cache',
    'artifacts',
    'needs',
    'pages',
    'image',
    'variables',
    'parallel',
    'timeout',
    'when',
  ];
  const jobs = Object.entries(pipeline).filter(([name]) => !GLOBAL.includes(name) && !name.startsWith('.')) as [
    string,
    Record<string, unknown>,
  ][];

  it('has jobs of known keywords, each in a declared stage with a script', () => {
    expect(jobs.map(([name]) => name)).toEqual(['check', 'build', 'pages']);
    for (const [name, job] of jobs) {
      expect(
        Object.keys(job).filter((k) => !JOB_KEYS.includes(k)),
        name,
      ).toEqual([]);
      expect(pipeline.stages, name).toContain(job.stage);
      expect(Array.isArray(job.script) && (job.script as unknown[]).flat().every((line) => typeof line === 'string'), name).toBe(true);
    }
  });

  it('checks merge requests, builds the default branch and the nightly schedule, and publishes a unit on Pages', () => {
    const rules = (job: string) => (pipeline[job] as { rules: { if: string }[] }).rules.map((r) => r.if);
    expect(rules('check')).toEqual(['$CI_PIPELINE_SOURCE == "merge_request_event"']);
    expect(rules('build')).toEqual(['$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH', '$CI_PIPELINE_SOURCE == "schedule"']);
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
