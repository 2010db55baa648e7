// Articles: the stored originals (bytes and decoded text), user corrections, and the
// rows the engine reads back.
import type { Database, Statement } from 'better-sqlite3';
import { ServiceError } from '../../shared/api/errors';
import type { ArticleDetail, ArticleError, ArticleRow, DecodeNote, TextEncodingName } from '../../shared/api/types';
import type { ArticleFormat, ArticleInput, Block, QuoteKind, StageName } from '../../shared/types';

interface Row {
  id: number;
  project_id: number;
  hash: string;
  engine_id: string;
  file_name: string;
  encoding: TextEncodingName;
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
  decode_notes: string;
  position: number;
  added_at: string;
  claim_count: number;
  quote_count: number;
  errors: string;
}

const SELECT = `
  SELECT a.id, a.project_id, a.hash, a.engine_id, a.file_name, a.encoding, a.raw, a.text, a.format, a.title, a.outlet,
    a.outlet_override, a.published, a.published_override, a.source_group, a.blocks, a.decode_notes, a.position, a.added_at,
    g.label AS group_label,
    (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id) AS claim_count,
    (SELECT COUNT(*) FROM quotes q LEFT JOIN quote_corrections qc ON qc.project_id = a.project_id AND qc.article_hash = a.hash
       AND qc.start = q.start AND qc.end = q.end
     WHERE q.article_id = a.id AND (qc.kind IS NULL OR qc.kind <> 'not-a-quote')) AS quote_count,
    (SELECT json_group_array(json_object('stage', e.stage, 'message', e.message)) FROM analysis_errors e WHERE e.article_id = a.id) AS errors
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
    encoding: r.encoding,
    notes: JSON.parse(r.decode_notes) as DecodeNote[],
    errors: (JSON.parse(r.errors) as Array<{ stage: StageName; message: string }>).map((e): ArticleError => ({ stage: e.stage, message: e.message })),
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
  encoding: TextEncodingName;
  /** the decoded text: the engine's input */
  raw: string;
  /** the file's bytes as read, so the text can be decoded again with another encoding */
  original: Uint8Array;
  notes: DecodeNote[];
}

interface QuoteMark {
  id: number;
  kind: QuoteKind;
  speaker: string | null;
  start: number;
  end: number;
  ckind: 'speaker' | 'no-speaker' | 'not-a-quote' | null;
  cspeaker: string | null;
}

export class ArticlesRepo {
  private readonly listStmt: Statement<[number], Row>;
  private readonly getStmt: Statement<[number], Row>;
  private readonly hashesStmt: Statement<[number], { hash: string; engine_id: string }>;
  private readonly inputsStmt: Statement<[number], Row>;
  private readonly maxPosStmt: Statement<[number], { pos: number | null }>;
  private readonly insertStmt: Statement<unknown[]>;
  private readonly overrideStmt: Statement<[string | null, string | null, number]>;
  private readonly deleteStmt: Statement<[number]>;
  private readonly originalStmt: Statement<[number], { original: Buffer | null; raw: string; file_name: string; project_id: number }>;
  private readonly redecodeStmt: Statement<unknown[]>;
  private readonly claimsStmt: Statement<[number], { id: number; cluster_id: number; start: number; end: number }>;
  private readonly quotesStmt: Statement<[number], QuoteMark>;
  private readonly groupsStmt: Statement<[number], { key: string; label: string; reason: string }>;
  private readonly mentionsStmt: Statement<[number], { entity_id: number; start: number; end: number }>;
  private readonly errorsStmt: Statement<[number], { stage: StageName; message: string }>;

  constructor(private readonly db: Database, private readonly now: () => string) {
    this.listStmt = db.prepare(`${SELECT} WHERE a.project_id = ? ORDER BY a.position`);
    this.getStmt = db.prepare(`${SELECT} WHERE a.id = ?`);
    this.hashesStmt = db.prepare('SELECT hash, engine_id FROM articles WHERE project_id = ?');
    this.inputsStmt = db.prepare(`${SELECT} WHERE a.project_id = ? ORDER BY a.position`);
    this.maxPosStmt = db.prepare('SELECT MAX(position) AS pos FROM articles WHERE project_id = ?');
    this.insertStmt = db.prepare(
      `INSERT INTO articles (project_id, hash, engine_id, file_name, encoding, raw, text, format, position, added_at, original, decode_notes)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'text', ?, ?, ?, ?)`,
    );
    this.overrideStmt = db.prepare('UPDATE articles SET outlet_override = ?, published_override = ? WHERE id = ?');
    this.deleteStmt = db.prepare('DELETE FROM articles WHERE id = ?');
    this.originalStmt = db.prepare('SELECT original, raw, file_name, project_id FROM articles WHERE id = ?');
    this.redecodeStmt = db.prepare('UPDATE articles SET hash = ?, encoding = ?, raw = ?, text = ?, decode_notes = ? WHERE id = ?');
    this.claimsStmt = db.prepare('SELECT id, cluster_id, start, end FROM claims WHERE article_id = ? ORDER BY start');
    this.quotesStmt = db.prepare(`
      SELECT q.id, q.kind, q.speaker, q.start, q.end, qc.kind AS ckind, qc.speaker AS cspeaker
      FROM quotes q JOIN articles a ON a.id = q.article_id
      LEFT JOIN quote_corrections qc ON qc.project_id = a.project_id AND qc.article_hash = a.hash AND qc.start = q.start AND qc.end = q.end
      WHERE q.article_id = ? ORDER BY q.start`);
    this.groupsStmt = db.prepare('SELECT key, label, reason FROM source_groups WHERE project_id = ? ORDER BY id');
    this.mentionsStmt = db.prepare('SELECT entity_id, start, end FROM mentions WHERE article_id = ? ORDER BY start');
    this.errorsStmt = db.prepare('SELECT stage, message FROM analysis_errors WHERE project_id = ? AND article_id IS NULL ORDER BY id');
  }

  list(projectId: number): ArticleRow[] {
    return this.listStmt.all(projectId).map(toRow);
  }

  row(articleId: number): ArticleRow {
    return toRow(this.mustGet(articleId));
  }

  private mustGet(articleId: number): Row {
    const r = this.getStmt.get(articleId);
    if (!r) throw new ServiceError('not-found', `Article ${articleId} does not exist (it may have been removed).`);
    return r;
  }

  detail(articleId: number): ArticleDetail {
    const r = this.mustGet(articleId);
    const quotes = this.quotesStmt
      .all(articleId)
      .filter((q) => q.ckind !== 'not-a-quote')
      .map((q) => ({
        id: q.id,
        kind: q.kind,
        speaker: q.ckind === 'no-speaker' ? null : q.ckind === 'speaker' ? q.cspeaker : q.speaker,
        start: q.start,
        end: q.end,
        corrected: q.ckind !== null,
      }));
    return {
      ...toRow(r),
      text: r.text,
      blocks: JSON.parse(r.blocks) as Block[],
      claims: this.claimsStmt.all(articleId).map((c) => ({ id: c.id, clusterId: c.cluster_id, start: c.start, end: c.end })),
      quotes,
      mentions: this.mentionsStmt.all(articleId).map((m) => ({ entityId: m.entity_id, start: m.start, end: m.end })),
    };
  }

  /** Stages that failed for the whole project (comparing articles), not for one article. */
  projectErrors(projectId: number): ArticleError[] {
    return this.errorsStmt.all(projectId);
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

  /** Inserts new articles; call inside the job's write transaction. Returns engine id -> row id. */
  insert(projectId: number, articles: readonly NewArticle[]): Map<string, number> {
    let pos = this.maxPosStmt.get(projectId)?.pos ?? -1;
    const ids = new Map<string, number>();
    const t = this.now();
    for (const a of articles) {
      pos += 1;
      const info = this.insertStmt.run(projectId, a.hash, a.engineId, a.fileName, a.encoding, a.raw, a.raw, pos, t, Buffer.from(a.original), JSON.stringify(a.notes));
      ids.set(a.engineId, Number(info.lastInsertRowid));
    }
    return ids;
  }

  /** The bytes the article was decoded from (articles of schema 1 kept only text: its UTF-8). */
  original(articleId: number): { projectId: number; fileName: string; bytes: Uint8Array } {
    const r = this.originalStmt.get(articleId);
    if (!r) throw new ServiceError('not-found', `Article ${articleId} does not exist (it may have been removed).`);
    return { projectId: r.project_id, fileName: r.file_name, bytes: r.original ? new Uint8Array(r.original) : new TextEncoder().encode(r.raw) };
  }

  /**
   * Replaces the decoded text (and so the hash, the article's identity); call inside the
   * job's write. Reviewer work on spans whose words are the same at the same offsets in
   * the new text moves to the new hash; the rest stays under the old one (the history
   * keeps it all).
   */
  redecode(articleId: number, hash: string, encoding: TextEncodingName, text: string, notes: readonly DecodeNote[]): void {
    const before = this.db.prepare('SELECT project_id, hash, raw FROM articles WHERE id = ?').get(articleId) as { project_id: number; hash: string; raw: string } | undefined;
    if (!before) throw new ServiceError('not-found', `Article ${articleId} does not exist (it may have been removed).`);
    this.redecodeStmt.run(hash, encoding, text, text, JSON.stringify(notes), articleId);
    if (before.hash === hash) return;
    const same = 'substr(@old, start + 1, end - start) = substr(@new, start + 1, end - start)';
    const args = { p: before.project_id, from: before.hash, to: hash, old: before.raw, new: text };
    for (const table of ['decisions', 'quote_corrections', 'claim_moves']) {
      this.db.prepare(`UPDATE ${table} SET article_hash = @to WHERE project_id = @p AND article_hash = @from AND ${same}`).run(args);
    }
    this.db
      .prepare(`UPDATE claim_moves SET anchor_hash = @to WHERE project_id = @p AND anchor_hash = @from
        AND substr(@old, anchor_start + 1, anchor_end - anchor_start) = substr(@new, anchor_start + 1, anchor_end - anchor_start)`)
      .run(args);
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
