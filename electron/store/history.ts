// The append-only history of reviewer actions (review_actions) and the claims each
// touched (review_action_claims). Triggers refuse updates and deletes.
import type { Database, Statement } from 'better-sqlite3';
import type { ActionEntry, ActionKind, HistoryEntry } from '../../shared/api/types';
import { describeChange, historyEntry, isHistoryAction, type ActionRecord, type Change } from './changes';
import { toSpanKey, type StoredKey } from './keys';

interface Row {
  id: number;
  project_id: number;
  kind: ActionKind;
  subject: string;
  change: string;
  undoes: number | null;
  reviewer: string;
  at: string;
  undone?: number;
}

function toRecord(r: Row): ActionRecord {
  return { id: r.id, projectId: r.project_id, kind: r.kind, subject: r.subject, change: JSON.parse(r.change) as Change, undoes: r.undoes, reviewer: r.reviewer, at: r.at };
}

type Stmt = Statement<unknown[]>;

export class HistoryRepo {
  private readonly s: Record<string, Stmt>;

  constructor(db: Database, private readonly now: () => string) {
    const p = (sql: string): Stmt => db.prepare(sql);
    this.s = {
      insert: p('INSERT INTO review_actions (project_id, kind, subject, change, undoes, reviewer, at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      claim: p('INSERT INTO review_action_claims (action_id, project_id, article_hash, start, end) VALUES (?, ?, ?, ?, ?)'),
      // the latest action nobody undid yet; undos themselves and schema-1 moves are not undone
      latest: p(`SELECT h.* FROM review_actions h
        WHERE h.project_id = ? AND h.kind <> 'undo' AND json_extract(h.change, '$.legacy') IS NULL
          AND NOT EXISTS (SELECT 1 FROM review_actions u WHERE u.undoes = h.id)
        ORDER BY h.id DESC LIMIT 1`),
      claims: p('SELECT article_hash AS hash, start, end FROM review_action_claims WHERE action_id = ? ORDER BY rowid'),
      list: p(`SELECT h.*, EXISTS (SELECT 1 FROM review_actions u WHERE u.undoes = h.id) AS undone FROM review_actions h
        WHERE h.project_id = ? AND h.id < ? ORDER BY h.id DESC LIMIT ?`),
      cluster: p(`SELECT DISTINCT h.* FROM claims cl
        JOIN articles a ON a.id = cl.article_id
        JOIN review_action_claims k ON k.project_id = cl.project_id AND k.article_hash = a.hash AND k.start = cl.start AND k.end = cl.end
        JOIN review_actions h ON h.id = k.action_id
        WHERE cl.cluster_id = ? AND h.kind IN ('verdict', 'note', 'move', 'split', 'undo')
        ORDER BY h.id DESC`),
      count: p('SELECT COUNT(*) AS n FROM review_actions WHERE project_id = ?'),
    };
  }

  /** Appends one action with the claims it touched; returns its id. */
  append(projectId: number, change: Change, subject: string, claims: readonly StoredKey[], reviewer: string, undoes: number | null = null): number {
    const info = this.s.insert!.run(projectId, change.kind, subject, JSON.stringify(change), undoes, reviewer, this.now());
    const id = Number(info.lastInsertRowid);
    for (const k of claims) this.s.claim!.run(id, projectId, k.hash, k.start, k.end);
    return id;
  }

  latestUndoable(projectId: number): ActionRecord | null {
    const r = this.s.latest!.get(projectId) as Row | undefined;
    return r ? toRecord(r) : null;
  }

  claimsOf(actionId: number): StoredKey[] {
    return this.s.claims!.all(actionId) as StoredKey[];
  }

  /** The project history, newest first; `before` pages back by id. */
  list(projectId: number, limit: number, before: number | null): ActionEntry[] {
    const rows = this.s.list!.all(projectId, before ?? Number.MAX_SAFE_INTEGER, limit) as Row[];
    return rows.map((r) => {
      const rec = toRecord(r);
      const c = rec.change;
      const claims = this.claimsOf(r.id).map(toSpanKey);
      const target: ActionEntry['target'] =
        c.kind === 'quote'
          ? { kind: 'quote', quote: toSpanKey(c.quote) }
          : c.kind.startsWith('names-') && 'tags' in c
            ? { kind: 'names', spellings: c.tags.map((t) => t.spelling) }
            : { kind: 'claims', claims };
      return {
        id: rec.id,
        at: rec.at,
        reviewer: rec.reviewer,
        kind: rec.kind,
        subject: rec.subject,
        summary: describeChange(c),
        target,
        undone: r.undone === 1,
        undid: c.kind === 'undo' ? c.undid : null,
      };
    });
  }

  /** A cluster's history: the cluster actions on any of its current member claims. */
  forCluster(clusterId: number): HistoryEntry[] {
    return (this.s.cluster!.all(clusterId) as Row[])
      .map(toRecord)
      .filter((r) => isHistoryAction(r.kind) && (r.change.kind !== 'undo' || isHistoryAction(r.change.undid)))
      .map(historyEntry);
  }

  count(projectId: number): number {
    return (this.s.count!.get(projectId) as { n: number }).n;
  }
}
