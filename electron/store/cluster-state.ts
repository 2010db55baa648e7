// Keeps the derived columns of clusters (counts, articles, the reviewer's verdict,
// disagreement between members, note) in step with claims and decisions.
// Called after every write that changes either.
import type { Database, Statement } from 'better-sqlite3';

const AGGREGATE = `
  SELECT cl.cluster_id AS cid, COUNT(*) AS n,
    '[' || group_concat(DISTINCT cl.article_id) || ']' AS arts,
    MAX(d.verdict) AS reviewed,
    (COUNT(d.verdict) > 0 AND (MIN(d.verdict) <> MAX(d.verdict) OR COUNT(d.verdict) < COUNT(*))) AS mixed,
    MAX(d.note) AS note
  FROM claims cl JOIN articles a ON a.id = cl.article_id
  LEFT JOIN decisions d ON d.project_id = cl.project_id AND d.article_hash = a.hash AND d.start = cl.start AND d.end = cl.end`;

const SET = `
  claim_count = s.n, article_ids = s.arts, reviewed = s.reviewed, mixed = s.mixed, note = s.note,
  conflict_count = json_array_length(clusters.conflicts), group_count = json_array_length(clusters.groups)`;

export class ClusterState {
  private readonly project: Statement<[number]>;
  private readonly one: Statement<[number]>;
  private readonly decided: Statement<[number, number]>;
  private readonly byKey: Statement<[number, string, number, number], { cluster_id: number }>;

  constructor(db: Database) {
    this.project = db.prepare(`UPDATE clusters SET ${SET} FROM (${AGGREGATE} WHERE cl.project_id = ? GROUP BY cl.cluster_id) AS s WHERE clusters.id = s.cid`);
    this.one = db.prepare(`UPDATE clusters SET ${SET} FROM (${AGGREGATE} WHERE cl.cluster_id = ? GROUP BY cl.cluster_id) AS s WHERE clusters.id = s.cid`);
    // After a fresh write only clusters holding decided claims differ from the defaults.
    this.decided = db.prepare(`UPDATE clusters SET ${SET} FROM (${AGGREGATE}
      WHERE cl.project_id = ? AND cl.cluster_id IN (
        SELECT x.cluster_id FROM decisions dd JOIN articles xa ON xa.project_id = dd.project_id AND xa.hash = dd.article_hash
        JOIN claims x ON x.article_id = xa.id AND x.start = dd.start AND x.end = dd.end WHERE dd.project_id = ?)
      GROUP BY cl.cluster_id) AS s WHERE clusters.id = s.cid`);
    this.byKey = db.prepare(`
      SELECT cl.cluster_id FROM claims cl JOIN articles a ON a.id = cl.article_id
      WHERE cl.project_id = ? AND a.hash = ? AND cl.start = ? AND cl.end = ?`);
  }

  refreshProject(projectId: number): void {
    this.project.run(projectId);
  }

  /** After the writer inserted clusters with their counts: fill in the reviewer state. */
  refreshDecided(projectId: number): void {
    this.decided.run(projectId, projectId);
  }

  refresh(clusterIds: Iterable<number>): void {
    for (const id of new Set(clusterIds)) this.one.run(id);
  }

  /** The cluster now holding the claim with this key, if it still exists. */
  clusterOfKey(projectId: number, hash: string, start: number, end: number): number | null {
    return this.byKey.get(projectId, hash, start, end)?.cluster_id ?? null;
  }
}
