/**
 * HTML validation of built pages with html-validate and the project's .htmlvalidate.mjs (loaded
 * explicitly, so the result is the same wherever the dist dir lives, e.g. TRANGTIN_TEST_DIST=/tmp/x).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';

const CONFIG_FILE = join(import.meta.dirname, '..', '..', '.htmlvalidate.mjs');

export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

/** A validator configured with the project's rules. */
export async function createValidator(): Promise<HtmlValidate> {
  const { default: config } = (await import(pathToFileURL(CONFIG_FILE).href)) as { default: ConfigData };
  return new HtmlValidate(new StaticConfigLoader(config));
}

/** Validates one document; `file` names it in the problems. */
export async function validateHtml(validator: HtmlValidate, html: string, file: string): Promise<HtmlProblem[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) =>
    result.messages.map((m) => ({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message })),
  );
}

/** One line per problem, for a readable test failure. */
export function formatHtmlProblems(problems: HtmlProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`).join('\n');
}
