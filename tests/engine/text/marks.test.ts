// The one model of quotation marks.
import { describe, expect, it } from 'vitest';
import { insideSpans, pairQuotes } from '../../../shared/engine/text';

const inner = (s: string): string[] => pairQuotes(s, 0, s.length).map((q) => s.slice(q.innerStart, q.innerEnd));

describe('pairQuotes', () => {
  it('pairs curly, straight and mixed marks', () => {
    expect(inner('She said “yes” and "no" and "maybe”.')).toEqual(['yes', 'no', 'maybe']);
  });

  it('reads doubled apostrophes and backticks as double marks', () => {
    expect(inner("He said ''we will stay'' and ``we will go''.")).toEqual(['we will stay', 'we will go']);
  });

  it('pairs guillemets in either direction', () => {
    expect(inner('« Nous restons » et »wir bleiben« .')).toEqual([' Nous restons ', 'wir bleiben']);
  });

  it('runs an unclosed quotation to the block end, marked open', () => {
    const s = '“We will rebuild the bridge, and the school after it';
    const [q] = pairQuotes(s, 0, s.length);
    expect(q!.closed).toBe(false);
    expect(s.slice(q!.innerStart, q!.innerEnd)).toBe('We will rebuild the bridge, and the school after it');
  });

  it('closes an open quotation when a new one opens (mismatched marks)', () => {
    const spans = pairQuotes('“First part “Second part.”', 0, 26);
    expect(spans.map((q) => q.closed)).toEqual([false, true]);
  });

  it('finds single-mark quotations outside double ones, not apostrophes', () => {
    expect(inner("The ‘red line’ isn’t the voters’ concern; 'quiet' zone")).toEqual(['red line', 'quiet']);
  });

  it('ignores stray closers', () => {
    expect(inner('done.” Then she left')).toEqual([]);
  });

  it('stays linear with 10,000 marks', () => {
    const s = '“a” '.repeat(5000) + "‘b’ ".repeat(5000);
    const t0 = performance.now();
    const spans = pairQuotes(s, 0, s.length);
    expect(spans.length).toBe(10000);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('tells which positions are inside quotations', () => {
    const s = 'a “b c” d';
    const spans = pairQuotes(s, 0, s.length);
    expect([...insideSpans([0, 2, 3, 5, 8], spans)]).toEqual([0, 1, 1, 1, 0]);
  });
});
