// Articles: the stored originals, user corrections, and the rows the engine reads back.
import type { Database, Statement } from 'better-sqlite3';
import type { ArticleDetail, ArticleRow } from '../../shared/api/types';
import type { ArticleFormat, ArticleInput, Block, QuoteKind } from '../../shared/types';

interface Row {
  id: number;
  project_id: number;
  hash: string;
  engine_id: string;
  file_name: string;
  raw: string;
  text: string;
  format: ArticleFormat;
  title: string | null;
  outlet: string | null;
  outlet_override: string | null;
  published: string | null;
  published_override: string | null;
  source_group: string | null;
  group_label: string | null;
  blocks: string;
  position: number;
  added_at: string;
  claim_count: number;
  quote_count: number;
}

const SELECT = `
  SELECT a.*, g.label AS group_label,
    (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id) AS claim_count,
    (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS quote_count
  FROM articles a
  LEFT JOIN source_groups g ON g.project_id = a.project_id AND g.key = a.source_group`;

function toRow(r: Row): ArticleRow {
  return {
    id: r.id,
    projectId: r.project_id,
    hash: r.hash,
    fileName: r.file_name,
    format: r.format,
    title: r.title,
    outlet: r.outlet_override ?? r.outlet,
    outletOverridden: r.outlet_override !== null,
    published: r.published_override ?? r.published,
    publishedOverridden: r.published_override !== null,
    sourceGroup: r.source_group,
    sourceGroupLabel: r.group_label,
    position: r.position,
    addedAt: r.added_at,
    claimCount: r.claim_count,
    quoteCount: r.quote_count,
  };
}

/** An article as the engine and the writer see it. */
export interface StoredArticle {
  id: number;
  hash: string;
  input: ArticleInput;
}

export interface NewArticle {
  hash: string;
  engineId: string;
  fileName: string;
  encoding: string;
  raw: string;
}

export class ArticlesRepo {
  private readonly listStmt: Statement<[number], Row>;
  private readonly getStmt: Statement<[number], Row>;
  private readonly hashesStmt: Statement<[number], { hash: string; engine_id: string }>;
  private readonly inputsStmt: Statement<[number], Row>;
  private readonly maxPosStmt: Statement<[number], { pos: number | null }>;
  private readonly insertStmt: Statement<[number, string, string, string, string, string, string, number, string]>;
  private readonly overrideStmt: Statement<[string | null, string | null, number]>;
  private readonly deleteStmt: Statement<[number]>;
  private readonly claimsStmt: Statement<[number], { id: number; cluster_id: number; start: number; end: number }>;
  private readonly quotesStmt: Statement<[number], { id: number; kind: QuoteKind; speaker: string | null; start: number; end: number }>;
  private readonly groupsStmt: Statement<[number], { key: string; label: string; reason: string }>;
  private readonly mentionsStmt: Statement<[number], { entity_id: number; start: number; end: number }>;

  constructor(private readonly db: Database, private readonly now: () => string) {
    this.listStmt = db.prepare(`${SELECT} WHERE a.project_id = ? ORDER BY a.position`);
    this.getStmt = db.prepare(`${SELECT} WHERE a.id = ?`);
    this.hashesStmt = db.prepare('SELECT hash, engine_id FROM articles WHERE project_id = ?');
    this.inputsStmt = db.prepare(`${SELECT} WHERE a.project_id = ? ORDER BY a.position`);
    this.maxPosStmt = db.prepare('SELECT MAX(position) AS pos FROM articles WHERE project_id = ?');
    this.insertStmt = db.prepare(
      `INSERT INTO articles (project_id, hash, engine_id, file_name, encoding, raw, text, format, position, added_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'text', ?, ?)`,
    );
    this.overrideStmt = db.prepare('UPDATE articles SET outlet_override = ?, published_override = ? WHERE id = ?');
    this.deleteStmt = db.prepare('DELETE FROM articles WHERE id = ?');
    this.claimsStmt = db.prepare('SELECT id, cluster_id, start, end FROM claims WHERE article_id = ? ORDER BY start');
    this.quotesStmt = db.prepare('SELECT id, kind, speaker, start, end FROM quotes WHERE article_id = ? ORDER BY start');
    this.groupsStmt = db.prepare('SELECT key, label, reason FROM source_groups WHERE project_id = ? ORDER BY id');
    this.mentionsStmt = db.prepare('SELECT entity_id, start, end FROM mentions WHERE article_id = ? ORDER BY start');
  }

  list(projectId: number): ArticleRow[] {
    return this.listStmt.all(projectId).map(toRow);
  }

  row(articleId: number): ArticleRow {
    return toRow(this.mustGet(articleId));
  }

  private mustGet(articleId: number): Row {
    const r = this.getStmt.get(articleId);
    if (!r) throw new Error(`Article ${articleId} does not exist.`);
    return r;
  }

  detail(articleId: number): ArticleDetail {
    const r = this.mustGet(articleId);
    return {
      ...toRow(r),
      text: r.text,
      blocks: JSON.parse(r.blocks) as Block[],
      claims: this.claimsStmt.all(articleId).map((c) => ({ id: c.id, clusterId: c.cluster_id, start: c.start, end: c.end })),
      quotes: this.quotesStmt.all(articleId),
      mentions: this.mentionsStmt.all(articleId).map((m) => ({ entityId: m.entity_id, start: m.start, end: m.end })),
    };
  }

  /** the project's source groups in engine order */
  groups(projectId: number): Array<{ key: string; label: string; reason: string }> {
    return this.groupsStmt.all(projectId);
  }

  projectOf(articleId: number): number {
    return this.mustGet(articleId).project_id;
  }

  /** hash -> engine id of every article already in the project */
  hashes(projectId: number): Map<string, string> {
    return new Map(this.hashesStmt.all(projectId).map((r) => [r.hash, r.engine_id]));
  }

  /** The engine's input for every stored article of the project, in position order. */
  inputs(projectId: number): StoredArticle[] {
    return this.inputsStmt.all(projectId).map((r) => ({
      id: r.id,
      hash: r.hash,
      input: {
        id: r.engine_id,
        file: r.file_name,
        text: r.raw,
        outletOverride: r.outlet_override,
        publishedOverride: r.published_override,
      },
    }));
  }

  /** Inserts new articles; call inside the writer's transaction. Returns engine id -> row id. */
  insert(projectId: number, articles: readonly NewArticle[]): Map<string, number> {
    let pos = this.maxPosStmt.get(projectId)?.pos ?? -1;
    const ids = new Map<string, number>();
    const t = this.now();
    for (const a of articles) {
      pos += 1;
      const info = this.insertStmt.run(projectId, a.hash, a.engineId, a.fileName, a.encoding, a.raw, a.raw, pos, t);
      ids.set(a.engineId, Number(info.lastInsertRowid));
    }
    return ids;
  }

  setOverrides(articleId: number, outlet: string | null, published: string | null): void {
    this.overrideStmt.run(outlet, published, articleId);
  }

  current(articleId: number): { outlet: string | null; published: string | null } {
    const r = this.mustGet(articleId);
    return { outlet: r.outlet_override, published: r.published_override };
  }

  remove(articleId: number): void {
    this.deleteStmt.run(articleId);
  }
}
