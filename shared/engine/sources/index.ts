// PROVISIONAL stub (owned by the claims/source-independence work): one group per article.
import type { ParsedArticle, SourceGroup } from '../../types';

export function groupSources(articles: readonly ParsedArticle[]): SourceGroup[] {
  return articles.map((a, i) => ({
    id: `g${i + 1}`,
    label: a.outlet ?? a.id,
    articles: [a.id],
    reason: 'own source',
  }));
}
