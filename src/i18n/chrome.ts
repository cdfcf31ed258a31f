/**
 * The strings of the page's frame (skip link, header, menu label, breadcrumbs, display settings,
 * footer) in the page's language: Vietnamese everywhere, English on the English pages.
 */
import { t } from './vi.ts';
import { en } from './en.ts';

export type Lang = 'vi' | 'en';

export function chrome(lang: Lang) {
  if (lang === 'en') return en;
  return {
    skipLink: t.skipLink,
    home: t.home,
    breadcrumbLabel: t.breadcrumbLabel,
    mainMenuLabel: t.mainMenuLabel,
    display: t.display,
    footer: t.footer,
    archive: t.archive,
    lastUpdated: t.pages.lastUpdated,
    otherLanguage: { label: 'English', lang: 'en' },
    pages: t.pages.introduction,
    demoNotice: undefined,
  };
}

export type ChromeStrings = ReturnType<typeof chrome>;
