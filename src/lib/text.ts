/**
 * Vietnamese text helpers: Unicode normalisation, diacritic folding and URL slugs.
 *
 * Why a module of its own: editors paste text in NFC or NFD form, citizens type without
 * diacritics, and URLs must be plain ASCII. NFD folding strips tones and vowel marks but
 * leaves đ/Đ alone (it is a separate letter, not d + mark), so that rule is explicit here.
 */

const COMBINING_MARKS = /\p{M}+/gu;

/** Normalises to NFC, the form Vietnamese text is compared and stored in. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * Removes tones and vowel marks and turns đ/Đ into d/D, keeping case.
 * @example fold('Đăng ký khai sinh') // 'Dang ky khai sinh'
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Lower-case folded form used to compare and search text. */
export function foldKey(text: string): string {
  return fold(text).toLowerCase();
}

/**
 * Turns a title into an ASCII URL slug: folded, lower case, words joined by '-',
 * cut at a word boundary so the URL stays short.
 * @example slugify('UBND huyện triển khai dịch vụ công trực tuyến toàn trình')
 *   // 'ubnd-huyen-trien-khai-dich-vu-cong-truc-tuyen-toan-trinh'
 */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** Shortens text to at most `max` characters at a word boundary, adding an ellipsis. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
