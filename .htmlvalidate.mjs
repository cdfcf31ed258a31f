// html-validate configuration for the built site (tests/build/html-validate.test.ts validates
// every page of `dist/` with it; `npx html-validate dist` uses it too).
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Off: page titles are "<headline> – <site name>", and Vietnamese news headlines are long.
    // Cutting them would make titles less descriptive (WCAG 2.4.2); search engines truncate on
    // their own. The title check in tests/build/metadata.test.ts asserts they are unique and set.
    'long-title': 'off',
    // Relaxed, not off: heading anchors come from Markdown headings such as "1. Làm sao…", so an
    // id may start with a digit or hold Vietnamese letters. HTML5 allows both; the rule still
    // rejects empty ids and ids with whitespace.
    'valid-id': ['error', { relaxed: true }],
  },
};
