// The seed corpus (in the repository): three copies of one wire story form one source group.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../shared/engine/ingest';
import { groupSources } from '../../../shared/engine/sources';

const dir = path.resolve(__dirname, '..', '..', '..', 'seeds');

describe('seed corpus source groups', () => {
  it('000/001/002 are one group; 003 and 004 stand alone', () => {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const articles = files.map((f) => parseArticle({ id: f.replace(/\.txt$/, ''), file: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
    const groups = groupSources(articles).groups.map((g) => g.articles.map((a) => a.slice(0, 3)));
    expect(groups).toEqual([['000', '001', '002'], ['003'], ['004']]);
  });
});
