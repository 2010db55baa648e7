import { describe, expect, it } from 'vitest';
import { segment } from '../../renderer/src/lib/segments';
import { wordDiff } from '../../renderer/src/lib/wordDiff';
import { conflictMarks, sideLabel } from '../../renderer/src/detail/conflictMarks';
import { primary, readerMarks, blockLabel } from '../../renderer/src/reader/readerMarks';
import { sortEntities } from '../../renderer/src/stores/names';
import type { EntityRow } from '../../shared/api/types';

describe('segment', () => {
  it('cuts overlapping spans into runs with a constant set of marks', () => {
    const claim = { start: 2, end: 10, k: 'claim' };
    const name = { start: 4, end: 6, k: 'name' };
    const segs = segment(0, 12, [claim, name]);
    expect(segs.map((s) => [s.start, s.end, s.marks.map((m) => m.k).join('+')])).toEqual([
      [0, 2, ''],
      [2, 4, 'claim'],
      [4, 6, 'claim+name'],
      [6, 10, 'claim'],
      [10, 12, ''],
    ]);
  });

  it('clips spans to the range and ignores empty ones', () => {
    const segs = segment(5, 8, [{ start: 0, end: 6 }, { start: 7, end: 7 }, { start: 20, end: 30 }]);
    expect(segs.map((s) => [s.start, s.end, s.marks.length])).toEqual([
      [5, 6, 1],
      [6, 8, 0],
    ]);
  });
});

describe('wordDiff', () => {
  it('marks only the words that differ, ignoring case and punctuation', () => {
    const d = wordDiff('We will not accept this deal.', 'we will never accept this deal');
    expect(d.a.filter((t) => t.changed).map((t) => t.text)).toEqual(['not']);
    expect(d.b.filter((t) => t.changed).map((t) => t.text)).toEqual(['never']);
  });

  it('marks everything when nothing is shared', () => {
    const d = wordDiff('alpha beta', 'gamma');
    expect(d.a.every((t) => t.changed)).toBe(true);
    expect(d.b.every((t) => t.changed)).toBe(true);
  });
});

describe('conflict marks', () => {
  it('labels each side with a letter and the conflict number', () => {
    const side = (claimId: number) => ({ claimId, articleId: 1, value: '1', start: 0, end: 1 });
    const marks = conflictMarks([
      { kind: 'number', reason: 'r', a: side(1), b: side(2) },
      { kind: 'date', reason: 'r', a: side(1), b: side(3) },
    ]);
    expect(marks.get(1)?.map(sideLabel)).toEqual(['A1', 'A2']);
    expect(marks.get(3)?.map(sideLabel)).toEqual(['B2']);
  });
});

describe('reader marks', () => {
  it('a name inside a quote inside a claim opens the name', () => {
    const marks = readerMarks({
      claims: [{ id: 1, clusterId: 9, start: 0, end: 20 }],
      quotes: [{ id: 2, kind: 'direct', speaker: null, start: 5, end: 15 }],
      mentions: [{ entityId: 4, start: 6, end: 8 }],
    } as never);
    expect(primary(marks)?.kind).toBe('mention');
    expect(primary(marks.filter((m) => m.kind !== 'mention'))?.kind).toBe('quote');
  });

  it('labels blocks that are not story text', () => {
    expect(blockLabel('paragraph')).toBeNull();
    expect(blockLabel('caption')).toBe('Caption');
    expect(blockLabel('furniture')).toMatch(/not part of the story/);
  });
});

describe('sortEntities', () => {
  const e = (id: number, conflict: boolean, confirmed: boolean, mentions: number): EntityRow => ({
    id, key: String(id).padStart(32, '0'), name: `N${id}`, type: 'person', preferred: `N${id}`, preferredReason: '', preferredBy: null,
    spellingConflict: conflict, confirmed, spellings: [], roles: [], mentionCount: mentions,
  });
  it('puts open spelling conflicts first, then confirmed ones, then the rest by mentions', () => {
    const sorted = sortEntities([e(1, false, false, 50), e(2, true, true, 3), e(3, true, false, 1), e(4, false, false, 60)]);
    expect(sorted.map((x) => x.id)).toEqual([3, 2, 4, 1]);
  });
});
