/**
 * Loading each template asks no host but the site's own for anything, and every request the page
 * makes to the site succeeds (no missing stylesheet, script or image at run time).
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser.ts';
import { representativeTemplates } from '../support/templates.ts';

const baseUrl = inject('baseUrl');
const templates = representativeTemplates(inject('distDir'));
const browser = useBrowser();

describe('requests made by each template', () => {
  it.each(templates)('$name ($path) loads nothing from other hosts and nothing fails', async ({ name, path, waitFor }) => {
    const { page, context, foreignRequests } = await openPage(browser(), baseUrl);
    const failed: string[] = [];
    page.on('response', (response) => {
      // The 404 template is itself served with status 404; anything else failing is a bug.
      const expected404 = name === 'not-found' && response.request().isNavigationRequest();
      if (response.status() >= 400 && !expected404) failed.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => {
      if (request.url().startsWith(baseUrl)) failed.push(`${request.failure()?.errorText} ${request.url()}`);
    });
    try {
      await page.goto(baseUrl + (name === 'not-found' ? '/no-such-page/' : path), { waitUntil: 'load' });
      if (waitFor) await page.waitForSelector(waitFor);
      expect(foreignRequests).toEqual([]);
      expect(failed).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
