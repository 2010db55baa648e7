// Writes the regrouped clusters into the clusters table, diffed by key: a cluster
// whose members did not change keeps its row and id (so a reviewer's open cluster
// survives an unrelated re-analysis), a changed one gets a new id that was never
// used before, and one that is gone is deleted. Used by the analysis writer and by
// every move, split and undo.
import type { Database, Statement } from 'better-sqlite3';
import type { ConflictView } from '../../shared/api/types';
import type { Claim, Cluster, Conflict, SourceGroup } from '../../shared/types';
import type { ClusterState } from './cluster-state';
import { clusterKey, spanId, type StoredKey } from './keys';
import { regroup, type BaseClaim, type ClaimMove, type RegroupedCluster } from './regroup';

export interface PlacedCluster {
  id: number;
  key: string;
  cluster: RegroupedCluster;
  /** the row existed before with the same members */
  kept: boolean;
}

export interface Placement {
  placed: PlacedCluster[];
  /** clusters of the project that were not produced again: deleted by `finish` */
  stale: number[];
}

interface ClaimRow {
  id: number;
  engine_id: string;
  engine_cluster: string;
  text: string;
  cluster_id: number;
  article_id: number;
  hash: string;
  start: number;
  end: number;
  detail: string;
}

type Stmt = Statement<unknown[]>;

export class ClusterRows {
  private readonly s: Record<string, Stmt>;

  constructor(private readonly db: Database, private readonly state: ClusterState) {
    const p = (sql: string): Stmt => db.prepare(sql);
    this.s = {
      existing: p('SELECT id, key FROM clusters WHERE project_id = ?'),
      insert: p(`INSERT INTO clusters (project_id, key, label, suggested, reasons, conflicts, groups, regrouped, ord, claim_count, group_count, conflict_count, article_ids)
        VALUES (?, ?, ?, ?, ?, '[]', ?, ?, ?, ?, ?, ?, ?)`),
      update: p(`UPDATE clusters SET label = ?, suggested = ?, reasons = ?, groups = ?, regrouped = ?, ord = ?, claim_count = ?, group_count = ?,
        conflict_count = ?, article_ids = ? WHERE id = ?`),
      // a changed cluster that continues an earlier one keeps its row: new key, new content
      // (the reviewer state is recomputed from the new members' decisions afterwards)
      inherit: p(`UPDATE clusters SET key = ?, label = ?, suggested = ?, reasons = ?, conflicts = '[]', groups = ?, regrouped = ?, ord = ?, claim_count = ?,
        group_count = ?, conflict_count = ?, article_ids = ?, reviewed = NULL, mixed = 0, note = NULL WHERE id = ?`),
      membership: p('SELECT cl.cluster_id, a.hash, cl.start, cl.end FROM claims cl JOIN articles a ON a.id = cl.article_id WHERE cl.project_id = ?'),
      remove: p('DELETE FROM clusters WHERE id = ?'),
      conflicts: p('UPDATE clusters SET conflicts = ? WHERE id = ?'),
      moves: p('SELECT article_hash, start, end, anchor_hash, anchor_start, anchor_end FROM claim_moves WHERE project_id = ? ORDER BY id'),
      // the engine clusters a regroup can change: those of claims named by a move (claim or
      // anchor), and those of claims now in a regrouped cluster (an undo sends them back)
      affected: p(`
        WITH named AS (
          SELECT article_hash AS h, start AS s, end AS e FROM claim_moves WHERE project_id = @p
          UNION SELECT anchor_hash, anchor_start, anchor_end FROM claim_moves WHERE project_id = @p)
        SELECT cl.engine_cluster AS id FROM named n
          JOIN articles a ON a.project_id = @p AND a.hash = n.h
          JOIN claims cl ON cl.article_id = a.id AND cl.start = n.s AND cl.end = n.e
        UNION
        SELECT cl.engine_cluster FROM clusters c JOIN claims cl ON cl.cluster_id = c.id WHERE c.project_id = @p AND c.regrouped = 1`),
      claims: p(`SELECT cl.id, cl.cluster_id, cl.article_id, a.hash, cl.start, cl.end, cl.engine_id, cl.engine_cluster, cl.text, cl.detail
        FROM claims cl JOIN articles a ON a.id = cl.article_id
        WHERE cl.project_id = @p AND cl.engine_cluster IN (SELECT value FROM json_each(@ids)) ORDER BY cl.ord`),
      engineClusters: p('SELECT detail FROM engine_clusters WHERE project_id = @p AND engine_id IN (SELECT value FROM json_each(@ids)) ORDER BY ord'),
      scope: p(`SELECT c.id, c.key FROM clusters c WHERE c.id IN (
        SELECT cl.cluster_id FROM claims cl WHERE cl.project_id = @p AND cl.engine_cluster IN (SELECT value FROM json_each(@ids)))`),
      groups: p("SELECT detail FROM source_groups WHERE project_id = ? AND detail <> 'null' ORDER BY id"),
      articles: p("SELECT id, engine_id, json_extract(detail, '$.label') AS label FROM articles WHERE project_id = ?"),
      setCluster: p('UPDATE claims SET cluster_id = ? WHERE id = ?'),
    };
  }

