// Reviewer corrections of the clustering, re-applied after every engine run.
// A move says "this claim belongs with that anchor claim"; a split is a move
// whose anchor is the first claim of the split-off set. Claims are named by
// (article hash, start, end) so corrections survive re-analysis.
import type { Analysis, Claim, Cluster, SourceGroup } from '../types';

export interface ClaimKey {
  hash: string;
  start: number;
  end: number;
}

export interface ClaimMove {
  claim: ClaimKey;
  anchor: ClaimKey;
}

const keyString = (k: ClaimKey): string => `${k.hash}:${k.start}:${k.end}`;

export function regroupVerdict(cluster: Cluster, groups: readonly SourceGroup[]): Pick<Cluster, 'suggestedVerdict' | 'reasons'> {
  const label = (id: string): string => groups.find((g) => g.id === id)?.label ?? id;
  const reasons = ['regrouped by the reviewer'];
  if (cluster.conflicts.length > 0) {
    return { suggestedVerdict: 'contradicted', reasons: [...reasons, ...cluster.conflicts.map((c) => c.reason)] };
  }
  if (cluster.sourceGroups.length >= 2) {
    const names = cluster.sourceGroups.map(label).join(', ');
    return { suggestedVerdict: 'corroborated', reasons: [...reasons, `${cluster.sourceGroups.length} independent source groups: ${names}`] };
  }
  const only = cluster.sourceGroups[0];
  return { suggestedVerdict: 'single-sourced', reasons: [...reasons, `only one source group: ${only ? label(only) : 'none'}`] };
}

/** Moves claims between clusters as the reviewer asked; untouched clusters keep the engine's verdict. */
export function applyClaimMoves(analysis: Analysis, moves: readonly ClaimMove[]): Analysis {
  if (moves.length === 0) return analysis;
  const hashOf = new Map(analysis.articles.map((a) => [a.id, a.hash]));
  const groupOf = new Map(analysis.articles.map((a) => [a.id, a.sourceGroup]));
  const claimByKey = new Map<string, Claim>();
  for (const c of analysis.claims) claimByKey.set(keyString({ hash: hashOf.get(c.article) ?? '', start: c.start, end: c.end }), c);

  const clusterOf = new Map(analysis.claims.map((c) => [c.id, c.cluster]));
  const touched = new Set<string>();
  let fresh = 0;
  const newClusters: Cluster[] = [];
  for (const move of moves) {
    const claim = claimByKey.get(keyString(move.claim));
    const anchor = claimByKey.get(keyString(move.anchor));
    if (!claim || !anchor) continue; // the text changed: the correction no longer applies
    const from = clusterOf.get(claim.id) ?? '';
    let to = clusterOf.get(anchor.id) ?? '';
    if (claim.id === anchor.id) {
      // split: the anchor starts a cluster of its own
      fresh += 1;
      to = `r${fresh}`;
      newClusters.push({ id: to, claims: [], suggestedVerdict: 'single-sourced', reasons: [], sourceGroups: [], conflicts: [] });
    }
    if (from === to) continue;
    clusterOf.set(claim.id, to);
    touched.add(from);
    touched.add(to);
  }
  const claims = analysis.claims.map((c) => ({ ...c, cluster: clusterOf.get(c.id) ?? c.cluster }));
  const members = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = members.get(c.cluster) ?? [];
    list.push(c);
    members.set(c.cluster, list);
  }
  const clusters: Cluster[] = [];
  for (const cluster of [...analysis.clusters, ...newClusters]) {
    const own = members.get(cluster.id) ?? [];
    if (own.length === 0) continue;
    if (!touched.has(cluster.id)) {
      clusters.push(cluster);
      continue;
    }
    const ids = new Set(own.map((c) => c.id));
    const next: Cluster = {
      ...cluster,
      claims: own.map((c) => c.id),
      conflicts: cluster.conflicts.filter((k) => ids.has(k.a.claim) && ids.has(k.b.claim)),
      sourceGroups: [...new Set(own.map((c) => groupOf.get(c.article) ?? ''))].filter(Boolean),
    };
    clusters.push({ ...next, ...regroupVerdict(next, analysis.sourceGroups) });
  }
  return { ...analysis, claims, clusters };
}
