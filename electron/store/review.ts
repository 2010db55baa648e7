// Reviewer work: verdicts and notes on claims (keyed by article hash + span),
// the append-only history, undo, and corrections of the clustering.
import type { Database, Statement } from 'better-sqlite3';
import type { ConflictView } from '../../shared/api/types';
import type { Verdict } from '../../shared/types';
import type { ClusterState } from './cluster-state';

export interface MemberKey {
  claimId: number;
  hash: string;
  start: number;
  end: number;
  text: string;
  verdict: Verdict | null;
  note: string | null;
}

interface HistoryKey {
  hash: string;
  start: number;
  end: number;
  oldVerdict: Verdict | null;
  oldNote: string | null;
}

interface HistoryRow {
  id: number;
  action: string;
  claim_keys: string;
}

type Stmt = Statement<unknown[]>;

export class ReviewRepo {
  private readonly s: Record<string, Stmt>;

  constructor(private readonly db: Database, private readonly now: () => string, private readonly state: ClusterState) {
    const p = (sql: string): Stmt => db.prepare(sql);
    this.s = {
      members: p(`
        SELECT cl.id AS claimId, a.hash, cl.start, cl.end, cl.text, d.verdict, d.note
        FROM claims cl JOIN articles a ON a.id = cl.article_id
        LEFT JOIN decisions d ON d.project_id = cl.project_id AND d.article_hash = a.hash AND d.start = cl.start AND d.end = cl.end
        WHERE cl.cluster_id = ? ORDER BY cl.ord`),
      clusterProject: p('SELECT project_id FROM clusters WHERE id = ?'),
      upsertVerdict: p(`
        INSERT INTO decisions (project_id, article_hash, start, end, verdict, note, reviewer, updated_at)
        VALUES (?, ?, ?, ?, ?, NULL, ?, ?)
        ON CONFLICT (project_id, article_hash, start, end)
        DO UPDATE SET verdict = excluded.verdict, reviewer = excluded.reviewer, updated_at = excluded.updated_at`),
      upsertNote: p(`
        INSERT INTO decisions (project_id, article_hash, start, end, verdict, note, reviewer, updated_at)
        VALUES (?, ?, ?, ?, NULL, ?, ?, ?)
        ON CONFLICT (project_id, article_hash, start, end)
        DO UPDATE SET note = excluded.note, reviewer = excluded.reviewer, updated_at = excluded.updated_at`),
      restore: p(`
        INSERT INTO decisions (project_id, article_hash, start, end, verdict, note, reviewer, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (project_id, article_hash, start, end)
        DO UPDATE SET verdict = excluded.verdict, note = excluded.note, reviewer = excluded.reviewer, updated_at = excluded.updated_at`),
      history: p(`
        INSERT INTO decision_history (project_id, action, claim_keys, claim_text, old_verdict, new_verdict, note, undoes, reviewer, at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      lastUndoable: p(`
        SELECT h.id, h.action, h.claim_keys FROM decision_history h
        WHERE h.project_id = ? AND h.action IN ('verdict', 'note')
          AND NOT EXISTS (SELECT 1 FROM decision_history u WHERE u.undoes = h.id)
        ORDER BY h.id DESC LIMIT 1`),
      claimByKey: p(`
        SELECT cl.id, cl.cluster_id FROM claims cl JOIN articles a ON a.id = cl.article_id
        WHERE cl.project_id = ? AND a.hash = ? AND cl.start = ? AND cl.end = ?`),
      claimInfo: p(`
        SELECT cl.id, cl.project_id, cl.cluster_id, cl.start, cl.end, cl.text, a.hash, a.source_group
        FROM claims cl JOIN articles a ON a.id = cl.article_id WHERE cl.id = ?`),
      insMove: p(`
        INSERT INTO claim_moves (project_id, article_hash, start, end, anchor_hash, anchor_start, anchor_end, at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      setCluster: p('UPDATE claims SET cluster_id = ? WHERE id = ?'),
      newCluster: p(`
        INSERT INTO clusters (project_id, label, suggested, reasons, conflicts, groups, ord)
        SELECT project_id, ?, suggested, '[]', '[]', '[]', ord FROM clusters WHERE id = ?`),
      clusterClaims: p(`
        SELECT cl.id, cl.text, a.source_group FROM claims cl JOIN articles a ON a.id = cl.article_id
        WHERE cl.cluster_id = ? ORDER BY cl.ord`),
      clusterConflicts: p('SELECT conflicts FROM clusters WHERE id = ?'),
      groupLabel: p('SELECT label FROM source_groups WHERE project_id = ? AND key = ?'),
      updCluster: p('UPDATE clusters SET label = ?, suggested = ?, reasons = ?, conflicts = ?, groups = ? WHERE id = ?'),
      delCluster: p('DELETE FROM clusters WHERE id = ?'),
      moves: p('SELECT article_hash, start, end, anchor_hash, anchor_start, anchor_end FROM claim_moves WHERE project_id = ? ORDER BY id'),
    };
  }

  projectOfCluster(clusterId: number): number {
    const r = this.s.clusterProject!.get(clusterId) as { project_id: number } | undefined;
    if (!r) throw new Error(`Claim cluster ${clusterId} does not exist.`);
    return r.project_id;
  }

  members(clusterId: number): MemberKey[] {
    return this.s.members!.all(clusterId) as MemberKey[];
  }

  private record(projectId: number, action: string, members: readonly MemberKey[], oldV: Verdict | null, newV: Verdict | null, note: string | null, undoes: number | null, reviewer: string): void {
    const keys: HistoryKey[] = members.map((m) => ({ hash: m.hash, start: m.start, end: m.end, oldVerdict: m.verdict, oldNote: m.note }));
    this.s.history!.run(projectId, action, JSON.stringify(keys), members[0]?.text ?? '', oldV, newV, note, undoes, reviewer, this.now());
  }

  /** Sets the reviewer verdict on every claim of the cluster, with one history row. */
  decide(clusterId: number, verdict: Verdict | null, reviewer: string): void {
    const projectId = this.projectOfCluster(clusterId);
    this.db.transaction(() => {
      const members = this.members(clusterId);
      if (members.length === 0) throw new Error(`Claim cluster ${clusterId} has no claims.`);
      const old = members.find((m) => m.verdict !== null)?.verdict ?? null;
      const t = this.now();
      for (const m of members) this.s.upsertVerdict!.run(projectId, m.hash, m.start, m.end, verdict, reviewer, t);
      this.record(projectId, 'verdict', members, old, verdict, null, null, reviewer);
      this.state.refresh([clusterId]);
    })();
  }

  note(clusterId: number, note: string, reviewer: string): void {
    const projectId = this.projectOfCluster(clusterId);
    const value = note.trim() === '' ? null : note;
    this.db.transaction(() => {
      const members = this.members(clusterId);
      if (members.length === 0) throw new Error(`Claim cluster ${clusterId} has no claims.`);
      const t = this.now();
      for (const m of members) this.s.upsertNote!.run(projectId, m.hash, m.start, m.end, value, reviewer, t);
      const v = members.find((m) => m.verdict !== null)?.verdict ?? null;
      this.record(projectId, 'note', members, v, v, value, null, reviewer);
      this.state.refresh([clusterId]);
    })();
  }

  /** Reverts the latest verdict or note not yet undone; returns the cluster it touched. */
  undo(projectId: number, reviewer: string): number | null {
    return this.db.transaction((): number | null => {
      const last = this.s.lastUndoable!.get(projectId) as HistoryRow | undefined;
      if (!last) return null;
      const keys = JSON.parse(last.claim_keys) as HistoryKey[];
      const t = this.now();
      let cluster: number | null = null;
      for (const k of keys) {
        const claim = this.s.claimByKey!.get(projectId, k.hash, k.start, k.end) as { id: number; cluster_id: number } | undefined;
        if (claim && cluster === null) cluster = claim.cluster_id;
        this.s.restore!.run(projectId, k.hash, k.start, k.end, k.oldVerdict, k.oldNote, reviewer, t);
      }
      const touched = keys.map((k) => this.state.clusterOfKey(projectId, k.hash, k.start, k.end)).filter((c): c is number => c !== null);
      this.state.refresh(touched);
      const text = cluster !== null ? (this.members(cluster)[0]?.text ?? '') : '';
      const restored = keys[0]?.oldVerdict ?? null;
      this.s.history!.run(projectId, 'undo', last.claim_keys, text, null, restored, null, last.id, reviewer, t);
      return cluster;
    })();
  }

  /** Moves a claim into another cluster now, and records the move so it survives re-analysis. */
  moveClaim(claimId: number, targetClusterId: number, reviewer: string): void {
    this.db.transaction(() => {
      const claim = this.claimInfo(claimId);
      const target = this.members(targetClusterId);
      const anchor = target[0];
      if (!anchor) throw new Error(`Claim cluster ${targetClusterId} does not exist or is empty.`);
      if (this.projectOfCluster(targetClusterId) !== claim.project_id) throw new Error('The claim and the cluster belong to different projects.');
      if (claim.cluster_id === targetClusterId) return;
      this.s.insMove!.run(claim.project_id, claim.hash, claim.start, claim.end, anchor.hash, anchor.start, anchor.end, this.now());
      this.s.setCluster!.run(targetClusterId, claimId);
      this.recompute(claim.project_id, claim.cluster_id);
      this.recompute(claim.project_id, targetClusterId);
      const m = this.members(targetClusterId).filter((x) => x.claimId === claimId);
      this.record(claim.project_id, 'move', m, null, null, null, null, reviewer);
    })();
  }

  /** Splits the given claims off into a new cluster; returns its id. */
  split(clusterId: number, claimIds: readonly number[], reviewer: string): number {
    return this.db.transaction((): number => {
      const members = this.members(clusterId);
      const moving = members.filter((m) => claimIds.includes(m.claimId));
      if (moving.length !== claimIds.length) throw new Error('Every claim to split off must belong to the cluster.');
      if (moving.length === members.length) throw new Error('Splitting off every claim would leave the cluster empty.');
      const projectId = this.projectOfCluster(clusterId);
      const first = moving[0]!;
      const info = this.s.newCluster!.run(first.text, clusterId);
      const fresh = Number(info.lastInsertRowid);
      const t = this.now();
      for (const m of moving) {
        this.s.insMove!.run(projectId, m.hash, m.start, m.end, first.hash, first.start, first.end, t);
        this.s.setCluster!.run(fresh, m.claimId);
      }
      this.recompute(projectId, clusterId);
      this.recompute(projectId, fresh);
      this.record(projectId, 'split', moving, null, null, null, null, reviewer);
      return fresh;
    })();
  }

  moves(projectId: number): Array<{ claim: { hash: string; start: number; end: number }; anchor: { hash: string; start: number; end: number } }> {
    const rows = this.s.moves!.all(projectId) as Array<{ article_hash: string; start: number; end: number; anchor_hash: string; anchor_start: number; anchor_end: number }>;
    return rows.map((r) => ({
      claim: { hash: r.article_hash, start: r.start, end: r.end },
      anchor: { hash: r.anchor_hash, start: r.anchor_start, end: r.anchor_end },
    }));
  }

  private claimInfo(claimId: number): { project_id: number; cluster_id: number; start: number; end: number; hash: string } {
    const c = this.s.claimInfo!.get(claimId) as { project_id: number; cluster_id: number; start: number; end: number; hash: string } | undefined;
    if (!c) throw new Error(`Claim ${claimId} does not exist.`);
    return c;
  }

  /** After a manual regroup: source groups, surviving conflicts and the suggestion, from the members. */
  private recompute(projectId: number, clusterId: number): void {
    const claims = this.s.clusterClaims!.all(clusterId) as Array<{ id: number; text: string; source_group: string | null }>;
    if (claims.length === 0) {
      this.s.delCluster!.run(clusterId);
      return;
    }
    const ids = new Set(claims.map((c) => c.id));
    const raw = (this.s.clusterConflicts!.get(clusterId) as { conflicts: string }).conflicts;
    const conflicts = (JSON.parse(raw) as ConflictView[]).filter((k) => ids.has(k.a.claimId) && ids.has(k.b.claimId));
    const groups = [...new Set(claims.map((c) => c.source_group).filter((g): g is string => g !== null))];
    const label = (g: string): string => (this.s.groupLabel!.get(projectId, g) as { label: string } | undefined)?.label ?? g;
    const reasons = ['regrouped by the reviewer'];
    let suggested: Verdict;
    if (conflicts.length > 0) {
      suggested = 'contradicted';
      reasons.push(...conflicts.map((k) => k.reason));
    } else if (groups.length >= 2) {
      suggested = 'corroborated';
      reasons.push(`${groups.length} independent source groups: ${groups.map(label).join(', ')}`);
    } else {
      suggested = 'single-sourced';
      reasons.push(`only one source group: ${groups[0] ? label(groups[0]) : 'unknown'}`);
    }
    this.s.updCluster!.run(claims[0]!.text, suggested, JSON.stringify(reasons), JSON.stringify(conflicts), JSON.stringify(groups), clusterId);
    this.state.refresh([clusterId]);
  }
}