  moves(projectId: number): ClaimMove[] {
    type M = { article_hash: string; start: number; end: number; anchor_hash: string; anchor_start: number; anchor_end: number };
    return (this.s.moves!.all(projectId) as M[]).map((m) => ({
      claim: { hash: m.article_hash, start: m.start, end: m.end },
      anchor: { hash: m.anchor_hash, start: m.anchor_start, end: m.anchor_end },
    }));
  }

  /** Which claims (by span id) each cluster row of the project holds now. */
  membership(projectId: number): Map<number, Set<string>> {
    const out = new Map<number, Set<string>>();
    for (const r of this.s.membership!.all(projectId) as Array<{ cluster_id: number; hash: string; start: number; end: number }>) {
      let set = out.get(r.cluster_id);
      if (!set) out.set(r.cluster_id, (set = new Set()));
      set.add(spanId(r));
    }
    return out;
  }

  /**
   * Upserts the regrouped clusters and deletes the other clusters in scope:
   *   - same members (same key): the row is kept as it is;
   *   - changed members: the row of the previous cluster it overlaps most (Jaccard,
   *     one-to-one) continues with the new key, so a cluster split, joined or changed by
   *     a re-analysis keeps its id; a stale reference is still refused by its key;
   *   - otherwise a new row, with an id never used before (AUTOINCREMENT).
   * An id therefore never passes to claims it shared nothing with.
   * Claims must be placed (setCluster or insert) by the caller before `finish`.
   */
  place(
    projectId: number,
    regrouped: readonly RegroupedCluster[],
    keyOf: (engineClaimId: string) => StoredKey,
    articleOf: (engineClaimId: string) => number | undefined,
    /** which claims (span ids) the rows held before this placement */
    previous: ReadonlyMap<number, ReadonlySet<string>>,
    /** rewrite kept rows too (after a re-analysis the engine's reasons may have changed) */
    updateKept = true,
    /** the rows the regrouped clusters replace (key -> id); all of the project's by default */
    scope?: Map<string, number>,
  ): Placement {
    const existing = scope ?? new Map((this.s.existing!.all(projectId) as Array<{ id: number; key: string }>).map((r) => [r.key, r.id]));
    const placed: PlacedCluster[] = [];
    const changed: Array<{ c: RegroupedCluster; key: string; spans: string[] }> = [];
    const values = (c: RegroupedCluster) => {
      const arts = JSON.stringify([...new Set(c.members.map(articleOf).filter((a): a is number => a !== undefined))].sort((x, y) => x - y));
      return [JSON.stringify(c.reasons), JSON.stringify(c.sourceGroups), c.regrouped ? 1 : 0, c.ord, c.members.length, c.sourceGroups.length, c.conflicts.length, arts] as const;
    };
    for (const c of regrouped) {
      const spans = c.members.map(keyOf);
      const key = clusterKey(projectId, spans);
      const id = existing.get(key);
      if (id === undefined) {
        changed.push({ c, key, spans: spans.map(spanId) });
        continue;
      }
      if (updateKept) {
        const [reasons, groups, regroupedFlag, ord, n, gc, cc, arts] = values(c);
        this.s.update!.run(c.label, c.suggested, reasons, groups, regroupedFlag, ord, n, gc, cc, arts, id);
      }
      existing.delete(key);
      placed.push({ id, key, cluster: c, kept: true });
    }
    const heir = this.successors(changed.map((x) => x.spans), new Set(existing.values()), previous);
    const inherited = new Set<number>();
    changed.forEach(({ c, key }, i) => {
      const [reasons, groups, regroupedFlag, ord, n, gc, cc, arts] = values(c);
      const from = heir.get(i);
      if (from !== undefined) {
        this.s.inherit!.run(key, c.label, c.suggested, reasons, groups, regroupedFlag, ord, n, gc, cc, arts, from);
        inherited.add(from);
        placed.push({ id: from, key, cluster: c, kept: false });
      } else {
        const info = this.s.insert!.run(projectId, key, c.label, c.suggested, reasons, groups, regroupedFlag, ord, n, gc, cc, arts);
        placed.push({ id: Number(info.lastInsertRowid), key, cluster: c, kept: false });
      }
    });
    return { placed, stale: [...existing.values()].filter((id) => !inherited.has(id)) };
  }

  /** Changed cluster index -> the stale row it continues: greatest Jaccard overlap first, one-to-one. */
  private successors(changed: ReadonlyArray<readonly string[]>, stale: ReadonlySet<number>, previous: ReadonlyMap<number, ReadonlySet<string>>): Map<number, number> {
    const rowOfSpan = new Map<string, number>();
    for (const id of stale) for (const sp of previous.get(id) ?? []) rowOfSpan.set(sp, id);
    const pairs: Array<{ i: number; row: number; overlap: number; jaccard: number }> = [];
    changed.forEach((spans, i) => {
      const overlap = new Map<number, number>();
      for (const sp of spans) {
        const row = rowOfSpan.get(sp);
        if (row !== undefined) overlap.set(row, (overlap.get(row) ?? 0) + 1);
      }
      for (const [row, n] of overlap) pairs.push({ i, row, overlap: n, jaccard: n / (spans.length + (previous.get(row)?.size ?? 0) - n) });
    });
    pairs.sort((a, b) => b.jaccard - a.jaccard || b.overlap - a.overlap || a.row - b.row || a.i - b.i);
    const out = new Map<number, number>();
    const taken = new Set<number>();
    for (const p of pairs) {
      if (out.has(p.i) || taken.has(p.row)) continue;
      out.set(p.i, p.row);
      taken.add(p.row);
    }
    return out;
  }

