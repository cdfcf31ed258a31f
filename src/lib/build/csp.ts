/**
 * The Content-Security-Policy a unit's public pages satisfy without 'unsafe-inline': the hashes of
 * the inline scripts and style blocks its pages hold (Astro inlines small scripts and styles),
 * collected from the built pages, and nothing from another host but the YouTube player a reader
 * asks for. Written by the build beside each site (`_headers` for static hosts, an nginx include);
 * a Chromium test serves the pages with it and expects no violation. Pure but for the hashing.
 */
import { createHash } from 'node:crypto';

/** The sources of one site's inline code: sha256 hashes, as CSP writes them. */
export interface InlineSources {
  scripts: Set<string>;
  styles: Set<string>;
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Script types a browser runs (a JSON-LD block is data, which CSP does not govern). */
const RUNS = /^(|text\/javascript|module|application\/javascript)$/i;

/** Adds the hashes of a page's inline scripts and style blocks to `into`. */
export function collectInlineSources(html: string, into: InlineSources): InlineSources {
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc=/i.test(attrs!)) continue;
    const type = /\stype=["']?([^"'\s>]+)/i.exec(attrs!)?.[1] ?? '';
    if (RUNS.test(type)) into.scripts.add(hash(body!));
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) into.styles.add(hash(body!));
  return into;
}

/** The policy: this site only, the hashed inline code, Pagefind's WebAssembly, the YouTube player on demand. */
export function contentSecurityPolicy({ scripts, styles }: InlineSources): string {
  return [
    "default-src 'self'",
    // Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
    `script-src 'self' 'wasm-unsafe-eval' ${[...scripts].sort().join(' ')}`.trim(),
    `style-src 'self' ${[...styles].sort().join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    // The YouTube player, loaded only when a reader presses Play (src/scripts/youtube.ts).
    'frame-src https://www.youtube-nocookie.com',
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/**
 * The web editor's policy (/admin/, Decap CMS), which needs more than the public pages allow and
 * gets it there only: its configuration check compiles code ('unsafe-eval'), its components style
 * themselves inline, it previews uploads as blob: URLs, and it talks to the Git host's API
 * (`apiOrigins`, e.g. https://gitlab.example.gov.vn).
 */
export function adminContentSecurityPolicy(apiOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${apiOrigins.join(' ')}`.trim(),
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The other headers every page gets. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Strict-Transport-Security': 'max-age=31536000',
};

/**
 * `_headers` (Netlify, Cloudflare Pages): the headers of every path, and the editor's own policy
 * under /admin/ when the site has an editor ("! Name" first removes the policy of "/*": Cloudflare
 * Pages' syntax; Netlify would send both policies, and the browser would enforce both).
 */
export function staticHostHeaders(policy: string, adminPolicy?: string): string {
  const lines = (headers: Record<string, string>) => Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`);
  const all = `/*\n${lines({ 'Content-Security-Policy': policy, ...SECURITY_HEADERS }).join('\n')}\n`;
  if (!adminPolicy) return all;
  return `${all}/admin/*\n  ! Content-Security-Policy\n${lines({ 'Content-Security-Policy': adminPolicy, 'X-Robots-Tag': 'noindex' }).join('\n')}\n`;
}

/**
 * An nginx include with the same headers, for the unit's server block; with `admin`, the editor's
 * (for its `location /admin/`, where add_header replaces the server's headers).
 */
export function nginxHeaders(policy: string, admin = false): string {
  const headers = { 'Content-Security-Policy': policy, ...SECURITY_HEADERS, ...(admin && { 'X-Robots-Tag': 'noindex' }) };
  return (
    Object.entries(headers)
      .map(([k, v]) => `add_header ${k} "${v}" always;`)
      .join('\n') + '\n'
  );
}
