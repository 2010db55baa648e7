import { describe, expect, it } from 'vitest';
import { framedScore, reportedSpan } from '../../../shared/engine/claims/attribution';
import type { Claim, ParsedArticle, Quote, QuoteKind } from '../../../shared/types';
import { article, run } from './helpers';

/** A reported-speech quote as the quote stage gives it: the reported words, the speaker mention before them. */
function reported(a: ParsedArticle, words: string, speaker: string, n = 1, kind: QuoteKind = 'indirect'): Quote {
  const start = a.text.indexOf(words);
  const at = a.text.indexOf(speaker);
  if (start < 0 || at < 0) throw new Error(`not in text: ${words} / ${speaker}`);
  return {
    id: `${a.id}:q${n}`,
    article: a.id,
    start,
    end: start + words.length,
    text: words,
    kind,
    cue: 'said',
    speaker,
    speakerMention: { start: at, end: at + speaker.length, text: speaker },
  };
}

/** Aligns two one-sentence articles, with and without the given quotes; true when the two claims share a cluster. */
function aligned(x: ParsedArticle, y: ParsedArticle, quotes: Quote[]): boolean {
  const r = run([x, y], quotes);
  return r.clusterOf(x.id, '').id === r.clusterOf(y.id, '').id;
}

describe('attribution frames in alignment', () => {
  it('a fact aligns whether or not the outlet names who said it', () => {
    const x = article('a1', 'Interior Minister Anna Berg said the border crossing at Narva was closed to lorries on Friday.', 'One');
    const y = article('b2', 'The Narva border crossing stayed shut to trucks on Friday.', 'Two');
    const q = reported(x, 'the border crossing at Narva was closed to lorries on Friday', 'Interior Minister Anna Berg');
    // the speaker's name and title alone keep the full texts apart
    expect(aligned(x, y, [])).toBe(false);
    expect(aligned(x, y, [q])).toBe(true);
  });

  it('two different statements of one speaker do not align on the shared name, title and cue', () => {
    const x = article('a1', 'Interior Minister Anna Berg told reporters on Friday that the border crossing at Narva was closed to lorries.', 'One');
    const y = article('b2', 'Interior Minister Anna Berg told reporters on Friday that two smugglers were arrested near the border.', 'Two');
    const qx = reported(x, 'the border crossing at Narva was closed to lorries', 'Interior Minister Anna Berg');
    const qy = reported(y, 'two smugglers were arrested near the border', 'Interior Minister Anna Berg');
    expect(aligned(x, y, [])).toBe(true);
    expect(aligned(x, y, [qx, qy])).toBe(false);
  });

  it('dropping the frame of one side does not tie two different facts about one country', () => {
    const x = article('a1', 'Prime Minister Kaja Tamm said the government would not accept any deal made without Estonia.', 'One');
    const y = article('b2', 'Estonia was not invited to the talks in Vienna, officials in Tallinn confirmed.', 'Two');
    const qx = reported(x, 'the government would not accept any deal made without Estonia', 'Prime Minister Kaja Tamm');
    expect(aligned(x, y, [qx])).toBe(false);
  });
});

describe('reportedSpan', () => {
  const text = 'Prime Minister Kaja Tamm said Estonia was not invited to the talks in Vienna.';
  const a = article('a1', text);
  const claim: Claim = {
    id: 'a1:c1', article: 'a1', start: 0, end: text.length - 1, text: text.slice(0, -1), cluster: '',
    sentence: { start: 0, end: text.length }, values: [], negated: true, quotes: ['a1:q1'], copiedFrom: [],
  };
  const span = (q: Quote): string | null => {
    const s = reportedSpan(claim, new Map([[q.id, q]]));
    return s ? text.slice(s.start, s.end) : null;
  };

  it('is the claim after its speaker and cue, to the claim end', () => {
    expect(span(reported(a, 'Estonia was not invited', 'Prime Minister Kaja Tamm'))).toBe('Estonia was not invited to the talks in Vienna');
  });

  it('is null for a direct or partial quote: its words are the speaker\'s, not a frame around a fact', () => {
    expect(span(reported(a, 'Estonia was not invited', 'Prime Minister Kaja Tamm', 1, 'direct'))).toBeNull();
    expect(span(reported(a, 'Estonia was not invited', 'Prime Minister Kaja Tamm', 1, 'partial'))).toBeNull();
  });

  it('is null when the speaker does not stand before the reported words inside the claim', () => {
    expect(span({ ...reported(a, 'Estonia was not invited', 'Prime Minister Kaja Tamm'), speakerMention: null })).toBeNull();
    expect(span(reported(a, 'Estonia was not invited', 'Vienna'))).toBeNull();
  });

  it('is null when too little is left to be a fact', () => {
    expect(span(reported(a, 'in Vienna', 'Prime Minister Kaja Tamm'))).toBeNull();
  });
});

describe('framedScore', () => {
  const score = (x: string, y: string): number => (x === y ? 0.9 : 0.1);
  it('both framed: the lower of full and reported-vs-reported', () => {
    expect(framedScore(0.7, 'A', 'B', 'p', 'q', score)).toBe(0.1);
    expect(framedScore(0.7, 'A', 'B', 'p', 'p', score)).toBe(0.7);
  });
  it('one framed: the higher of full and its reported part vs the other text', () => {
    expect(framedScore(0.3, 'A', 'p', 'p', null, score)).toBe(0.9);
    expect(framedScore(0.3, 'p', 'B', null, 'p', score)).toBe(0.9);
    expect(framedScore(0.3, 'A', 'B', 'x', null, score)).toBe(0.3);
  });
  it('no frames: the full score', () => {
    expect(framedScore(0.42, 'A', 'B', null, null, score)).toBe(0.42);
  });
});
