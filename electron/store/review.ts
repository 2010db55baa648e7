// Reviewer rows keyed by stable keys: decisions (verdict and note per claim) and
// claim moves, plus resolving what a reviewer names (a cluster reference, a claim
// key) to the rows that hold it now. The undoable, history-writing actions are
// composed from these in electron/services/actions/.
import type { Database, Statement } from 'better-sqlite3';
import { ServiceError, STALE_CLUSTER } from '../../shared/api/errors';
import type { ClusterRef } from '../../shared/api/types';
import type { Verdict } from '../../shared/types';
import type { KeyState } from './changes';
import type { StoredKey } from './keys';

export interface MemberKey extends StoredKey {
  claimId: number;
  text: string;
  verdict: Verdict | null;
  note: string | null;
}

type Stmt = Statement<unknown[]>;

export class ReviewRepo {
  private readonly s: Record<string, Stmt>;

  constructor(db: Database, private readonly now: () => string) {
    const p = (sql: string): Stmt => db.prepare(sql);
    this.s = {
      members: p(`
        SELECT cl.id AS claimId, a.hash, cl.start, cl.end, cl.text, d.verdict, d.note
        FROM claims cl JOIN articles a ON a.id = cl.article_id
        LEFT JOIN decisions d ON d.project_id = cl.project_id AND d.article_hash = a.hash AND d.start = cl.start AND d.end = cl.end
        WHERE cl.cluster_id = ? ORDER BY cl.ord`),
      cluster: p('SELECT id, project_id, key FROM clusters WHERE id = ?'),
      clusterByKey: p('SELECT id FROM clusters WHERE project_id = ? AND key = ?'),
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
      claimByKey: p(`
        SELECT cl.id, cl.cluster_id, cl.text FROM claims cl JOIN articles a ON a.id = cl.article_id
        WHERE cl.project_id = ? AND a.hash = ? AND cl.start = ? AND cl.end = ?`),
      insMove: p(`
        INSERT INTO claim_moves (project_id, article_hash, start, end, anchor_hash, anchor_start, anchor_end, at, action_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      delMoves: p('DELETE FROM claim_moves WHERE action_id = ?'),
      decision: p('SELECT verdict, note FROM decisions WHERE project_id = ? AND article_hash = ? AND start = ? AND end = ?'),
    };
  }

  /**
   * The cluster a reviewer named, if it still has the members they saw. A cluster
   * whose key changed (a re-analysis, a move by another client) is refused as stale:
   * never a decision on claims the reviewer did not see.
   */
  resolveCluster(ref: ClusterRef): { id: number; projectId: number } {
    const r = this.s.cluster!.get(ref.id) as { id: number; project_id: number; key: string } | undefined;
    if (!r || r.key !== ref.key) throw new ServiceError('stale', STALE_CLUSTER);
    return { id: r.id, projectId: r.project_id };
  }

  /** The current id of the cluster with this key, if it exists. */
  clusterIdByKey(projectId: number, key: string): number | null {
    return (this.s.clusterByKey!.get(projectId, key) as { id: number } | undefined)?.id ?? null;
  }

  members(clusterId: number): MemberKey[] {
    return this.s.members!.all(clusterId) as MemberKey[];
  }

  /** The claim holding this key now, if the analysis still has it. */
  claimByKey(projectId: number, key: StoredKey): { id: number; clusterId: number; text: string } | null {
    const r = this.s.claimByKey!.get(projectId, key.hash, key.start, key.end) as { id: number; cluster_id: number; text: string } | undefined;
    return r ? { id: r.id, clusterId: r.cluster_id, text: r.text } : null;
  }

  stateOf(projectId: number, key: StoredKey): KeyState {
    const d = this.s.decision!.get(projectId, key.hash, key.start, key.end) as { verdict: Verdict | null; note: string | null } | undefined;
    return { key: { hash: key.hash, start: key.start, end: key.end }, verdict: d?.verdict ?? null, note: d?.note ?? null };
  }

  setVerdict(projectId: number, keys: readonly StoredKey[], verdict: Verdict | null, reviewer: string): void {
    const t = this.now();
    for (const k of keys) this.s.upsertVerdict!.run(projectId, k.hash, k.start, k.end, verdict, reviewer, t);
  }

  setNote(projectId: number, keys: readonly StoredKey[], note: string | null, reviewer: string): void {
    const t = this.now();
    for (const k of keys) this.s.upsertNote!.run(projectId, k.hash, k.start, k.end, note, reviewer, t);
  }

  restore(projectId: number, states: readonly KeyState[], reviewer: string): void {
    const t = this.now();
    for (const st of states) this.s.restore!.run(projectId, st.key.hash, st.key.start, st.key.end, st.verdict, st.note, reviewer, t);
  }

  /** Records "this claim belongs with that anchor claim" (the anchor itself for a split). */
  addMove(projectId: number, claim: StoredKey, anchor: StoredKey, actionId: number): void {
    this.s.insMove!.run(projectId, claim.hash, claim.start, claim.end, anchor.hash, anchor.start, anchor.end, this.now(), actionId);
  }

  removeMoves(actionId: number): void {
    this.s.delMoves!.run(actionId);
  }
}
