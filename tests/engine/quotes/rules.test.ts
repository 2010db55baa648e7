// Hand-written sentences for the attribution rules added after measuring on PolNeAR train.
import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';
import { normalizeDoubledApostrophes } from '../../../shared/engine/quotes/archive';
import type { Quote } from '../../../shared/types';

function find(qs: readonly Quote[], start: string): Quote {
  const q = qs.find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quote starting with ${start}: ${qs.map((x) => x.text).join(' | ')}`);
  return q;
}

describe('archive double marks written as two apostrophes', () => {
  it('rewrites them into double marks without moving any offset', () => {
    const text = "''We will win,'' she said. ''He told me, 'No.''' Done.";
    const out = normalizeDoubledApostrophes(text);
    expect(out).toHaveLength(text.length);
    expect(out).toBe(' "We will win,"  she said.  "He told me, \'No.\'"  Done.');
    expect(normalizeDoubledApostrophes("It's Jones' car.")).toBe("It's Jones' car.");
  });

  it('extracts and attributes quotes marked with doubled apostrophes, with the original text', () => {
    const text = "Mayor Rita Olsen visited the plant.\n\n''The line will reopen in May,'' Ms. Olsen said. ''Nobody loses a job, and the town keeps its biggest employer for another decade at least.''\n\nThe plant employs 400 people and has run since 1990.";
    const qs = quotes(text);
    const q = find(qs, 'The line will reopen');
    expect([q.kind, q.speakerMention?.text, q.speaker]).toEqual(['direct', 'Olsen', 'Rita Olsen']);
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(find(qs, 'Nobody loses').speaker).toBe('Rita Olsen');
  });
});

describe('participle cues after a comma', () => {
  it('take the subject of the main clause, not the noun right before the comma', () => {
    const qs = quotes('Speaking at a rally in Dover, Governor Paul Lind went after his rival, calling him “a total failure.”');
    expect(find(qs, 'a total failure').speakerMention?.text).toBe('Paul Lind');
  });
});

describe('a name and a verb right after a closed quotation', () => {
  it('attribute the quotation even when the verb is no saying-word', () => {
    const qs = quotes('Reporters crowded the hall.\n\n“Go back to your seat,” Senator Amy Wirt barked at the man.');
    const q = find(qs, 'Go back');
    expect([q.cue, q.speaker]).toEqual(['barked', 'Amy Wirt']);
  });

  it('do not attribute to a description or a copula', () => {
    const qs = quotes('Tom Ash spoke first.\n\n“We are ready,” the room was silent.');
    expect(find(qs, 'We are ready').cue).toBeNull();
  });
});

describe('indirect attributions', () => {
  function indirect(text: string): Quote[] {
    return quotes(`${text}\n\nThe county has about 40,000 residents and two polling places in each town.`).filter((q) => q.kind === 'indirect');
  }

  it('reads "According to <long source>, content" up to the first comma', () => {
    const qs = indirect('According to early results of a survey conducted by the state university, most farmers expect a poor harvest this year.');
    expect(qs.map((q) => [q.text, q.cue, q.speakerMention?.text])).toEqual([['most farmers expect a poor harvest this year', 'According to', 'early results']]);
  });

  it('reads an attribution set off by commas in mid-sentence as speech around it', () => {
    const qs = indirect('In several towns, local officials say, the new rules have delayed repairs for months.');
    expect(qs.map((q) => [q.text, q.cue, q.speakerMention?.text])).toEqual([
      ['In several towns, local officials say, the new rules have delayed repairs for months', 'say', 'local officials'],
    ]);
  });

  it('takes "who" as the mention of a restrictive relative clause', () => {
    const qs = indirect('The measure angered farmers who say the new tax will drive small growers out of business.');
    expect(qs.map((q) => [q.text, q.speakerMention?.text])).toEqual([['the new tax will drive small growers out of business', 'who']]);
  });

  it('reads stance verbs of seeking, offering and referring', () => {
    const qs = indirect('Senator Ada Vance sought a meeting with the governor about the flooded roads.');
    expect(qs.map((q) => [q.text, q.cue, q.speaker])).toEqual([['a meeting with the governor about the flooded roads', 'sought', 'Ada Vance']]);
  });
});
