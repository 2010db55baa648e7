import { describe, expect, it } from 'vitest';
import type { QuoteGroup } from '../../shared/api/types';
import { bundle } from '../../renderer/src/quotes/QuotesView';

type Quote = QuoteGroup['quotes'][number];
const quote = (id: number, articleId: number, sameAs: number | null): Quote => ({
  id, key: { articleHash: String(articleId).padStart(64, '0'), start: id, end: id + 5 }, articleId, articleTitle: null, outlet: null, text: `quote ${id}`,
  kind: 'direct', cue: 'said', speakerMention: null, start: 0, end: 5, engineSpeaker: null, correction: null, sameAs,
});

describe('bundle', () => {
  it('puts a statement reported twice side by side with its first report, in first-seen order', () => {
    const sets = bundle([quote(1, 1, null), quote(2, 1, null), quote(3, 2, 1), quote(4, 3, 1), quote(5, 2, null)]);
    expect(sets.map((s) => s.map((q) => q.id))).toEqual([[1, 3, 4], [2], [5]]);
  });
});

describe('sourceLabel', () => {
  it('names the outlet, else the quoted title, else the file', async () => {
    const { sourceLabel } = await import('../../renderer/src/lib/sourceLabel');
    expect(sourceLabel({ outlet: 'AP', title: 'Talks begin' })).toBe('AP');
    expect(sourceLabel({ outlet: null, title: 'Talks begin' })).toBe('“Talks begin”');
    expect(sourceLabel({ outlet: null, title: null, file: 'a.txt' })).toBe('a.txt');
    expect(sourceLabel({ outlet: null, title: null, id: 4 })).toBe('article 4');
  });
});
