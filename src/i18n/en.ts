/**
 * English strings for the parts of the page the English pages show (Decree 42/2022 asks for
 * English pages on the organisation and contacts): the frame around the content. Keys mirror
 * the frame's keys in vi.ts (see chrome.ts).
 */
export const en = {
  skipLink: 'Skip to main content',
  home: 'Home',
  breadcrumbLabel: 'Breadcrumb',
  mainMenuLabel: 'Main menu',
  display: {
    label: 'Display options',
    contrast: 'High contrast',
    smaller: 'Smaller text',
    larger: 'Larger text',
    reset: 'Default text size',
  },
  footer: {
    managingAgency: 'Managing agency',
    responsiblePerson: 'Responsible for the content',
    address: 'Address',
    phone: 'Phone',
    email: 'Email',
    license: 'Licence',
    links: 'Links',
    feedback: 'Feedback and petitions',
    rss: 'News feed (RSS, in Vietnamese)',
    sitemap: 'Sitemap',
  },
  lastUpdated: 'Last updated:',
  archive: {
    title: 'Archived website',
    successors: 'New information is published at:',
  },
  /** The header's link to the other language: on English pages it leads back to Vietnamese. */
  otherLanguage: { label: 'Tiếng Việt', lang: 'vi' },
  pages: 'About the district',
  demoNotice: 'This is a demonstration site of a fictional unit; every name, figure and address on it is made up.',
} as const;
