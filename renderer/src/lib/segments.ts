// Splits a text range into segments where the set of covering highlight spans
// is constant, so overlapping claims, quotes and mentions can all be shown
// without nesting rules. O((n + s) log s) for s spans.
export interface Mark {
  start: number;
  end: number;
}

export interface Segment<M extends Mark> {
  start: number;
  end: number;
  /** spans covering this segment, in order of their start */
  marks: M[];
}

export function segment<M extends Mark>(from: number, to: number, marks: readonly M[]): Segment<M>[] {
  const inside = marks.filter((m) => m.end > from && m.start < to && m.end > m.start);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment<M>[] = [];
  // spans sorted by start let us sweep instead of testing every span per segment
  const byStart = [...inside].sort((a, b) => a.start - b.start);
  let next = 0;
  let active: M[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i] as number;
    const e = points[i + 1] as number;
    while (next < byStart.length && (byStart[next] as M).start <= s) active.push(byStart[next++] as M);
    active = active.filter((m) => m.end > s);
    out.push({ start: s, end: e, marks: [...active] });
  }
  return out;
}
