import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/engine/claims/extract';
import { samePair } from '../../../shared/engine/claims/pairs';
import { extractValues } from '../../../shared/engine/claims/values';
import { article } from './helpers';

const norms = (s: string): string[] => extractValues(s, 0, s.length).map((v) => `${v.kind}:${v.norm}`);

describe('value normalisation', () => {
  it('dates in any format compare equal', () => {
    expect(norms('on Feb. 24, 2022')).toEqual(['date:2022-02-24']);
    expect(norms('on February 24, 2022')).toEqual(['date:2022-02-24']);
    expect(norms('on 24 February 2022')).toEqual(['date:2022-02-24']);
  });
  it('money, percent, age, duration, weekday', () => {
    expect(norms('a $5 million fine')).toEqual(['money:usd:5000000']);
    expect(norms('rose 3.5 percent')).toEqual(['percent:pct:3.5']);
    expect(norms('a 45-year-old man')).toEqual(['age:age:45']);
    expect(norms('for more than four hours on Tuesday')).toEqual(['duration:dur:>4:hour', 'weekday:tuesday']);
  });
});

describe('extractClaims', () => {
  it('takes paragraph blocks only and keeps exact offsets', () => {
    const a = article('n1', 'Flood waters rose two metres in the town centre overnight.\n\nPhoto by someone else for the agency.');
    a.blocks[1] = { ...(a.blocks[1] as (typeof a.blocks)[number]), kind: 'caption' };
    const claims = extractClaims(a, []);
    expect(claims.map((c) => c.text)).toEqual(['Flood waters rose two metres in the town centre overnight.']);
    const c = claims[0];
    expect(c && a.text.slice(c.start, c.end)).toBe(c?.text);
    expect(c?.id).toBe('n1:c1');
  });

  it('splits a long compound sentence into one claim per clause', () => {
    const a = article('n2', 'The two foreign ministers met in the capital on Tuesday to discuss the border dispute, and the president said on Monday that his country would not accept any deal made without it.');
    const claims = extractClaims(a, []);
    expect(claims.length).toBe(2);
    expect(claims[1]?.negated).toBe(true);
    expect(claims[0]?.negated).toBe(false);
  });

  it('skips pure opinion but keeps attributed statements', () => {
    const a = article('n3', 'I think this is a terrible idea for everyone.\n\nThe minister said the plan should be scrapped by June.');
    expect(extractClaims(a, []).map((c) => c.text)).toEqual(['The minister said the plan should be scrapped by June.']);
  });
});

describe('samePair', () => {
  it('scores a paraphrase above a topical non-paraphrase', () => {
    const p = samePair('The company said its quarterly profit rose 10 percent to $2 billion.', 'Quarterly profit at the company climbed 10 percent to $2 billion, it said.');
    const n = samePair('The company said its quarterly profit rose 10 percent to $2 billion.', 'The company plans to cut 500 jobs at its European factories next year.');
    expect(p.same).toBe(true);
    expect(n.same).toBe(false);
    expect(p.score).toBeGreaterThan(n.score);
  });
});
