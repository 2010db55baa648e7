// The quotes and speakers a reviewer checks first in the seed corpus (expectations written by hand).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../shared/engine/ingest';
import { extractQuotes } from '../../../shared/engine/quotes';
import type { ParsedArticle, Quote } from '../../../shared/types';

const seedDir = path.resolve(__dirname, '..', '..', '..', 'seeds');

function load(prefix: string): { article: ParsedArticle; quotes: Quote[] } {
  const file = readdirSync(seedDir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} missing`);
  const article = parseArticle({ id: prefix, file, text: readFileSync(path.join(seedDir, file), 'utf8') });
  return { article, quotes: extractQuotes(article) };
}
function speakerOf(quotes: readonly Quote[], start: string): string | null {
  const norm = (s: string): string => s.replace(/[“”"]/g, '').toLowerCase();
  const q = quotes.find((x) => norm(x.text).startsWith(norm(start)));
  if (!q) throw new Error(`no quote starting with ${start}`);
  return q.speaker;
}

describe('seed corpus', () => {
  it('reads metadata and keeps captions, credits and furniture out of the paragraphs', () => {
    const a = load('000').article;
    expect(a).toMatchObject({ outlet: 'AP', published: '2025-02-18' });
    const credit = a.blocks.find((b) => b.kind === 'credit');
    expect(a.text.slice(credit!.start, credit!.end)).toMatch(/^Litvinova reported from Tallinn/);
    const c = load('002').article;
    expect(c.blocks.filter((b) => b.kind === 'caption')).toHaveLength(3);
    const r = load('004').article;
    expect(r.outlet).toBe('Reuters');
    const tail = r.blocks.filter((b) => b.kind === 'furniture').map((b) => r.text.slice(b.start, b.end));
    expect(tail[0]).toBe('Popular');
    expect(tail).toContain('Comments');
    expect(load('003').article.outlet).toBe('Al Jazeera');
  });

  it('finds the key quotes of the AP story with their speakers', () => {
    const { quotes } = load('000');
    expect(speakerOf(quotes, 'purely bilateral')).toBe('Yuri Ushakov');
    expect(speakerOf(quotes, 'We seek a strong and lasting peace')).toBe('Emmanuel Macron');
    expect(speakerOf(quotes, 'To achieve this, Russia must end')).toBe('Emmanuel Macron');
    expect(speakerOf(quotes, 'work on this together')).toBe('Emmanuel Macron');
    expect(speakerOf(quotes, 'Good U.S.-Russia relations')).toBe('Kirill Dmitriev');
    expect(speakerOf(quotes, 'pariah')).toBe('Joe Biden');
    expect(speakerOf(quotes, 'own')).toBe('Donald Trump');
  });

  it('resolves descriptions and pronouns in the Al Jazeera story, and leaves the opening "He" alone', () => {
    const { quotes } = load('003');
    expect(speakerOf(quotes, 'We have a series of proposals')).toBe('Kirill Dmitriev');
    expect(speakerOf(quotes, 'We will never, under any circumstances')).toBe('Volodymyr Zelenskyy');
    expect(speakerOf(quotes, 'They are part of Ukraine')).toBe('Volodymyr Zelenskyy');
    expect(speakerOf(load('001').quotes, 'the talks — which were also attended')).toBeNull();
  });

  it('attributes the Reuters quotes and ignores the teaser headlines', () => {
    const { quotes } = load('004');
    expect(speakerOf(quotes, 'did not know anything about')).toBe('Volodymyr Zelenskyy');
    expect(speakerOf(quotes, 'primarily devoted to restoring')).toBe('Dmitry Peskov');
    expect(speakerOf(quotes, 'You either go to Asia')).toBe('James Dorsey');
    expect(quotes.some((q) => q.text.includes('mistakenly mixed'))).toBe(false);
  });

  it('gives the unmatched-mark Lavrov quote to Lavrov', () => {
    expect(speakerOf(load('001').quotes, 'We not only listened')).toBe('Sergey Lavrov');
  });
});
