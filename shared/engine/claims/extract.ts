// PROVISIONAL stub (owned by the claims work): every paragraph sentence is a claim.
import type { Claim, ParsedArticle, Quote } from '../../types';

export function extractClaims(article: ParsedArticle, _quotes: readonly Quote[]): Claim[] {
  return article.sentences
    .filter((s) => article.blocks[s.block]?.kind === 'paragraph')
    .map((s, i) => ({
      id: `${article.id}:c${i + 1}`,
      article: article.id,
      start: s.start,
      end: s.end,
      text: article.text.slice(s.start, s.end),
      cluster: '',
      sentence: { start: s.start, end: s.end },
      values: [],
      negated: false,
      quotes: [],
      copiedFrom: [],
    }));
}
