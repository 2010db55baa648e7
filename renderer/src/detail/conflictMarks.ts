// Which value spans of which claim take part in which conflict, and on which side.
import type { ConflictView } from '../../../shared/api/types';

export interface ConflictMark {
  start: number;
  end: number;
  /** 1-based conflict number, shown as text next to the colour */
  n: number;
  side: 'a' | 'b';
}

export function conflictMarks(conflicts: readonly ConflictView[]): Map<number, ConflictMark[]> {
  const out = new Map<number, ConflictMark[]>();
  conflicts.forEach((c, i) => {
    for (const side of ['a', 'b'] as const) {
      const s = c[side];
      const list = out.get(s.claimId) ?? [];
      list.push({ start: s.start, end: s.end, n: i + 1, side });
      out.set(s.claimId, list);
    }
  });
  return out;
}

/** "A1" / "B1": a text label so the two sides are told apart without colour. */
export function sideLabel(m: Pick<ConflictMark, 'n' | 'side'>): string {
  return `${m.side.toUpperCase()}${m.n}`;
}
