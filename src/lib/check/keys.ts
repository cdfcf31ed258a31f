/**
 * Fields a schema does not know. Zod drops unknown keys silently, so a typo such as `titel:`
 * or `Category:` would vanish without a word; the checker names it and suggests the right one.
 */
import type { z } from 'astro/zod';

interface ZodInternals {
  _zod: { def: { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType } };
}

const def = (schema: unknown) => (schema as ZodInternals)._zod.def;

/** Looks through optional/default/pipe wrappers for the object or array underneath. */
function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  for (let s = schema, depth = 0; s && depth < 10; depth++) {
    const d = def(s);
    if (d.type === 'object' || d.type === 'array') return s;
    s = d.innerType ?? d.in;
  }
  return undefined;
}

export interface UnknownKey {
  path: (string | number)[];
  key: string;
  allowed: string[];
}

/** Every key of `value` that `schema` does not declare, at any depth. */
export function unknownKeys(schema: z.ZodType, value: unknown, path: (string | number)[] = []): UnknownKey[] {
  const s = unwrap(schema);
  if (!s || value === null || typeof value !== 'object') return [];
  const d = def(s);
  if (d.type === 'array') {
    return Array.isArray(value) ? value.flatMap((item, i) => unknownKeys(d.element!, item, [...path, i])) : [];
  }
  if (Array.isArray(value)) return [];
  const shape = d.shape!;
  const allowed = Object.keys(shape);
  return Object.entries(value).flatMap(([key, v]) =>
    key in shape ? unknownKeys(shape[key]!, v, [...path, key]) : [{ path: [...path, key], key, allowed }],
  );
}

/** The allowed key closest to a misspelt one (case and up to two letters off), if any. */
export function closest(key: string, allowed: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of allowed) {
    const distance = editDistance(key.toLowerCase(), name.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
