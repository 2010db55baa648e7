// The clusters a reviewer sees: the engine's clusters with the reviewer's moves and
// splits re-applied, in order. Pure, and the same function serves a fresh analysis,
// a move, a split and an undo, so a correction means the same thing every time.
// The store makes no domain decision here: untouched clusters keep the engine's
// suggestion, and a regrouped one asks the engine's own rule (suggestVerdict).
import { suggestVerdict } from '../../shared/engine/claims/verdict';
import type { Claim, Cluster, Conflict, SourceGroup, Verdict } from '../../shared/types';
import { spanId, type StoredKey } from './keys';

export interface BaseClaim {
  key: StoredKey;
  /** the engine's claim id and cluster (before moves) and the claim's text */
  id: string;
  cluster: string;
  text: string;
  /** the engine's whole claim; read only for a regrouped cluster's suggestion */
  full(): Claim;
}

export interface ClaimMove {
  claim: StoredKey;
  /** the claim to join; the claim itself for a split (it starts a cluster of its own) */
  anchor: StoredKey;
}

export interface RegroupedCluster {
  /** engine claim ids, in the engine's claim order */
  members: string[];
  label: string;
  suggested: Verdict;
  reasons: string[];
  conflicts: Conflict[];
  sourceGroups: string[];
  /** the reviewer's moves changed the engine's membership */
  regrouped: boolean;
  /** position of the first member in the engine's claim order */
  ord: number;
}

export const REGROUPED_REASON = 'regrouped by the reviewer';

export function regroup(
  claims: readonly BaseClaim[],
  clusters: readonly Cluster[],
  sourceGroups: readonly SourceGroup[],
  moves: readonly ClaimMove[],
  /** how reasons name an article (the engine's label for it) */
  labelOf: (engineArticleId: string) => string,
): RegroupedCluster[] {
  if (moves.length === 0) return untouched(claims, clusters);
  const byKey = new Map<string, BaseClaim>();
  claims.forEach((c) => byKey.set(spanId(c.key), c));
  const position = new Map<string, number>();
  claims.forEach((c, i) => position.set(c.id, i));
  const clusterOf = new Map<string, string>();
  for (const c of claims) clusterOf.set(c.id, c.cluster);

  let fresh = 0;
  const freshIds: string[] = [];
  for (const move of moves) {
    const claim = byKey.get(spanId(move.claim));
    const anchor = byKey.get(spanId(move.anchor));
    if (!claim || !anchor) continue; // the text changed: the correction waits, inert
    let to: string;
    if (claim === anchor) {
      fresh += 1;
      to = `\u0000split${fresh}`;
      freshIds.push(to);
    } else to = clusterOf.get(anchor.id) ?? anchor.cluster;
    clusterOf.set(claim.id, to);
  }

  const members = new Map<string, BaseClaim[]>();
  for (const c of claims) {
    const id = clusterOf.get(c.id) ?? c.cluster;
    const list = members.get(id) ?? [];
    list.push(c);
    members.set(id, list);
  }
  const engineById = new Map(clusters.map((c) => [c.id, c]));
  const groupOfArticle = new Map<string, SourceGroup>();
  for (const g of sourceGroups) for (const a of g.articles) groupOfArticle.set(a, g);
  const allConflicts = clusters.flatMap((c) => c.conflicts);

  const out: RegroupedCluster[] = [];
  const ids = [...clusters.map((c) => c.id), ...freshIds];
  // claims whose engine cluster is missing from the stored clusters still get a cluster
  for (const id of members.keys()) if (!engineById.has(id) && !freshIds.includes(id)) ids.push(id);
  for (const id of ids) {
    const own = members.get(id);
    if (!own || own.length === 0) continue;
    const memberIds = own.map((c) => c.id);
    const engine = engineById.get(id);
    const ord = Math.min(...memberIds.map((m) => position.get(m) ?? Number.MAX_SAFE_INTEGER));
    if (engine && sameMembers(engine.claims, memberIds)) {
      const first = byClaimId(own, engine.claims[0]) ?? own[0]!;
      out.push({
        members: memberIds,
        label: first.text,
        suggested: engine.suggestedVerdict,
        reasons: engine.reasons,
        conflicts: engine.conflicts,
        sourceGroups: engine.sourceGroups,
        regrouped: false,
        ord,
      });
      continue;
    }
    const inside = new Set(memberIds);
    const conflicts = dedupe(allConflicts.filter((k) => inside.has(k.a.claim) && inside.has(k.b.claim)));
    const result = suggestVerdict(own.map((c) => c.full()), conflicts, groupOfArticle, labelOf);
    out.push({
      members: memberIds,
      label: own[0]!.text,
      suggested: result.verdict,
      reasons: [REGROUPED_REASON, ...result.reasons],
      conflicts,
      sourceGroups: result.groups,
      regrouped: true,
      ord,
    });
  }
  return out;
}

function byClaimId(list: readonly BaseClaim[], id: string | undefined): BaseClaim | undefined {
  return id === undefined ? undefined : list.find((c) => c.id === id);
}

/** Without moves every cluster is the engine's (the common case: no regrouping work). */
function untouched(claims: readonly BaseClaim[], clusters: readonly Cluster[]): RegroupedCluster[] {
  const position = new Map<string, number>();
  const text = new Map<string, string>();
  claims.forEach((c, i) => {
    position.set(c.id, i);
    text.set(c.id, c.text);
  });
  const out: RegroupedCluster[] = [];
  const seen = new Set<string>();
  for (const k of clusters) {
    const members = k.claims.filter((id) => position.has(id));
    if (members.length === 0) continue;
    members.sort((a, b) => position.get(a)! - position.get(b)!);
    for (const m of members) seen.add(m);
    out.push({
      members,
      label: text.get(k.claims[0]!) ?? text.get(members[0]!)!,
      suggested: k.suggestedVerdict,
      reasons: k.reasons,
      conflicts: k.conflicts,
      sourceGroups: k.sourceGroups,
      regrouped: false,
      ord: position.get(members[0]!)!,
    });
  }
  // a claim its engine cluster does not list still gets a cluster (of its own)
  claims.forEach((c, i) => {
    if (seen.has(c.id)) return;
    out.push({ members: [c.id], label: c.text, suggested: 'single-sourced', reasons: [], conflicts: [], sourceGroups: [], regrouped: false, ord: i });
  });
  return out;
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}

function dedupe(conflicts: readonly Conflict[]): Conflict[] {
  const seen = new Set<string>();
  const out: Conflict[] = [];
  for (const k of conflicts) {
    const id = `${k.kind}\u0000${k.a.claim}\u0000${k.b.claim}\u0000${k.a.value}\u0000${k.b.value}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(k);
  }
  return out;
}
