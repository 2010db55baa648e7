import { describe, expect, it } from 'vitest';
import { features, FEATURE_NAMES, prepare } from '../../../shared/engine/claims/features';
import { samePair } from '../../../shared/engine/claims/pairs';
import { canon, wordnetRelated, wordnetSynonyms, wordSenses } from '../../../shared/engine/claims/text';

const syn = (a: string, b: string): boolean => wordnetSynonyms(canon(a), canon(b));
const wnUnal = (a: string, b: string): number[] => {
  const x = features(prepare(a), prepare(b));
  return ['wn_unal_min', 'wn_unal_max'].map((n) => x[FEATURE_NAMES.indexOf(n as (typeof FEATURE_NAMES)[number])] as number);
};

describe('WordNet synonyms in the pair scorer', () => {
  it('ties common synonyms by their canonical stems', () => {
    expect(syn('attorney', 'lawyer')).toBe(true);
    expect(syn('movie', 'film')).toBe(true);
    expect(syn('automobile', 'car')).toBe(true);
  });

  it('does not tie unrelated words', () => {
    expect(syn('attorney', 'banana')).toBe(false);
    expect(syn('car', 'lawyer')).toBe(false);
    expect(wordnetRelated(canon('movie'), canon('banana'))).toBe(false);
  });

  it('knows nothing of unknown tokens', () => {
    expect(wordSenses('zzqx').syn).toHaveLength(0);
    expect(syn('zzqx', 'zzqx')).toBe(false);
  });

  it('a synonym swap leaves less unaligned content than an unrelated word', () => {
    const a = 'The attorney filed the motion in the federal court on Friday.';
    const withSyn = wnUnal(a, 'The lawyer filed the motion in the federal court on Friday.');
    const withOther = wnUnal(a, 'The baker filed the motion in the federal court on Friday.');
    expect(withSyn[1]).toBe(0);
    expect(withOther[1]).toBeGreaterThan(0);
  });

  it('names are not matched through common-noun senses', () => {
    // "Bush" the president is not a shrub, although WordNet ties the common nouns
    expect(syn('bush', 'shrub')).toBe(true);
    const x = wnUnal('Bush visited the factory on Monday.', 'The shrub visited the factory on Monday.');
    expect(x[1]).toBeGreaterThan(0);
  });

  it('a synonym paraphrase scores above the same sentence with an unrelated word', () => {
    const a = 'The company bought a new car for the chief executive.';
    const same = samePair(a, 'The company bought a new automobile for the chief executive.');
    const other = samePair(a, 'The company bought a new painting for the chief executive.');
    expect(same.score).toBeGreaterThan(other.score);
    expect(same.same).toBe(true);
  });

  it('bought, purchased and buy share one canonical stem', () => {
    expect(canon('buy')).toBe(canon('bought'));
    expect(canon('purchased')).toBe(canon('buy'));
  });
});
