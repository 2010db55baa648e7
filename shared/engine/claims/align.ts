// PROVISIONAL stub (owned by the claims work): every claim is its own cluster.
import type { Claim, Cluster, ParsedArticle, Quote, SourceGroup } from '../../types';

export interface AlignInput {
  claims: readonly Claim[];
  articles: readonly ParsedArticle[];
  sourceGroups: readonly SourceGroup[];
  quotes: readonly Quote[];
}

export function alignClaims(input: AlignInput): { claims: Claim[]; clusters: Cluster[] } {
  const groupOf = new Map<string, string>();
  for (const g of input.sourceGroups) for (const a of g.articles) groupOf.set(a, g.id);
  const clusters: Cluster[] = [];
  const claims = input.claims.map((c, i) => {
    const id = `k${i + 1}`;
    const group = groupOf.get(c.article) ?? '';
    clusters.push({ id, claims: [c.id], suggestedVerdict: 'single-sourced', reasons: [`only source group ${group}`], sourceGroups: [group], conflicts: [] });
    return { ...c, cluster: id };
  });
  return { claims, clusters };
}
