// Read side of the claim queue: filtered, sorted, paged cluster rows and one cluster's evidence.
import type { Database, Statement } from 'better-sqlite3';
import { ServiceError } from '../../shared/api/errors';
import type { ClaimEvidence, ClaimHit, ClaimKey, ClusterDetail, ClusterList, ClusterRow, ConflictView } from '../../shared/api/types';
import type { Claim, Verdict } from '../../shared/types';
import { readTransaction } from './db';
import type { HistoryRepo } from './history';

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
  key: string;
  label: string;
  suggested: Verdict;
  ord: number;
  claim_count: number;
  group_count: number;
  conflict_count: number;
  article_ids: string;
  reviewed: Verdict | null;
  mixed: number;
  note: string | null;
}

const COLUMNS = 'c.id, c.key, c.label, c.suggested, c.ord, c.claim_count, c.group_count, c.conflict_count, c.article_ids, c.reviewed, c.mixed, c.note';

/** Turns what a user types into a safe FTS5 query: every word must appear (prefix match). */
export function ftsQuery(input: string): string | null {
  const words = input.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.slice(0, 12).map((w) => `"${w}"*`).join(' ');
}

function toRow(r: RawRow): ClusterRow {
  return {
    id: r.id,
    key: r.key,
    label: r.label,
    suggested: r.suggested,
    reviewed: r.reviewed,
    mixed: r.mixed === 1,
    groupCount: r.group_count,
    claimCount: r.claim_count,
    articleIds: JSON.parse(r.article_ids) as number[],
    conflictCount: r.conflict_count,
    note: r.note,
    order: r.ord,
  };
}

export class ClustersRepo {
  private readonly cache = new Map<string, Statement<unknown[]>>();
  private readonly s: Record<string, Statement<unknown[]>>;

  constructor(private readonly db: Database, private readonly history: HistoryRepo) {
    const p = (sql: string): Statement<unknown[]> => db.prepare(sql);
    this.s = {
      one: p(`SELECT ${COLUMNS} FROM clusters c WHERE c.id = ?`),
      detail: p('SELECT project_id, reasons, conflicts, groups FROM clusters WHERE id = ?'),
      evidence: p(`
        SELECT cl.id, cl.article_id, a.title, a.file_name, COALESCE(a.outlet_override, a.outlet) AS outlet,
          COALESCE(a.published_override, a.published) AS published, a.source_group, g.label AS group_label,
          substr(a.text, cl.sentence_start + 1, cl.sentence_end - cl.sentence_start) AS sentence,
          cl.sentence_start, cl.start, cl.end, cl.text, cl.detail, cl.copied_from, d.verdict, a.hash
        FROM claims cl JOIN articles a ON a.id = cl.article_id
        LEFT JOIN source_groups g ON g.project_id = a.project_id AND g.key = a.source_group
        LEFT JOIN decisions d ON d.project_id = cl.project_id AND d.article_hash = a.hash AND d.start = cl.start AND d.end = cl.end
        WHERE cl.cluster_id = ? ORDER BY a.position, cl.start`),
      groups: p('SELECT key, label FROM source_groups WHERE project_id = ?'),
      groupArticles: p('SELECT id, source_group FROM articles WHERE project_id = ? ORDER BY position'),
      byClaim: p(`SELECT cl.cluster_id FROM claims cl JOIN articles a ON a.id = cl.article_id
        WHERE cl.project_id = ? AND a.hash = ? AND cl.start = ? AND cl.end = ?`),
      search: p(`SELECT cl.id, cl.text, cl.start, cl.end, cl.article_id, a.hash, a.title, COALESCE(a.outlet_override, a.outlet) AS outlet,
          c.id AS cluster_id, c.key AS cluster_key
        FROM claims cl JOIN articles a ON a.id = cl.article_id JOIN clusters c ON c.id = cl.cluster_id
        WHERE cl.project_id = @projectId AND cl.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH @fts)
        ORDER BY a.position, cl.start LIMIT @limit`),
      totals: p('SELECT COUNT(*) AS total, COUNT(reviewed) AS reviewed FROM clusters WHERE project_id = ?'),
      // the first matching claim of each listed cluster, so a search result shows why it matched
      matches: p(`SELECT x.cluster_id AS cluster, x.text FROM claims x
        WHERE x.cluster_id IN (SELECT value FROM json_each(@ids))
          AND x.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH @fts)
        ORDER BY x.cluster_id, x.article_id, x.start`),
    };
  }