  /** Deletes the clusters no longer produced (after their claims moved) and writes conflict views. */
  finish(placement: Placement, claimRow: (engineClaimId: string) => number | undefined, articleRow: (engineArticle: string) => number | undefined): void {
    for (const id of placement.stale) this.s.remove!.run(id);
    for (const p of placement.placed) {
      if (p.kept && p.cluster.conflicts.length === 0) {
        this.s.conflicts!.run('[]', p.id);
        continue;
      }
      const view = (k: Conflict): ConflictView => ({
        kind: k.kind,
        reason: k.reason,
        a: { claimId: claimRow(k.a.claim) ?? 0, articleId: articleRow(k.a.article) ?? 0, value: k.a.value, start: k.a.start, end: k.a.end },
        b: { claimId: claimRow(k.b.claim) ?? 0, articleId: articleRow(k.b.article) ?? 0, value: k.b.value, start: k.b.start, end: k.b.end },
      });
      this.s.conflicts!.run(JSON.stringify(p.cluster.conflicts.map(view)), p.id);
    }
  }

  /**
   * After a move, split or undo: re-applies every stored move to the stored engine
   * clusters and rewrites only the clusters whose members changed. Returns the ids
   * of the clusters created (the ones a reviewer's action produced).
   */
  rematerialise(projectId: number): { created: number[]; removed: number[] } {
    // Only the engine clusters a move can touch are regrouped: the others cannot change.
    const ids = JSON.stringify((this.s.affected!.all({ p: projectId }) as Array<{ id: string }>).map((r) => r.id));
    const rows = this.s.claims!.all({ p: projectId, ids }) as ClaimRow[];
    const base: BaseClaim[] = rows.map((r) => ({
      key: { hash: r.hash, start: r.start, end: r.end },
      id: r.engine_id,
      cluster: r.engine_cluster,
      text: r.text,
      full: () => JSON.parse(r.detail) as Claim,
    }));
    const clusters = (this.s.engineClusters!.all({ p: projectId, ids }) as Array<{ detail: string }>).map((r) => JSON.parse(r.detail) as Cluster);
    const groups = (this.s.groups!.all(projectId) as Array<{ detail: string }>).map((r) => JSON.parse(r.detail) as SourceGroup);
    const arts = this.s.articles!.all(projectId) as Array<{ id: number; engine_id: string; label: string | null }>;
    const labels = new Map(arts.map((a) => [a.engine_id, a.label ?? a.engine_id]));
    const regrouped = regroup(base, clusters, groups, this.moves(projectId), (id) => labels.get(id) ?? id);
    const byEngine = new Map<string, ClaimRow & { key: StoredKey }>();
    rows.forEach((r, i) => byEngine.set(r.engine_id, { ...r, key: base[i]!.key }));
    const keyOf = (id: string): StoredKey => byEngine.get(id)?.key ?? { hash: '', start: 0, end: 0 };
    // kept rows have the same members, so the same derived content: leave them be
    const scope = new Map((this.s.scope!.all({ p: projectId, ids }) as Array<{ id: number; key: string }>).map((r) => [r.key, r.id]));
    const previous = new Map<number, Set<string>>();
    for (const r of rows) {
      let set = previous.get(r.cluster_id);
      if (!set) previous.set(r.cluster_id, (set = new Set()));
      set.add(spanId(r));
    }
    const placement = this.place(projectId, regrouped, keyOf, (id) => byEngine.get(id)?.article_id, previous, false, scope);
    const created: number[] = [];
    for (const p of placement.placed) {
      if (p.kept) continue;
      created.push(p.id); // new, or continuing an earlier row with other members
      for (const m of p.cluster.members) {
        const row = byEngine.get(m);
        if (row && row.cluster_id !== p.id) this.s.setCluster!.run(p.id, row.id);
      }
    }
    const articleRow = new Map(arts.map((a) => [a.engine_id, a.id]));
    // kept clusters have the same members and the same conflicts: only new ones need views
    this.finish({ placed: placement.placed.filter((p) => !p.kept), stale: placement.stale }, (id) => byEngine.get(id)?.id, (a) => articleRow.get(a));
    this.state.refresh(created);
    return { created, removed: placement.stale };
  }
}

/** Engine claim ids -> stored keys, for an analysis about to be written. */
export function keyIndex(claims: readonly Claim[], hashOf: (engineArticle: string) => string): Map<string, StoredKey> {
  const out = new Map<string, StoredKey>();
  for (const c of claims) out.set(c.id, { hash: hashOf(c.article), start: c.start, end: c.end });
  return out;
}

export { spanId };
