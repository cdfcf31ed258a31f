/** Decoding a content file: UTF-8 only, and the frontmatter split from the body with its line numbers. */

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 text, or returns the 1-based line of the first invalid byte. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badLine: number } {
  try {
    return { text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { badLine: firstInvalidLine(bytes) };
  }
}

function firstInvalidLine(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return line;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return line;
    if (b === 0x0a) line++;
    i += length;
  }
  return line;
}

export interface SplitMarkdown {
  /** YAML between the two --- lines. */
  frontmatter: string;
  /** Lines to add to a frontmatter line to get the file's line (the first --- is line 1). */
  frontmatterOffset: number;
  body: string;
  /** Line of the file where the body starts. */
  bodyLine: number;
}

/** Splits `---\nyaml\n---\nbody`, or says whether the opening or the closing line is missing. */
export function splitFrontmatter(text: string): SplitMarkdown | 'missing' | 'unclosed' {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return 'missing';
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end < 0) return 'unclosed';
  return {
    frontmatter: lines.slice(1, end).join('\n'),
    frontmatterOffset: 1,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
  };
}
