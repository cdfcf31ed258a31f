/** decap-cms-locales ships no types: each locale is a tree of strings. */
declare module 'decap-cms-locales' {
  export const vi: Record<string, unknown>;
  export const en: Record<string, unknown>;
}
declare module 'decap-cms-locales/dist/esm/index.js' {
  export * from 'decap-cms-locales';
}
