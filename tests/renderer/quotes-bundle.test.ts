import { describe, expect, it } from 'vitest';
import type { QuoteGroup } from '../../shared/api/types';
import { bundle } from '../../renderer/src/quotes/QuotesView';

type Quote = QuoteGroup['quotes'][number];
const quote = (id: number, articleId: number, sameAs: number | null): Quote => ({
  id, articleId, articleTitle: null, outlet: null, text: `quote ${id}`, kind: 'direct', cue: 'said', speakerMention: null, start: 0, end: 5, sameAs,
});

describe('bundle', () => {
  it('puts a statement reported twice side by side with its first report, in first-seen order', () => {
    const sets = bundle([quote(1, 1, null), quote(2, 1, null), quote(3, 2, 1), quote(4, 3, 1), quote(5, 2, null)]);
    expect(sets.map((s) => s.map((q) => q.id))).toEqual([[1, 3, 4], [2], [5]]);
  });
});
