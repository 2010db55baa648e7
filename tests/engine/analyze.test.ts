// The engine's composition: failure isolation and the off-topic flag.
import { describe, expect, it, vi } from 'vitest';
import type { ArticleInput } from '../../shared/types';

const story = (id: string, text: string): ArticleInput => ({ id, file: `${id}.txt`, text });
const FLOOD = 'Floodwater closed the Harrow Bridge on Monday, the Dunmore council said. Mayor Ilse Varga said 40 homes were evacuated.';
const FLOOD2 = 'Mayor Ilse Varga said on Monday that 40 homes were evacuated after floodwater closed the Harrow Bridge.';
const FLOOD3 = 'Ilse Varga, the mayor, told reporters the Harrow Bridge would stay closed until Friday.';
const OTHER = 'The Norland chess federation elected Pieter Quist as its new president at its annual meeting in Kessel.';

describe('analyze', () => {
  it('keeps going when a stage throws on one article, and records the error for that article and stage', async () => {
    vi.resetModules();
    vi.doMock('../../shared/engine/quotes', async (orig) => {
      const real = await orig<typeof import('../../shared/engine/quotes')>();
      return {
        ...real,
        extractQuotes: (a: Parameters<typeof real.extractQuotes>[0], m: Parameters<typeof real.extractQuotes>[1]) => {
          if (a.id === 'bad') throw new TypeError('boom');
          return real.extractQuotes(a, m);
        },
      };
    });
    const { analyze } = await import('../../shared/engine/analyze');
    const a = analyze([story('good', FLOOD), story('bad', FLOOD2), story('also', FLOOD3)]);
    vi.doUnmock('../../shared/engine/quotes');
    expect(a.errors).toEqual([{ article: 'bad', stage: 'quotes', message: 'boom' }]);
    // the failing article keeps what the other stages found, and the others are analysed fully
    expect(a.claims.some((c) => c.article === 'bad')).toBe(true);
    expect(a.quotes.some((q) => q.article === 'good')).toBe(true);
    expect(a.quotes.some((q) => q.article === 'bad')).toBe(false);
    expect(a.articles.map((x) => x.id)).toEqual(['good', 'bad', 'also']);
  });

  it('flags an article that shares no one and no claim with the rest as possibly off-topic', async () => {
    const { analyze } = await import('../../shared/engine/analyze');
    const a = analyze([story('a', FLOOD), story('b', FLOOD2), story('c', FLOOD3), story('d', OTHER)]);
    expect(a.articles.filter((x) => x.offTopic).map((x) => x.id)).toEqual(['d']);
    // two articles are too few to say which one is off the story
    const two = analyze([story('a', FLOOD), story('d', OTHER)]);
    expect(two.articles.some((x) => x.offTopic)).toBe(false);
  });
});
