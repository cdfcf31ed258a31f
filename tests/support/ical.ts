/** Reads an iCalendar text back (RFC 5545): unfolds lines and nests components, asserting what the RFC requires of the text. */
import { expect } from 'vitest';

export interface Component {
  name: string;
  props: Record<string, string>;
  children: Component[];
}

export function parseCalendar(text: string): Component {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  const lines = physical.reduce<string[]>(
    (acc, l) => (l.startsWith(' ') ? [...acc.slice(0, -1), acc.at(-1)! + l.slice(1)] : [...acc, l]),
    [],
  );
  const stack: Component[] = [{ name: 'root', props: {}, children: [] }];
  for (const line of lines) {
    const at = line.indexOf(':');
    const [key, value] = [line.slice(0, at), line.slice(at + 1)];
    if (key === 'BEGIN') stack.push({ name: value, props: {}, children: [] });
    else if (key === 'END') {
      const done = stack.pop()!;
      expect(done.name).toBe(value);
      stack.at(-1)!.children.push(done);
    } else stack.at(-1)!.props[key] = value;
  }
  expect(stack.length).toBe(1);
  return stack[0]!.children[0]!;
}
