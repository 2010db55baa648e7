// Read side of the claim queue: filtered, sorted, paged cluster rows and one cluster's evidence.
import type { Database, Statement } from 'better-sqlite3';
import type { ClaimEvidence, ClusterDetail, ClusterList, ClusterRow, ConflictView, HistoryEntry, HistoryAction } from '../../shared/api/types';
import type { ClaimValue, Verdict } from '../../shared/types';

export interface ClusterFilter {
  projectId: number;
  verdict?: Verdict | undefined;
  verdictSource?: 'suggested' | 'reviewed' | undefined;
  unreviewed?: boolean | undefined;
  articleId?: number | undefined;
  entityId?: number | undefined;
  search?: string | undefined;
  sort?: 'contested' | 'article' | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
}

interface RawRow {
  id: number;
  label: string;
  suggested: Verdict;
  groups: string;
  conflicts: string;
  ord: number;
  n: number;
  nrev: number;
  vmin: Verdict | null;
  vmax: Verdict | null;
  note: string | null;
  articles: string;
  conflict_count: number;
  group_count: number;
}

// Per-cluster aggregate of member claims and their reviewer decisions.
const BASE = `
  WITH cv AS (
    SELECT cl.cluster_id AS cid, COUNT(*) AS n, COUNT(d.verdict) AS nrev,
      MIN(d.verdict) AS vmin, MAX(d.verdict) AS vmax, MAX(d.note) AS note,
      json_group_array(DISTINCT cl.article_id) AS articles
    FROM claims cl JOIN articles a ON a.id = cl.article_id
    LEFT JOIN decisions d ON d.project_id = cl.project_id AND d.article_hash = a.hash AND d.start = cl.start AND d.end = cl.end
    WHERE cl.project_id = @projectId
    GROUP BY cl.cluster_id)
  SELECT c.id, c.label, c.suggested, c.groups, c.conflicts, c.ord, cv.n, cv.nrev, cv.vmin, cv.vmax, cv.note, cv.articles,
    json_array_length(c.conflicts) AS conflict_count, json_array_length(c.groups) AS group_count
  FROM clusters c JOIN cv ON cv.cid = c.id
  WHERE c.project_id = @projectId`;

/** Turns what a user types into a safe FTS5 query: every word must appear (prefix match). */
export function ftsQuery(input: string): string | null {
  const words = input.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.slice(0, 12).map((w) => `"${w}"*`).join(' ');
}

function toRow(r: RawRow): ClusterRow {
  return {
    id: r.id,
    label: r.label,
    suggested: r.suggested,
    reviewed: r.nrev > 0 ? r.vmax : null,
    mixed: r.nrev > 0 && (r.vmin !== r.vmax || r.nrev < r.n),
    groupCount: r.group_count,
    claimCount: r.n,
    articleIds: JSON.parse(r.articles) as number[],
    conflictCount: r.conflict_count,
    note: r.note,
    order: r.ord,
  };
}

export class ClustersRepo {
  private readonly cache = new Map<string, Statement<unknown[], RawRow>>();
  private readonly s: Record<string, Statement<unknown[]>>;

  constructor(private readonly db: Database) {
    const p = (sql: string): Statement<unknown[]> => db.prepare(sql);
    this.s = {
      one: p(`${BASE} AND c.id = @clusterId`),
      detail: p('SELECT project_id, reasons, conflicts, groups FROM clusters WHERE id = ?'),
      evidence: p(`
        SELECT cl.id, cl.article_id, a.title, a.file_name, COALESCE(a.outlet_override, a.outlet) AS outlet,
          COALESCE(a.published_override, a.published) AS published, a.source_group, g.label AS group_label,
          substr(a.text, cl.sentence_start + 1, cl.sentence_end - cl.sentence_start) AS sentence,
          cl.sentence_start, cl.start, cl.end, cl.text, cl.claim_values, cl.copied_from, d.verdict
        FROM claims cl JOIN articles a ON a.id = cl.article_id
        LEFT JOIN source_groups g ON g.project_id = a.project_id AND g.key = a.source_group
        LEFT JOIN decisions d ON d.project_id = cl.project_id AND d.article_hash = a.hash AND d.start = cl.start AND d.end = cl.end
        WHERE cl.cluster_id = ? ORDER BY a.position, cl.start`),
      groups: p('SELECT key, label FROM source_groups WHERE project_id = ?'),
      groupArticles: p('SELECT id, source_group FROM articles WHERE project_id = ? ORDER BY position'),
      history: p(`
        SELECT h.id, h.at, h.reviewer, h.action, h.old_verdict, h.new_verdict, h.note, h.claim_text
        FROM decision_history h
        WHERE h.project_id = ? AND EXISTS (
          SELECT 1 FROM json_each(h.claim_keys) k JOIN claims cl ON cl.cluster_id = ?
          JOIN articles a ON a.id = cl.article_id
          WHERE a.hash = json_extract(k.value, '$.hash') AND cl.start = json_extract(k.value, '$.start') AND cl.end = json_extract(k.value, '$.end'))
        ORDER BY h.id DESC`),
      totals: p(`${BASE}`),
    };
  }

