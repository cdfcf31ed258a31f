/**
 * Photos and videos as a reader meets them: nothing plays or loads by itself, the YouTube player is
 * requested only after the reader presses Play, and an album's larger views are reached by keyboard.
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser.ts';
import { paths } from '../../src/lib/routes.ts';
import { t } from '../../src/i18n/vi.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('videos', () => {
  it('a YouTube video asks nothing of YouTube until Play is pressed, then loads the no-cookie player', async () => {
    const { page, context, foreignRequests } = await openPage(browser(), baseUrl);
    try {
      await page.goto(`${baseUrl}${paths.example('video-youtube')}`, { waitUntil: 'load' });
      expect(foreignRequests).toEqual([]);
      expect(await page.locator('iframe').count()).toBe(0);
      await page.getByRole('button', { name: t.media.youtubePlay }).click();
      const src = await page.locator('iframe').getAttribute('src');
      expect(src).toBe('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1');
      await expect.poll(() => foreignRequests.every((u) => u.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
    } finally {
      await context.close();
    }
  });
  it('a video the unit hosts does not start or download by itself, and carries Vietnamese captions', async () => {
    const { page, context } = await openPage(browser(), baseUrl);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    try {
      await page.goto(`${baseUrl}${paths.videos}`, { waitUntil: 'load' });
      await page.locator('.tt-media-card a').first().click();
      await page.waitForLoadState('load');
      const video = page.locator('video');
      expect(
        await video.evaluate((v: HTMLVideoElement) => [v.paused, v.autoplay, v.preload, v.textTracks[0]?.language, v.textTracks[0]?.kind]),
      ).toEqual([true, false, 'none', 'vi', 'captions']);
      expect(requested.filter((p) => /\.(webm|mp4)$/.test(p))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('albums', () => {
  it("open a photo's larger view from the keyboard, and step to the next one", async () => {
    const { page, context } = await openPage(browser(), baseUrl);
    try {
      await page.goto(`${baseUrl}${paths.albums}`, { waitUntil: 'load' });
      const album = await page.locator('.tt-media-card a').first().getAttribute('href');
      await page.goto(`${baseUrl}${album}`, { waitUntil: 'load' });
      const first = page.locator('.tt-media-grid a').first();
      await first.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(`${baseUrl}${album}1/`);
      expect(await page.locator('figcaption').textContent()).toBeTruthy();
      await page.getByRole('link', { name: new RegExp(t.media.next) }).press('Enter');
      await page.waitForURL(`${baseUrl}${album}2/`);
    } finally {
      await context.close();
    }
  });
});
