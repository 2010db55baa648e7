// Value comparison with hedges: "more than four hours" is consistent with "five hours",
// not with "three hours"; "about 100" tolerates 10%.
import type { ClaimValue } from '../../types';

interface Range {
  lo: number;
  hi: number;
}

/** Parses the hedge + number part of a norm like "count:>4:troop", "usd:~5000000", "pct:3.5". */
export function valueRange(v: ClaimValue): Range | null {
  const parts = v.norm.split(':');
  const raw = parts[1] ?? '';
  const m = /^([<>~]?)(-?\d+(?:\.\d+)?)$/.exec(raw);
  if (!m) return null;
  const n = Number(m[2]);
  switch (m[1]) {
    case '>':
      return { lo: n, hi: Infinity };
    case '<':
      return { lo: -Infinity, hi: n };
    case '~':
      return { lo: n * 0.9, hi: n * 1.1 };
    default:
      return { lo: n, hi: n };
  }
}

/** Key under which two values measure the same quantity: kind + unit ("count:troop", "usd"). */
export function quantityKey(v: ClaimValue): string | null {
  switch (v.kind) {
    case 'number':
      // counts without a counted noun ("three of them") are too vague to oppose
      return v.unit ? `count:${v.norm.split(':')[2] ?? ''}` : null;
    case 'money':
      return `money:${v.norm.split(':')[0] ?? ''}`;
    case 'percent':
      return 'percent';
    case 'age':
      return 'age';
    case 'duration':
      return `duration:${v.unit ?? ''}`;
    case 'date':
    case 'weekday':
    case 'place':
    case 'ordinal':
      return null;
  }
}

export function rangesMeet(a: Range, b: Range): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/** Dates "2025-02-18", "----02-18" (no year), "2025-02" (month): compatible when every known part agrees. */
export function datesAgree(a: string, b: string): boolean {
  const pa = a.split('-');
  const pb = b.split('-');
  if (pa.length === 1 || pb.length === 1) return pa[0] === pb[0] || pa[0] === '' || pb[0] === '';
  const ya = a.startsWith('----') ? null : pa[0];
  const yb = b.startsWith('----') ? null : pb[0];
  const parts = (s: string): string[] => s.replace(/^----/, 'Y').split('-').slice(1);
  const [ma, da] = parts(a);
  const [mb, db] = parts(b);
  if (ya && yb && ya !== yb) return false;
  if (ma !== mb) return false;
  return !da || !db || da === db;
}
