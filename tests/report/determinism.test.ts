// Same project, same bytes: only the generation time may differ, and the
// store's row order must not leak into the output.
import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS } from '../../shared/api/types';
import { renderReport } from '../../shared/report';
import type { ReportInput } from '../../shared/report/input';
import { readableTime } from '../../shared/report/wording';
import { fixtureInput } from './fixture';

/** The fixture with every unordered list reversed (articles keep their order: it is the user's). */
function shuffled(): ReportInput {
  const input = fixtureInput();
  input.clusters.reverse();
  for (const c of input.clusters) {
    c.claims.reverse();
    c.history.reverse();
  }
  input.quotes.reverse();
  for (const g of input.quotes) g.quotes.reverse();
  input.entities.reverse();
  return input;
}

describe('report determinism', () => {
  for (const format of REPORT_FORMATS) {
    it(`${format}: identical for the same project, whatever the row order`, () => {
      const a = renderReport(fixtureInput(), format);
      const b = renderReport(fixtureInput(), format);
      expect(b).toEqual(a);
      expect(renderReport(shuffled(), format).content).toBe(a.content);
    });

    it(`${format}: only the generation time differs between two runs`, () => {
      const early = { ...fixtureInput(), generatedAt: '2031-01-02T03:04:05.000Z' };
      const late = { ...fixtureInput(), generatedAt: '2032-06-07T08:09:10.000Z' };
      const x = renderReport(early, format).content;
      const y = renderReport(late, format).content;
      // JSON-LD falls back to the report date for undated decisions, so blank the date too.
      const blank = (s: string, at: string) =>
        s.split(at).join('<AT>').split(readableTime(at)).join('<AT>').split(at.slice(0, 10)).join('<DAY>');
      const hasTime = format !== 'csv' && format !== 'claimreview';
      if (hasTime) expect(x).not.toBe(y);
      expect(blank(x, early.generatedAt)).toBe(blank(y, late.generatedAt));
    });
  }
});
