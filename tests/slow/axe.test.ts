/**
 * axe-core (WCAG 2.0–2.2 A/AA rules) on one page of every template in each font family a reader's
 * device may use (what scrolls or overlaps depends on glyph widths), at a phone's width with the
 * portal's high-contrast mode on and with the browser's text size at 200 %, and at a desktop's
 * width. The fast tier checks the first case (tests/browser/axe.test.ts); this file the others.
 */
import { inject } from 'vitest';
import { AXE_CASES, describeAxe } from '../support/axe.ts';
import { representativeTemplates } from '../support/templates.ts';

describeAxe(AXE_CASES.slice(1), inject('baseUrl'), representativeTemplates(inject('distDir')));
