// Writes one engine run for a project: new articles plus the full replacement of
// the engine's output, in ONE transaction, so a failure or a cancel leaves the
// previous state untouched. Reviewer tables are never written here.
import type { Database, Statement } from 'better-sqlite3';
import type { ConflictView } from '../../shared/api/types';
import type { Analysis, Entity } from '../../shared/types';
import type { ArticlesRepo, NewArticle } from './articles';
import type { ClusterState } from './cluster-state';

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

  constructor(private readonly db: Database, private readonly articles: ArticlesRepo, private readonly state: ClusterState) {
    const p = (sql: string): Stmt => db.prepare(sql);
    this.s = {
      delFts: p('DELETE FROM claims_fts WHERE rowid IN (SELECT id FROM claims WHERE project_id = ?)'),
      delClaims: p('DELETE FROM claims WHERE project_id = ?'),
      delClusters: p('DELETE FROM clusters WHERE project_id = ?'),
      delQuotes: p('DELETE FROM quotes WHERE project_id = ?'),
      delEntities: p('DELETE FROM entities WHERE project_id = ?'),
      delGroups: p('DELETE FROM source_groups WHERE project_id = ?'),
      updArticle: p(
        `UPDATE articles SET text = ?, format = ?, title = ?, outlet = ?, published = ?, source_group = ?, blocks = ?
         WHERE project_id = ? AND engine_id = ?`,
      ),
      insGroup: p('INSERT INTO source_groups (project_id, key, label, reason) VALUES (?, ?, ?, ?)'),
      insCluster: p(
        `INSERT INTO clusters (project_id, label, suggested, reasons, conflicts, groups, ord, claim_count, group_count, conflict_count, article_ids)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      updConflicts: p('UPDATE clusters SET conflicts = ? WHERE id = ?'),
      insClaim: p(
        `INSERT INTO claims (project_id, article_id, cluster_id, start, end, text, sentence_start, sentence_end,
           claim_values, negated, copied_from, ord) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?)`,
      ),
      updCopied: p('UPDATE claims SET copied_from = ? WHERE id = ?'),
      insFts: p('INSERT INTO claims_fts (rowid, text) VALUES (?, ?)'),
      insQuote: p(
        `INSERT INTO quotes (project_id, article_id, start, end, text, kind, cue, speaker, mention_start, mention_end, mention_text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insEntity: p(
        `INSERT INTO entities (project_id, name, type, preferred, preferred_reason, preferred_by, spelling_conflict, confirmed,
           roles, spellings, ord) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insMention: p('INSERT INTO mentions (entity_id, article_id, start, end, text) VALUES (?, ?, ?, ?, ?)'),
      articleIds: p('SELECT id, engine_id FROM articles WHERE project_id = ?'),
      touch: p('UPDATE projects SET updated_at = ? WHERE id = ?'),
    };
  }

  /** Replaces the project's analysis; inserts `added` articles first. Synchronous by design. */
  write(projectId: number, analysis: Analysis, entities: readonly StoredEntity[], added: readonly NewArticle[], now: string): void {
    const s = this.s;
    this.db.transaction(() => {
      this.articles.insert(projectId, added);
      for (const stmt of [s.delFts, s.delClaims, s.delClusters, s.delQuotes, s.delEntities, s.delGroups]) stmt!.run(projectId);
      const articleId = new Map<string, number>();
      for (const r of s.articleIds!.all(projectId) as Array<{ id: number; engine_id: string }>) articleId.set(r.engine_id, r.id);
      const aid = (engineId: string): number => {
        const id = articleId.get(engineId);
        if (id === undefined) throw new Error(`Analysis names an unknown article ${engineId}`);
        return id;
      };
      for (const a of analysis.articles) {
        s.updArticle!.run(a.text, a.format, a.title, a.outlet, a.published, a.sourceGroup, JSON.stringify(a.blocks), projectId, a.id);
      }
      for (const g of analysis.sourceGroups) s.insGroup!.run(projectId, g.id, g.label, g.reason);

      const claimById = new Map(analysis.claims.map((c) => [c.id, c]));
      const clusterId = new Map<string, number>();
      analysis.clusters.forEach((c, i) => {
        const first = claimById.get(c.claims[0] ?? '');
        const arts = [...new Set(c.claims.map((id) => aid(claimById.get(id)?.article ?? '')))].sort((x, y) => x - y);
        const info = s.insCluster!.run(
          projectId, first?.text ?? '', c.suggestedVerdict, JSON.stringify(c.reasons), '[]', JSON.stringify(c.sourceGroups), i,
          c.claims.length, c.sourceGroups.length, c.conflicts.length, JSON.stringify(arts),
        );
        clusterId.set(c.id, Number(info.lastInsertRowid));
      });
      const claimId = new Map<string, number>();
      analysis.claims.forEach((c, i) => {
        const cid = clusterId.get(c.cluster);
        if (cid === undefined) throw new Error(`Claim ${c.id} names an unknown cluster ${c.cluster}`);
        const info = s.insClaim!.run(
          projectId, aid(c.article), cid, c.start, c.end, c.text, c.sentence.start, c.sentence.end,
          JSON.stringify(c.values), c.negated ? 1 : 0, i,
        );
        const id = Number(info.lastInsertRowid);
        claimId.set(c.id, id);
        s.insFts!.run(id, c.text);
      });
      for (const c of analysis.claims) {
        if (c.copiedFrom.length === 0) continue;
        const ids = c.copiedFrom.map((x) => claimId.get(x)).filter((x): x is number => x !== undefined);
        s.updCopied!.run(JSON.stringify(ids), claimId.get(c.id));
      }
      for (const c of analysis.clusters) {
        if (c.conflicts.length === 0) continue;
        const views: ConflictView[] = c.conflicts.map((k) => ({
          kind: k.kind,
          reason: k.reason,
          a: { claimId: claimId.get(k.a.claim) ?? 0, articleId: aid(k.a.article), value: k.a.value, start: k.a.start, end: k.a.end },
          b: { claimId: claimId.get(k.b.claim) ?? 0, articleId: aid(k.b.article), value: k.b.value, start: k.b.start, end: k.b.end },
        }));
        s.updConflicts!.run(JSON.stringify(views), clusterId.get(c.id));
      }
      for (const q of analysis.quotes) {
        const m = q.speakerMention;
        s.insQuote!.run(projectId, aid(q.article), q.start, q.end, q.text, q.kind, q.cue, q.speaker, m?.start ?? null, m?.end ?? null, m?.text ?? null);
      }
      this.insertEntities(projectId, entities, aid);
      this.state.refreshDecided(projectId);
      s.touch!.run(now, projectId);
    })();
  }

  /** Rewrites only the entities (after a name tag); the rest of the analysis stays. */
  writeEntities(projectId: number, entities: readonly StoredEntity[]): void {
    this.db.transaction(() => {
      this.s.delEntities!.run(projectId);
      const articleId = new Map<string, number>();
      for (const r of this.s.articleIds!.all(projectId) as Array<{ id: number; engine_id: string }>) articleId.set(r.engine_id, r.id);
      this.insertEntities(projectId, entities, (engineId) => {
        const id = articleId.get(engineId);
        if (id === undefined) throw new Error(`Entity names an unknown article ${engineId}`);
        return id;
      });
    })();
  }

  private insertEntities(projectId: number, entities: readonly StoredEntity[], aid: (engineId: string) => number): void {
    const s = this.s;
    entities.forEach((e, i) => {
      const spellings: StoredSpelling[] = e.spellingDetails.map((d) => ({
        spelling: d.spelling,
        articleIds: d.articles.map(aid),
        sourceGroups: d.sourceGroups,
      }));
      const info = s.insEntity!.run(
        projectId, e.name, e.type, e.preferred.spelling, e.preferred.reason, e.preferredBy ?? null,
        e.spellingConflict ? 1 : 0, e.confirmed ? 1 : 0, JSON.stringify(e.roles), JSON.stringify(spellings), i,
      );
      const eid = Number(info.lastInsertRowid);
      for (const m of e.mentions) s.insMention!.run(eid, aid(m.article), m.start, m.end, m.text);
    });
  }
}