  private statement(filter: ClusterFilter, fts: string | null): Statement<unknown[], RawRow> {
    const parts: string[] = [];
    if (filter.verdict) {
      parts.push(filter.verdictSource === 'reviewed' ? 'cv.nrev > 0 AND cv.vmax = @verdict' : 'c.suggested = @verdict');
    }
    if (filter.unreviewed) parts.push('cv.nrev = 0');
    if (filter.articleId) parts.push('EXISTS (SELECT 1 FROM claims x WHERE x.cluster_id = c.id AND x.article_id = @articleId)');
    if (filter.entityId) {
      parts.push(`EXISTS (SELECT 1 FROM claims x JOIN mentions m ON m.article_id = x.article_id
        WHERE x.cluster_id = c.id AND m.entity_id = @entityId AND m.start < x.end AND m.end > x.start)`);
    }
    if (fts) parts.push('c.id IN (SELECT x.cluster_id FROM claims x WHERE x.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH @fts))');
    const order = filter.sort === 'contested' ? 'conflict_count DESC, group_count DESC, c.ord' : 'c.ord';
    const sql = `${BASE}${parts.map((p) => ` AND ${p}`).join('')} ORDER BY ${order}`;
    let stmt = this.cache.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql) as Statement<unknown[], RawRow>;
      this.cache.set(sql, stmt);
    }
    return stmt;
  }

  list(filter: ClusterFilter): ClusterList {
    const fts = filter.search ? ftsQuery(filter.search) : null;
    const params = { projectId: filter.projectId, verdict: filter.verdict, articleId: filter.articleId, entityId: filter.entityId, fts };
    const bound = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== null));
    const matching = filter.search && !fts ? [] : this.statement(filter, fts).all(bound);
    const all = this.s.totals!.all({ projectId: filter.projectId }) as RawRow[];
    const offset = filter.offset ?? 0;
    const limit = filter.limit ?? 200;
    return {
      items: matching.slice(offset, offset + limit).map(toRow),
      total: matching.length,
      projectTotal: all.length,
      reviewed: all.filter((r) => r.nrev > 0).length,
    };
  }

  row(clusterId: number): ClusterRow {
    const d = this.s.detail!.get(clusterId) as { project_id: number } | undefined;
    if (!d) throw new Error(`Claim cluster ${clusterId} does not exist.`);
    const r = this.s.one!.get({ projectId: d.project_id, clusterId }) as RawRow | undefined;
    if (!r) throw new Error(`Claim cluster ${clusterId} has no claims.`);
    return toRow(r);
  }

  detail(clusterId: number): ClusterDetail {
    const row = this.row(clusterId);
    const d = this.s.detail!.get(clusterId) as { project_id: number; reasons: string; conflicts: string; groups: string };
    const labels = new Map((this.s.groups!.all(d.project_id) as Array<{ key: string; label: string }>).map((g) => [g.key, g.label]));
    const groupKeys = JSON.parse(d.groups) as string[];
    const arts = this.s.groupArticles!.all(d.project_id) as Array<{ id: number; source_group: string | null }>;
    type Ev = {
      id: number; article_id: number; title: string | null; file_name: string; outlet: string | null; published: string | null;
      source_group: string | null; group_label: string | null; sentence: string; sentence_start: number; start: number; end: number;
      text: string; claim_values: string; copied_from: string; verdict: Verdict | null;
    };
    const claims: ClaimEvidence[] = (this.s.evidence!.all(clusterId) as Ev[]).map((e) => ({
      id: e.id,
      articleId: e.article_id,
      articleTitle: e.title,
      fileName: e.file_name,
      outlet: e.outlet,
      published: e.published,
      sourceGroup: e.source_group,
      sourceGroupLabel: e.group_label,
      sentence: e.sentence,
      sentenceStart: e.sentence_start,
      start: e.start,
      end: e.end,
      text: e.text,
      values: JSON.parse(e.claim_values) as ClaimValue[],
      copiedFrom: JSON.parse(e.copied_from) as number[],
      reviewed: e.verdict,
    }));
    type H = { id: number; at: string; reviewer: string; action: HistoryAction; old_verdict: Verdict | null; new_verdict: Verdict | null; note: string | null; claim_text: string };
    const history: HistoryEntry[] = (this.s.history!.all(d.project_id, clusterId) as H[]).map((h) => ({
      id: h.id, at: h.at, reviewer: h.reviewer, action: h.action, oldVerdict: h.old_verdict, newVerdict: h.new_verdict, note: h.note, claimText: h.claim_text,
    }));
    return {
      row,
      reasons: JSON.parse(d.reasons) as string[],
      conflicts: JSON.parse(d.conflicts) as ConflictView[],
      claims,
      sourceGroups: groupKeys.map((k) => ({ id: k, label: labels.get(k) ?? k, articleIds: arts.filter((a) => a.source_group === k).map((a) => a.id) })),
      history,
    };
  }

  projectOf(clusterId: number): number {
    const d = this.s.detail!.get(clusterId) as { project_id: number } | undefined;
    if (!d) throw new Error(`Claim cluster ${clusterId} does not exist.`);
    return d.project_id;
  }
}