  private prepared(sql: string): Statement<unknown[]> {
    let stmt = this.cache.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.cache.set(sql, stmt);
    }
    return stmt;
  }

  /** WHERE clause for a filter; only fixed fragments, values are bound parameters. */
  private where(filter: ClusterFilter, fts: string | null): string {
    const parts = ['c.project_id = @projectId'];
    if (filter.verdict) parts.push(filter.verdictSource === 'reviewed' ? 'c.reviewed = @verdict' : 'c.suggested = @verdict');
    if (filter.unreviewed) parts.push('c.reviewed IS NULL');
    if (filter.articleId) parts.push('c.id IN (SELECT x.cluster_id FROM claims x WHERE x.article_id = @articleId)');
    if (filter.entityId) {
      parts.push(`c.id IN (SELECT x.cluster_id FROM mentions m JOIN claims x ON x.article_id = m.article_id
        AND m.start < x.end AND m.end > x.start WHERE m.entity_id = @entityId)`);
    }
    if (fts) parts.push('c.id IN (SELECT x.cluster_id FROM claims x WHERE x.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH @fts))');
    return parts.join(' AND ');
  }

  list(filter: ClusterFilter): ClusterList {
    return readTransaction(this.db, () => this.readList(filter));
  }

  private readList(filter: ClusterFilter): ClusterList {
    const totals = this.s.totals!.get(filter.projectId) as { total: number; reviewed: number };
    const fts = filter.search ? ftsQuery(filter.search) : null;
    if (filter.search && !fts) return { items: [], total: 0, projectTotal: totals.total, reviewed: totals.reviewed };
    const params = { projectId: filter.projectId, verdict: filter.verdict, articleId: filter.articleId, entityId: filter.entityId, fts };
    const bound = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== null));
    const where = this.where(filter, fts);
    const order = filter.sort === 'contested' ? 'c.conflict_count DESC, c.group_count DESC, c.ord' : 'c.ord';
    const items = this.prepared(`SELECT ${COLUMNS} FROM clusters c WHERE ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
      .all({ ...bound, limit: filter.limit ?? 200, offset: filter.offset ?? 0 }) as RawRow[];
    const count = this.prepared(`SELECT COUNT(*) AS n FROM clusters c WHERE ${where}`).get(bound) as { n: number };
    const rows = items.map(toRow);
    if (fts && rows.length > 0) this.addMatches(rows, fts);
    return { items: rows, total: count.n, projectTotal: totals.total, reviewed: totals.reviewed };
  }

  private addMatches(rows: ClusterRow[], fts: string): void {
    const found = this.s.matches!.all({ ids: JSON.stringify(rows.map((r) => r.id)), fts }) as Array<{ cluster: number; text: string }>;
    const first = new Map<number, string>();
    for (const m of found) if (!first.has(m.cluster)) first.set(m.cluster, m.text);
    for (const r of rows) {
      const text = first.get(r.id);
      if (text !== undefined && text !== r.label) r.match = text;
    }
  }

  row(clusterId: number): ClusterRow {
    const r = this.s.one!.get(clusterId) as RawRow | undefined;
    if (!r) throw new ServiceError('not-found', `Claim cluster ${clusterId} does not exist (a re-analysis or another window may have changed it).`);
    return toRow(r);
  }

  /** The cluster holding this claim now, if the analysis still has the claim. */
  idOfClaim(projectId: number, key: ClaimKey): number | null {
    const r = this.s.byClaim!.get(projectId, key.articleHash, key.start, key.end) as { cluster_id: number } | undefined;
    return r?.cluster_id ?? null;
  }

  /** Claims whose words match, for choosing a claim to move another one next to. */
  searchClaims(projectId: number, text: string, limit: number): ClaimHit[] {
    const fts = ftsQuery(text);
    if (!fts) return [];
    type R = { id: number; text: string; start: number; end: number; article_id: number; hash: string; title: string | null; outlet: string | null; cluster_id: number; cluster_key: string };
    return (this.s.search!.all({ projectId, fts, limit }) as R[]).map((r) => ({
      claim: { articleHash: r.hash, start: r.start, end: r.end },
      text: r.text,
      cluster: { id: r.cluster_id, key: r.cluster_key },
      articleId: r.article_id,
      articleTitle: r.title,
      outlet: r.outlet,
    }));
  }

  /** One consistent read: another connection's commit cannot fall between its queries. */
  detail(clusterId: number): ClusterDetail {
    return readTransaction(this.db, () => this.readDetail(clusterId));
  }

  private readDetail(clusterId: number): ClusterDetail {
    const row = this.row(clusterId);
    const d = this.s.detail!.get(clusterId) as { project_id: number; reasons: string; conflicts: string; groups: string };
    const labels = new Map((this.s.groups!.all(d.project_id) as Array<{ key: string; label: string }>).map((g) => [g.key, g.label]));
    const groupKeys = JSON.parse(d.groups) as string[];
    const arts = this.s.groupArticles!.all(d.project_id) as Array<{ id: number; source_group: string | null }>;
    type Ev = {
      id: number; article_id: number; title: string | null; file_name: string; outlet: string | null; published: string | null;
      source_group: string | null; group_label: string | null; sentence: string; sentence_start: number; start: number; end: number;
      text: string; detail: string; copied_from: string; verdict: Verdict | null; hash: string;
    };
    const claims: ClaimEvidence[] = (this.s.evidence!.all(clusterId) as Ev[]).map((e) => ({
      id: e.id,
      key: { articleHash: e.hash, start: e.start, end: e.end },
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
      values: (JSON.parse(e.detail) as Claim).values,
      copiedFrom: JSON.parse(e.copied_from) as number[],
      reviewed: e.verdict,
    }));
    const history = this.history.forCluster(clusterId);
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
    if (!d) throw new ServiceError('not-found', `Claim cluster ${clusterId} does not exist (a re-analysis or another window may have changed it).`);
    return d.project_id;
  }
}
