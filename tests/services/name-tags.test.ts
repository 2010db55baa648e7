// Where a preferred spelling was altered: the engine's applyNameTags finds a tag's
// spelling by its normalised key and keeps the FIRST spelling with that key, so
// choosing "Karim Al-Hadid" came back as "Karim al-Hadid". The service writes the
// reviewer's choice back verbatim.
import { describe, expect, it } from 'vitest';
import { applyNameTags } from '../../shared/engine/names/tags';
import { analyze } from '../../shared/engine/analyze';
import { applyTags } from '../../electron/services/name-tags';

const A = `Harbour to reopen

Port commissioner Karim al-Hadid said on Monday that the harbour would reopen next week.
`;
const B = `Harbour reopens soon

Port commissioner Karim Al-Hadid told reporters on Monday that the harbour would reopen next week.
`;

describe('preferred spelling', () => {
  const entities = analyze([{ id: 'a', file: 'a.txt', text: A }, { id: 'b', file: 'b.txt', text: B }]).entities;
  const tag = { kind: 'preferred-spelling' as const, spelling: 'Karim Al-Hadid' };

  it('is altered by the engine alone (the case of the first spelling with the same key wins)', () => {
    const e = applyNameTags(entities, [tag]).find((x) => x.spellings.includes('Karim Al-Hadid'))!;
    expect(e.preferred.spelling).toBe('Karim al-Hadid');
  });

  it('is kept exactly as the reviewer chose it by the service', () => {
    const e = applyTags([{ tag, reviewer: 'Noor', at: '2025-01-01', actionId: 1 }], entities).find((x) => x.spellings.includes('Karim Al-Hadid'))!;
    expect(e.preferred).toEqual({ spelling: 'Karim Al-Hadid', reason: 'chosen by a reviewer' });
    expect(e.preferredBy).toBe('Noor');
  });

  it('a later typed name wins over an earlier chosen spelling, and the other way round', () => {
    const typed = { kind: 'canonical-name' as const, spelling: 'Karim al-Hadid', name: 'K. Al-Hadid' };
    const pick = (rows: Parameters<typeof applyTags>[0]) => applyTags(rows, entities).find((x) => x.spellings.includes('Karim Al-Hadid'))!.preferred.spelling;
    expect(pick([{ tag, reviewer: 'A', at: '1', actionId: 1 }, { tag: typed, reviewer: 'B', at: '2', actionId: 2 }])).toBe('K. Al-Hadid');
    expect(pick([{ tag: typed, reviewer: 'B', at: '1', actionId: 1 }, { tag, reviewer: 'A', at: '2', actionId: 2 }])).toBe('Karim Al-Hadid');
  });
});
