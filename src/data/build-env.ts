/** Facts about this build that publishing rules depend on. */
import { isPublished, type Publishable } from '../lib/content/publishing.ts';
import { demoToday } from './units.ts';

/** The moment of the build: TRANGTIN_NOW (ISO date) pins it in tests, a demo's content pins it (demoToday), or now. */
export const buildTime = new Date(process.env.TRANGTIN_NOW || demoToday() || Date.now());

/** TRANGTIN_PREVIEW=1 builds drafts and future articles too, for editors to review. */
export const preview = process.env.TRANGTIN_PREVIEW === '1';

/** TRANGTIN_EXAMPLES=1 adds the component examples (tests/examples/), for the tests' build only. */
export const examples = process.env.TRANGTIN_EXAMPLES === '1';

/**
 * Whether an entry is published in this build: its kind's publishing rule (src/kinds/<kind>/index.ts)
 * read by the one rule every page, feed, sitemap, index and file copy uses (src/lib/content/publishing.ts).
 */
export const isPublishedNow = <Data>(kind: { publishing(data: Data): Publishable }, data: Data): boolean =>
  isPublished(kind.publishing(data), buildTime, preview);
