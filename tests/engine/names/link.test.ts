import { describe, expect, it } from 'vitest';
import { extractMentions, linkEntities } from '../../../shared/engine/names';
import type { Entity, ParsedArticle } from '../../../shared/types';
import { article, groups } from './helpers';

function entities(arts: ParsedArticle[], together: string[][] = []): Entity[] {
  const mentions = arts.flatMap((a) => extractMentions(a, []));
  return linkEntities(mentions, arts, groups(arts, together));
}
const byName = (es: Entity[], spelling: string): Entity | undefined => es.find((e) => e.spellings.includes(spelling));

describe('linkEntities', () => {
  const arts = [
    article('a', 'Russian Defence Minister Andrei Belousov met Chinese Foreign Minister Wang Yi on Monday. Belousov said the talks were useful.'),
    article('b', 'Russian Defence Minister Andrey Belousov flew home, while Wang Yi stayed. Later, the economist Andrei Sokolov spoke.'),
    article('c', 'Andrei Belousov, the Russian defence minister, gave no details, a spokesman told reporters.'),
  ];
  const es = entities(arts, [['a', 'b']]);

  it('merges transliteration variants into one entity and flags the conflict', () => {
    const e = byName(es, 'Andrei Belousov');
    expect(e?.spellings).toEqual(['Andrei Belousov', 'Andrey Belousov']);
    expect(e?.spellingConflict).toBe(true);
  });

  it('records which articles and source groups used each spelling', () => {
    const e = byName(es, 'Andrei Belousov');
    expect(e?.spellingDetails).toEqual([
      { spelling: 'Andrei Belousov', articles: ['a', 'c'], sourceGroups: ['g1', 'g2'] },
      { spelling: 'Andrey Belousov', articles: ['b'], sourceGroups: ['g1'] },
    ]);
    expect(e?.preferred.spelling).toBe('Andrei Belousov');
    expect(e?.preferred.reason).toMatch(/2 of 2 independent source groups/);
  });

  it('says when two spellings tie on independent groups instead of implying a majority', () => {
    const tied = entities([
      article('p', 'Foreign Minister Sergei Kuznetsov spoke in Minsk on Monday.'),
      article('q', 'Foreign Minister Sergey Kuznetsov arrived in Minsk on Monday.'),
    ]);
    const e = tied.find((x) => x.spellings.includes('Sergei Kuznetsov'));
    expect(e?.spellings).toEqual(['Sergei Kuznetsov', 'Sergey Kuznetsov']);
    expect(e?.preferred.spelling).toBe('Sergei Kuznetsov');
    expect(e?.preferred.reason).toMatch(/as many as "Sergey Kuznetsov"; suggested because it appears first/);
  });

  it('keeps people who share only a given name apart', () => {
    expect(byName(es, 'Andrei Sokolov')).not.toBe(byName(es, 'Andrei Belousov'));
  });

  it('includes linked surname mentions and roles', () => {
    const e = byName(es, 'Andrei Belousov');
    expect(e?.mentions.some((m) => m.text === 'Belousov' && m.article === 'a')).toBe(true);
    expect(e?.roles).toContain('Russian Defence Minister');
  });

  it('numbers entities e1.. in first-mention order, stably across runs', () => {
    expect(es.map((e) => e.id)).toEqual(es.map((_, i) => `e${i + 1}`));
    expect(es[0]?.spellings[0]).toBe('Andrei Belousov');
    expect(entities(arts, [['a', 'b']])).toEqual(es);
  });

  it('does not flag a title or family name added, nor a surname alone', () => {
    const more = entities([
      article('x', 'Foreign Minister Faisal bin Nasser met reporters. Nasser said little.'),
      article('y', 'Prince Faisal bin Nasser Al Hamad attended.'),
    ]);
    const e = byName(more, 'Faisal bin Nasser');
    expect(e?.spellings).toEqual(['Faisal bin Nasser', 'Faisal bin Nasser Al Hamad']);
    expect(e?.spellingConflict).toBe(false);
    expect(e?.preferred.reason).toMatch(/fullest form/);
  });

  it('attaches a surname used alone to the one entity with that surname', () => {
    const more = entities([article('x', 'Senator Maria Lindqvist spoke.'), article('y', 'On Monday, Lindqvist said no deal was near.')]);
    const e = byName(more, 'Maria Lindqvist');
    expect(e?.spellings).toEqual(['Maria Lindqvist', 'Lindqvist']);
    expect(e?.spellingConflict).toBe(false);
  });

  it('merges organisations by normalised name', () => {
    const more = entities([article('x', 'The Central Energy Agency said prices rose.'), article('y', 'A report by the central energy agency... The Central Energy Agency agreed.')]);
    const orgs = more.filter((e) => e.type === 'organisation');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.spellingDetails[0]?.articles).toEqual(['x', 'y']);
  });
});

describe('entity roles', () => {
  it('lists titles that describe the person, not a bare honorific or a plural title shared with another', () => {
    const es = entities([
      article('r', 'Prime Minister Elena Varga met Presidents Tomas Reiter and Jonas Adler. Mr. Reiter said little.'),
      article('s', 'Austrian President Tomas Reiter flew home on Tuesday.'),
    ], [['r', 's']]);
    const reiter = es.find((e) => e.spellings.includes('Tomas Reiter'));
    expect(reiter?.roles).toContain('Austrian President');
    expect(reiter?.roles.some((r) => /^Presidents$/i.test(r))).toBe(false);
    expect(reiter?.roles.some((r) => /^Mr\.?$/.test(r))).toBe(false);
  });
});
