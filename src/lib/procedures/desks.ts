/**
 * Where a procedure's dossier is received: the text the record gives, the desk it names, or the
 * desks of its levels (a commune-level procedure is received at the desk of the commune where the
 * citizen lives: every commune's desk, for the citizen to pick).
 */
import type { GovernmentLevel } from '../schemas/procedure.ts';
import type { Desk } from '../schemas/desk.ts';

export type ReceivingPlace =
  | { kind: 'text'; text: string }
  | { kind: 'desk'; desk: Desk }
  /** Several desks of one level: the citizen's own is among them. */
  | { kind: 'level'; level: GovernmentLevel; desks: Desk[] };

export function receivingPlaces(
  p: { levels: readonly GovernmentLevel[]; desk?: string; receivingAddress?: string },
  desks: readonly Desk[],
): ReceivingPlace[] {
  if (p.receivingAddress) return [{ kind: 'text', text: p.receivingAddress }];
  const named = p.desk && desks.find((d) => d.slug === p.desk);
  if (named) return [{ kind: 'desk', desk: named }];
  return p.levels.flatMap((level): ReceivingPlace[] => {
    const ofLevel = desks.filter((d) => d.level === level);
    if (ofLevel.length === 0) return [];
    return ofLevel.length === 1 ? [{ kind: 'desk', desk: ofLevel[0]! }] : [{ kind: 'level', level, desks: ofLevel }];
  });
}
