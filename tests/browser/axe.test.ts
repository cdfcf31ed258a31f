/**
 * axe-core (WCAG 2.0–2.2 A/AA rules) on one page of every template, as most citizens see it: Noto
 * Sans (Android phones), default display, 320 px. The other fonts, display modes and widths are
 * the slow tier's (tests/slow/axe.test.ts).
 */
import { inject } from 'vitest';
import { AXE_CASES, describeAxe } from '../support/axe.ts';
import { representativeTemplates } from '../support/templates.ts';

describeAxe(AXE_CASES.slice(0, 1), inject('baseUrl'), representativeTemplates(inject('distDir')));
