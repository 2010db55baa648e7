// Hand-written articles for reported speech without quotation marks: conventions without a
// reporting verb, stance verbs and attitude adjectives, and attributions around the content.
import { describe, expect, it } from 'vitest';
import { having } from './helpers';
import { parseArticle } from '../../../shared/engine/ingest';
import { extractQuotes } from '../../../shared/engine/quotes';
import { inflect } from '../../../shared/engine/quotes/stance';
import type { Quote } from '../../../shared/types';

function indirect(text: string): Quote[] {
  return extractQuotes(parseArticle({ id: 'art', file: 'a.txt', text })).filter((q) => q.kind === 'indirect');
}

describe('conventions without a reporting verb', () => {
  it('reads "Name: content" at the start of a paragraph', () => {
    const qs = indirect('Varga: Harbour Plan Has Stalled.\n\nThe board did not meet.');
    expect(having(qs, 'Harbour Plan Has Stalled')?.speakerMention?.text).toBe('Varga');
  });

  it('reads a finding "in" a poll and the question after "Asked whether"', () => {
    const qs = indirect('The race tightened.\n\nOkafor leads by six points in the latest county poll.\n\nAsked whether she would run again, Varga laughed.');
    expect(having(qs, 'Okafor leads by six points')).toBeDefined();
    expect(having(qs, 'she would run again')).toBeDefined();
  });

  it('reads "according to" with a bare or a long source', () => {
    const qs = indirect(
      'Prices rose.\n\nThe mill closed in March, according to county tax records.\n\nThe ferry will stop in May, according to two officials who spoke on the condition of anonymity because they were not allowed to talk.',
    );
    expect(having(qs, 'The mill closed in March')).toBeDefined();
    expect(having(qs, 'The ferry will stop in May')).toBeDefined();
  });
});

describe('reporting verbs in harder places', () => {
  it('reads a saying-verb coordinated with another verb, also after a quotation', () => {
    const qs = indirect('Varga toured the site.\n\nVarga praised the workers and said the dam would open in June.\n\nOkafor called the plan “a fantasy” and said the money had run out.');
    expect(having(qs, 'the dam would open in June')).toBeDefined();
    expect(having(qs, 'the money had run out')?.speakerMention?.text).toBe('Okafor');
  });

  it('reads plural subjects with base-form verbs, reduced relatives and verbs before a possessive', () => {
    const qs = indirect('The vote is near.\n\nRecent polls show the mayor trailing badly.\n\nThose surveyed said taxes were too high.\n\nVarga, who lost twice, hopes his campaign can recover.');
    expect(having(qs, 'the mayor trailing badly')).toBeDefined();
    expect(having(qs, 'taxes were too high')).toBeDefined();
    expect(having(qs, 'his campaign can recover')?.speakerMention?.text).toBe('Varga');
  });

  it('does not take a clause after a final attribution for the speaker phrase', () => {
    const qs = indirect('Flights resumed.\n\nCiting airport staff, the agency reports that the runway reopened at noon.');
    const q = having(qs, 'runway reopened');
    expect(q?.speakerMention?.text).toBe('the agency');
    expect(having(qs, 'Citing airport staff')).toBeUndefined();
  });

  it('takes a long apposition after an inverted "said"', () => {
    const qs = indirect('Turnout fell.\n\nThe party has a strong ground game in the north, said Mina Holt, director of a civic research centre at the state university in the capital.');
    expect(having(qs, 'strong ground game')?.speakerMention?.text).toBe('Mina Holt');
  });
});

describe('stance verbs and attitude adjectives', () => {
  it('inflects lemmas by rule', () => {
    expect(inflect('decry')).toEqual(['decry', 'decries', 'decried', 'decrying']);
    expect(inflect('tout')).toEqual(['tout', 'touts', 'touted', 'touting']);
    expect(inflect('invoke')).toEqual(['invoke', 'invokes', 'invoked', 'invoking']);
  });

  it('reads stance verbs, short objects and attitude adjectives', () => {
    const qs = indirect('The strike went on.\n\nThe union bemoaned the slow pace of the talks.\n\nOkafor endorsed Varga.\n\nVarga is confident that the strike will end soon.');
    expect(having(qs, 'the slow pace of the talks')).toBeDefined();
    expect(having(qs, 'Varga')?.speakerMention?.text).toBe('Okafor');
    expect(having(qs, 'the strike will end soon')?.speakerMention?.text).toBe('Varga');
  });

  it('does not read a noun-like stance word after an adjective as a verb', () => {
    const qs = indirect('The council met.\n\nThe early vote favoured the incumbent by a wide margin.');
    expect(qs.some((q) => q.cue === 'vote')).toBe(false);
  });
});
