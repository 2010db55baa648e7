import { describe, expect, it } from 'vitest';
import { applyNameTags, extractMentions, linkEntities, type NameTag } from '../../../shared/engine/names';
import type { Entity, ParsedArticle } from '../../../shared/types';
import { article, groups } from './helpers';

const arts: ParsedArticle[] = [
  article('a', 'Foreign Minister Sergey Ryabkov met National Security Adviser Michael Hale. Ryabkov said little.'),
  article('b', 'Deputy Foreign Minister Sergei Ryabkov and security adviser Mike Hale met again.'),
  article('c', 'Sergei Ryabkov, a deputy minister, spoke to Mike Hale by phone.'),
];
const analyse = (): Entity[] => linkEntities(arts.flatMap((a) => extractMentions(a, [])), arts, groups(arts));
const holding = <E extends Entity>(es: readonly E[], spelling: string): E | undefined => es.find((e) => e.spellings.includes(spelling));

describe('applyNameTags', () => {
  const engine = analyse();

  it('without tags keeps the engine result, unconfirmed', () => {
    const out = applyNameTags(engine, []);
    expect(out.map((e) => e.spellings)).toEqual(engine.map((e) => e.spellings));
    expect(out.every((e) => !e.confirmed && e.preferredBy === 'engine')).toBe(true);
  });

  it('same-person merges two entities the engine kept apart (nickname)', () => {
    expect(holding(engine, 'Mike Hale')).not.toBe(holding(engine, 'Michael Hale'));
    const out = applyNameTags(engine, [{ kind: 'same-person', spelling: 'mike hale', other: 'Michael Hale' }]);
    const e = holding(out, 'Mike Hale');
    expect(e?.spellings).toEqual(['Michael Hale', 'Mike Hale']);
    expect(e?.confirmed).toBe(true);
    expect(e?.spellingConflict).toBe(true);
    expect(out).toHaveLength(engine.length - 1);
  });

  it('different-people splits one spelling off and keeps the rest', () => {
    const out = applyNameTags(engine, [{ kind: 'different-people', spelling: 'Sergei Ryabkov' }]);
    const rest = holding(out, 'Sergey Ryabkov');
    const split = holding(out, 'Sergei Ryabkov');
    expect(rest?.spellings).toEqual(['Sergey Ryabkov']);
    expect(split?.spellings).toEqual(['Sergei Ryabkov']);
    expect(rest?.spellingConflict).toBe(false);
    expect(split?.mentions.every((m) => m.article !== 'a')).toBe(true);
    expect(rest?.mentions.some((m) => m.text === 'Ryabkov')).toBe(true);
  });

  it('preferred-spelling overrides the engine suggestion', () => {
    const out = applyNameTags(engine, [{ kind: 'preferred-spelling', spelling: 'SERGEI RYABKOV' }]);
    const e = holding(out, 'Sergey Ryabkov');
    expect(e?.preferred).toEqual({ spelling: 'Sergei Ryabkov', reason: 'chosen by a reviewer' });
    expect(e?.name).toBe('Sergei Ryabkov');
    expect(e?.preferredBy).toBe('reviewer');
  });

  it('confirm marks the entity but keeps its conflict visible', () => {
    const out = applyNameTags(engine, [{ kind: 'confirm', spelling: 'Sergey Ryabkov' }]);
    const e = holding(out, 'Sergey Ryabkov');
    expect(e?.confirmed).toBe(true);
    expect(e?.spellingConflict).toBe(true);
  });

  it('applies tags in order: a split then a merge restores the entity', () => {
    const tags: NameTag[] = [
      { kind: 'different-people', spelling: 'Sergei Ryabkov' },
      { kind: 'same-person', spelling: 'Sergei Ryabkov', other: 'Sergey Ryabkov' },
    ];
    const out = applyNameTags(engine, tags);
    expect(holding(out, 'Sergei Ryabkov')).toBe(holding(out, 'Sergey Ryabkov'));
  });

  it('ignores tags whose spelling is gone', () => {
    const out = applyNameTags(engine, [{ kind: 'confirm', spelling: 'Nobody Here' }]);
    expect(out.map((e) => e.spellings)).toEqual(engine.map((e) => e.spellings));
  });

  it('gives the same result when the engine is re-run on the same articles', () => {
    const tags: NameTag[] = [
      { kind: 'same-person', spelling: 'Mike Hale', other: 'Michael Hale' },
      { kind: 'different-people', spelling: 'Sergei Ryabkov' },
      { kind: 'preferred-spelling', spelling: 'Mike Hale' },
      { kind: 'confirm', spelling: 'Sergey Ryabkov' },
    ];
    const first = applyNameTags(engine, tags);
    const again = applyNameTags(analyse(), tags);
    expect(again).toEqual(first);
    expect(holding(again, 'Mike Hale')?.preferred.spelling).toBe('Mike Hale');
    expect(holding(again, 'Sergei Ryabkov')).not.toBe(holding(again, 'Sergey Ryabkov'));
    expect(again.map((e) => e.id)).toEqual(again.map((_, i) => `e${i + 1}`));
  });
});
