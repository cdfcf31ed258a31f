/** Paths editors write inside content files, relative to the file that names them. */

/** Resolves `./images/a.jpg` against the folder of `from` (both content-relative). */
export function resolveRelative(from: string, target: string): string | undefined {
  const parts = from.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '.' || segment === '') continue;
    if (segment === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join('/');
}
