/** How a question's asker is named on the site: initials unless they agreed to their full name. */
import type { QuestionData } from '../schemas/question.ts';

/** "Nguyễn Thị Hoa" → "N.T.H." (each word's first letter, capitalised). */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${word[0]!.toLocaleUpperCase('vi')}.`)
    .join('');
}

/** The asker as shown, with their place when given; undefined when no name may be shown. */
export function askerLabel({ name, place, show }: QuestionData['asker']): string | undefined {
  const shown = !name || show === 'an' ? undefined : show === 'day-du' ? name : initials(name);
  if (shown && place) return `${shown} (${place})`;
  return shown ?? place;
}
