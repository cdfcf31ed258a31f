/**
 * Files nothing reads: a Markdown or YAML file outside every kind's folder (an article saved in
 * content/tin-tuc/ instead of content/news/2025/, an album's second YAML file) would never be
 * published, and nothing would say so. Named here with where each kind's files go; a file parked
 * on purpose starts with "_", and README.md is documentation.
 */
import { entryMatcher, type ContentKind } from '../../../kinds/kind.ts';
import { msg } from '../../content/messages.ts';
import { label } from '../corpus.ts';
import { parked, type Rule } from '../context.ts';
import { CONFIG_FILES } from './config.ts';

const TEXT = /\.(md|ya?ml)$/;

export function strayRule(kinds: readonly Pick<ContentKind, 'label' | 'folder' | 'glob'>[]): Rule {
  const entries = kinds.map((kind) => entryMatcher(kind.folder, kind.glob));
  /** Where each kind's files of a format go, as the message lists them. */
  const places = (markdown: boolean) =>
    kinds
      .filter((kind) => kind.glob.endsWith('.md') === markdown)
      .map((kind) => `${kind.label} ${label(kind.folder)}/`)
      .join(', ');
  const where = { md: places(true), yaml: places(false) };
  return {
    name: 'tệp không thuộc mục nào',
    run(ctx) {
      for (const file of ctx.corpus.files) {
        const name = file.split('/').pop()!;
        if (!TEXT.test(name) || parked(file) || name === 'README.md' || CONFIG_FILES.includes(file)) continue;
        if (entries.some((isEntry) => isEntry(file))) continue;
        ctx.add({ file: label(file), field: '', message: msg.strayFile(name.endsWith('.md') ? where.md : where.yaml) });
      }
    },
  };
}
