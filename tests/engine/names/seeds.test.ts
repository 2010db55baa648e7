// The seed corpus (in the repository) checks the acceptance pairs end to end.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMentions, linkEntities } from '../../../shared/engine/names';
import { spellingKey } from '../../../shared/engine/names/normalize';
import type { Entity } from '../../../shared/types';
import { article, groups } from './helpers';

const dir = path.resolve(__dirname, '..', '..', '..', 'seeds');
const arts = fs.existsSync(dir)
  ? fs.readdirSync(dir).sort().map((f) => article(f.slice(0, 3), fs.readFileSync(path.join(dir, f), 'utf8')))
  : [];
const entities = linkEntities(arts.flatMap((a) => extractMentions(a, [])), arts, groups(arts, [['000', '001', '002']]));
const holding = (spelling: string): Entity | undefined => entities.find((e) => e.spellings.some((s) => spellingKey(s) === spellingKey(spelling)));

describe.skipIf(arts.length === 0)('seed corpus names', () => {
  it('merges the three spelled-differently people and flags the first two', () => {
    const lavrov = holding('Sergey Lavrov');
    expect(lavrov).toBe(holding('Sergei Lavrov'));
    expect(lavrov?.spellingConflict).toBe(true);
    const adviser = holding('Musaed al Alban');
    expect(adviser).toBe(holding('Mosaad bin Mohammad Al-Aiban'));
    expect(adviser?.spellingConflict).toBe(true);
    const minister = holding('Faisal bin Farhan');
    expect(minister).toBe(holding('Faisal bin Farhan Al Saud'));
    expect(minister?.spellingConflict).toBe(false);
  });
  it('keeps people who share a name part apart', () => {
    expect(holding('Donald Trump')).not.toBe(holding('Donald Tusk'));
    expect(holding('Kirill Dmitriev')).not.toBe(holding('Dmitry Peskov'));
    expect(holding('Vladimir Putin')).not.toBe(holding('Volodymyr Zelenskyy'));
  });
  it('suggests the spelling used by more independent source groups', () => {
    expect(spellingKey(holding('Musaed al Alban')?.preferred.spelling ?? '')).toBe(spellingKey('Mosaad bin Mohammad Al-Aiban'));
  });
});
