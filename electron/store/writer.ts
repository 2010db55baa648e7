// Writes one engine run for a project in the caller's write transaction (the job
// checks the project revision in the same transaction, so a stale snapshot can never
// land). The engine's output is replaced; the reviewer's moves are read here, inside
// the transaction, and re-applied, so a move made while the engine ran is not lost.
// Clusters and entities are diffed by key: unchanged ones keep their ids.
// Reviewer tables are never written here.
import type { Database, Statement } from 'better-sqlite3';
import type { Analysis, Entity } from '../../shared/types';
import type { ClusterState } from './cluster-state';
import { ClusterRows, keyIndex } from './cluster-rows';
import { writeTransaction } from './db';
import { entityKey, type StoredKey } from './keys';
import { regroup } from './regroup';

/** Entity as stored: the engine's entity after the reviewer's name tags. */
export type StoredEntity = Entity & { confirmed?: boolean; preferredBy?: string | null };

export interface StoredSpelling {
  spelling: string;
  articleIds: number[];
  sourceGroups: string[];
}

type Stmt = Statement<unknown[]>;

export class AnalysisWriter {
  private readonly s: Record<string, Stmt>;

  constructor(private readonly db: Database, private readonly state: ClusterState, private readonly rows: ClusterRows) {
    const p = (sql: string): Stmt => db.prepare(sql);
    this.s = {
      // the FTS rows go in one statement first: the per-row delete trigger then finds nothing to do
      delFts: p('DELETE FROM claims_fts WHERE rowid IN (SELECT id FROM claims WHERE project_id = ?)'),
      delClaims: p('DELETE FROM claims WHERE project_id = ?'),
      delQuotes: p('DELETE FROM quotes WHERE project_id = ?'),
      delGroups: p('DELETE FROM source_groups WHERE project_id = ?'),
      delEngineClusters: p('DELETE FROM engine_clusters WHERE project_id = ?'),
      delErrors: p('DELETE FROM analysis_errors WHERE project_id = ?'),
      updArticle: p(
        `UPDATE articles SET text = ?, format = ?, title = ?, outlet = ?, published = ?, source_group = ?, blocks = ?, detail = ?
         WHERE project_id = ? AND engine_id = ?`,
      ),
      insGroup: p('INSERT INTO source_groups (project_id, key, label, reason, detail) VALUES (?, ?, ?, ?, ?)'),
      insEngineCluster: p('INSERT INTO engine_clusters (project_id, engine_id, detail, ord) VALUES (?, ?, ?, ?)'),
      insClaim: p(
        `INSERT INTO claims (project_id, article_id, cluster_id, engine_id, engine_cluster, start, end, text, sentence_start, sentence_end,
           copied_from, detail, ord) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?)`,
      ),
      updCopied: p('UPDATE claims SET copied_from = ? WHERE id = ?'),
      // explicit, not by trigger: a trigger per row makes FTS5 indexing three times slower
      insFts: p('INSERT INTO claims_fts (rowid, text) VALUES (?, ?)'),
      insQuote: p(
        `INSERT INTO quotes (project_id, article_id, start, end, text, kind, cue, speaker, mention_start, mention_end, mention_text, detail)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insError: p('INSERT INTO analysis_errors (project_id, article_id, stage, message) VALUES (?, ?, ?, ?)'),
      entities: p('SELECT id, key FROM entities WHERE project_id = ?'),
      insEntity: p(
        `INSERT INTO entities (project_id, key, name, type, preferred, preferred_reason, preferred_by, spelling_conflict, confirmed,
           roles, spellings, ord) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      updEntity: p(
        `UPDATE entities SET name = ?, type = ?, preferred = ?, preferred_reason = ?, preferred_by = ?, spelling_conflict = ?, confirmed = ?,
           roles = ?, spellings = ?, ord = ? WHERE id = ?`,
      ),
      delEntity: p('DELETE FROM entities WHERE id = ?'),
      delMentions: p('DELETE FROM mentions WHERE entity_id IN (SELECT id FROM entities WHERE project_id = ?)'),
      insMention: p('INSERT INTO mentions (entity_id, article_id, start, end, text) VALUES (?, ?, ?, ?, ?)'),
      articles: p('SELECT id, engine_id, hash FROM articles WHERE project_id = ?'),
      bump: p('UPDATE projects SET revision = revision + 1, updated_at = ? WHERE id = ?'),
    };
  }

  private articleIndex(projectId: number): { id: (engineId: string) => number; hash: (engineId: string) => string } {
    const rows = this.s.articles!.all(projectId) as Array<{ id: number; engine_id: string; hash: string }>;
    const byEngine = new Map(rows.map((r) => [r.engine_id, r]));
    const get = (engineId: string) => {
      const r = byEngine.get(engineId);
      if (!r) throw new Error(`The analysis names an unknown article ${engineId}.`);
      return r;
    };
    return { id: (e) => get(e).id, hash: (e) => get(e).hash };
  }

  /**
   * Replaces the project's analysis. The articles must be stored already (the job
   * inserts new ones in the same transaction). Bumps the project revision.
   */
  write(projectId: number, analysis: Analysis, entities: readonly StoredEntity[], now: string): void {
    const s = this.s;
    writeTransaction(this.db, () => {
      // which claims each cluster held, so a changed cluster can continue the row it overlaps most
      const previous = this.rows.membership(projectId);
      for (const stmt of [s.delFts, s.delClaims, s.delQuotes, s.delGroups, s.delEngineClusters, s.delErrors]) stmt!.run(projectId);
      const art = this.articleIndex(projectId);
      for (const a of analysis.articles) {
        const { text, blocks, ...detail } = a;
        s.updArticle!.run(text, a.format, a.title, a.outlet, a.published, a.sourceGroup, JSON.stringify(blocks), JSON.stringify(detail), projectId, a.id);
      }
      const labels = new Map(analysis.articles.map((a) => [a.id, a.label]));
      for (const g of analysis.sourceGroups) s.insGroup!.run(projectId, g.id, g.label, g.reason, JSON.stringify(g));
      analysis.clusters.forEach((c, i) => s.insEngineCluster!.run(projectId, c.id, JSON.stringify(c), i));

      const keys = keyIndex(analysis.claims, art.hash);
      const keyOf = (id: string): StoredKey => keys.get(id) ?? { hash: '', start: 0, end: 0 };
      const claimById = new Map(analysis.claims.map((c) => [c.id, c]));
      const articleOf = (id: string): number | undefined => {
        const c = claimById.get(id);
        return c ? art.id(c.article) : undefined;
      };
      const regrouped = regroup(
        analysis.claims.map((c) => ({ key: keyOf(c.id), id: c.id, cluster: c.cluster, text: c.text, full: () => c })),
        analysis.clusters,
        analysis.sourceGroups,
        this.rows.moves(projectId),
        (id) => labels.get(id) ?? id,
      );
      const placement = this.rows.place(projectId, regrouped, keyOf, articleOf, previous);
      const clusterOf = new Map<string, number>();
      for (const p of placement.placed) for (const m of p.cluster.members) clusterOf.set(m, p.id);

      const claimRow = new Map<string, number>();
      analysis.claims.forEach((c, i) => {
        const cid = clusterOf.get(c.id);
        if (cid === undefined) throw new Error(`Claim ${c.id} was given no cluster.`);
        const info = s.insClaim!.run(projectId, art.id(c.article), cid, c.id, c.cluster, c.start, c.end, c.text, c.sentence.start, c.sentence.end, JSON.stringify(c), i);
        const rowId = Number(info.lastInsertRowid);
        claimRow.set(c.id, rowId);
        s.insFts!.run(rowId, c.text);
      });
      for (const c of analysis.claims) {
        if (c.copiedFrom.length === 0) continue;
        const ids = c.copiedFrom.map((x) => claimRow.get(x)).filter((x): x is number => x !== undefined);
        s.updCopied!.run(JSON.stringify(ids), claimRow.get(c.id));
      }
      this.rows.finish(placement, (id) => claimRow.get(id), (a) => art.id(a));

      for (const q of analysis.quotes) {
        const m = q.speakerMention;
        s.insQuote!.run(projectId, art.id(q.article), q.start, q.end, q.text, q.kind, q.cue, q.speaker, m?.start ?? null, m?.end ?? null, m?.text ?? null, JSON.stringify(q));
      }
      for (const e of analysis.errors) s.insError!.run(projectId, e.article === null ? null : art.id(e.article), e.stage, e.message);
      this.insertEntities(projectId, entities, art.id);
      this.state.refreshDecided(projectId);
      s.bump!.run(now, projectId);
    });
  }

  /** Rewrites only the entities (after a name tag); the rest of the analysis stays. */
  writeEntities(projectId: number, entities: readonly StoredEntity[]): void {
    writeTransaction(this.db, () => this.insertEntities(projectId, entities, this.articleIndex(projectId).id));
  }

  private insertEntities(projectId: number, entities: readonly StoredEntity[], aid: (engineId: string) => number): void {
    const s = this.s;
    s.delMentions!.run(projectId);
    const existing = new Map((s.entities!.all(projectId) as Array<{ id: number; key: string }>).map((r) => [r.key, r.id]));
    entities.forEach((e, i) => {
      const spellings: StoredSpelling[] = e.spellingDetails.map((d) => ({
        spelling: d.spelling,
        articleIds: d.articles.map(aid),
        sourceGroups: d.sourceGroups,
      }));
      const key = entityKey(projectId, spellings.map((x) => x.spelling));
      const values = [
        e.name, e.type, e.preferred.spelling, e.preferred.reason, e.preferredBy ?? null, e.spellingConflict ? 1 : 0, e.confirmed ? 1 : 0,
        JSON.stringify(e.roles), JSON.stringify(spellings), i,
      ];
      let eid = existing.get(key);
      if (eid !== undefined) {
        s.updEntity!.run(...values, eid);
        existing.delete(key);
      } else {
        eid = Number(s.insEntity!.run(projectId, key, ...values).lastInsertRowid);
      }
      for (const m of e.mentions) s.insMention!.run(eid, aid(m.article), m.start, m.end, m.text);
    });
    for (const id of existing.values()) s.delEntity!.run(id);
  }
}
