// 0002: reviewer work that cannot be lost, misplaced or blocked.
//   - projects.revision: every analysis write checks the revision it read, so a stale
//     snapshot can never overwrite another writer's work; project_leases lets writers
//     wait for each other instead of analysing in vain.
//   - clusters, claims and entities never reuse an id (AUTOINCREMENT); clusters and
//     entities carry a key derived from their members, checked on every action.
//   - claims_fts follows claims by triggers (also on cascades), so deleting an article works.
//   - engine output is kept as JSON beside the columns the store queries, so new engine
//     fields need no schema change, and reviewer moves can be re-applied at any time.
//   - articles keep their original bytes and what the decoder noted; analysis errors per
//     article and stage are stored.
//   - one append-only history for every reviewer action (review_actions), replacing
//     decision_history; the claims each action touched are indexed for a cluster's history.
//   - quote corrections by stable key.
import type { Database } from 'better-sqlite3';
import { clusterKey, entityKey, type StoredKey } from '../keys';
import type { Migration } from './types';

type Row = Record<string, unknown>;

function rebuildClusters(db: Database): void {
  db.exec(`
    CREATE TABLE clusters_new (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      key TEXT NOT NULL,
      label TEXT NOT NULL,
      suggested TEXT NOT NULL CHECK (suggested IN ('corroborated', 'contradicted', 'single-sourced')),
      reasons TEXT NOT NULL,
      conflicts TEXT NOT NULL,
      groups TEXT NOT NULL,
      -- the reviewer's moves set this cluster's members (the engine's suggestion was redone for them)
      regrouped INTEGER NOT NULL DEFAULT 0,
      ord INTEGER NOT NULL,
      -- derived from the member claims and their decisions (cluster-state.ts), kept here so
      -- the queue of tens of thousands of clusters is one indexed read
      claim_count INTEGER NOT NULL DEFAULT 0,
      group_count INTEGER NOT NULL DEFAULT 0,
      conflict_count INTEGER NOT NULL DEFAULT 0,
      article_ids TEXT NOT NULL DEFAULT '[]',
      reviewed TEXT CHECK (reviewed IN ('corroborated', 'contradicted', 'single-sourced')),
      mixed INTEGER NOT NULL DEFAULT 0,
      note TEXT,
      UNIQUE (project_id, key)
    ) STRICT;

    CREATE TABLE claims_new (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
      -- the engine's id of the claim and of its cluster before reviewer moves, within the stored analysis
      engine_id TEXT NOT NULL,
      engine_cluster TEXT NOT NULL,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL,
      text TEXT NOT NULL,
      sentence_start INTEGER NOT NULL,
      sentence_end INTEGER NOT NULL,
      -- row ids of the claims this one is copied from (resolved from the engine's ids)
      copied_from TEXT NOT NULL DEFAULT '[]',
      -- the engine's Claim as JSON
      detail TEXT NOT NULL,
      ord INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE engine_clusters (
      project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      engine_id TEXT NOT NULL,
      -- the engine's Cluster as JSON, before reviewer moves
      detail TEXT NOT NULL,
      ord INTEGER NOT NULL,
      PRIMARY KEY (project_id, engine_id)
    ) STRICT;
  `);

  const clusters = db.prepare('SELECT * FROM clusters ORDER BY id').all() as Row[];
  const claims = db.prepare(`SELECT cl.*, a.hash, a.engine_id AS article_engine FROM claims cl JOIN articles a ON a.id = cl.article_id ORDER BY cl.id`).all() as Row[];
  const articleEngine = new Map((db.prepare('SELECT id, engine_id FROM articles').all() as Row[]).map((r) => [r.id as number, r.engine_id as string]));
  const members = new Map<number, Row[]>();
  for (const c of claims) {
    const list = members.get(c.cluster_id as number) ?? [];
    list.push(c);
    members.set(c.cluster_id as number, list);
  }
  const insCluster = db.prepare(`INSERT INTO clusters_new (id, project_id, key, label, suggested, reasons, conflicts, groups, ord,
    claim_count, group_count, conflict_count, article_ids, reviewed, mixed, note) VALUES (@id, @project_id, @key, @label, @suggested, @reasons,
    @conflicts, @groups, @ord, @claim_count, @group_count, @conflict_count, @article_ids, @reviewed, @mixed, @note)`);
  const insEngine = db.prepare('INSERT INTO engine_clusters (project_id, engine_id, detail, ord) VALUES (?, ?, ?, ?)');
  const insClaim = db.prepare(`INSERT INTO claims_new (id, project_id, article_id, cluster_id, engine_id, engine_cluster, start, end, text,
    sentence_start, sentence_end, copied_from, detail, ord) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const c of clusters) {
    const own = members.get(c.id as number) ?? [];
    if (own.length === 0) continue;
    const keys: StoredKey[] = own.map((m) => ({ hash: m.hash as string, start: m.start as number, end: m.end as number }));
    insCluster.run({ ...c, key: clusterKey(c.project_id as number, keys) });
    type View = { kind: string; reason: string; a: { claimId: number; articleId: number; value: string; start: number; end: number }; b: View['a'] };
    const side = (s: View['a']) => ({ claim: `c${s.claimId}`, article: articleEngine.get(s.articleId) ?? '', value: s.value, start: s.start, end: s.end });
    const conflicts = (JSON.parse(c.conflicts as string) as View[]).map((k) => ({ kind: k.kind, reason: k.reason, a: side(k.a), b: side(k.b) }));
    const engine = {
      id: `k${String(c.id)}`,
      claims: own.map((m) => `c${String(m.id)}`),
      suggestedVerdict: c.suggested,
      reasons: JSON.parse(c.reasons as string) as unknown,
      sourceGroups: JSON.parse(c.groups as string) as unknown,
      conflicts,
    };
    insEngine.run(c.project_id, engine.id, JSON.stringify(engine), c.ord);
  }
  for (const m of claims) {
    const copied = JSON.parse(m.copied_from as string) as number[];
    const detail = {
      id: `c${String(m.id)}`,
      article: m.article_engine,
      text: m.text,
      start: m.start,
      end: m.end,
      cluster: `k${String(m.cluster_id)}`,
      sentence: { start: m.sentence_start, end: m.sentence_end },
      values: JSON.parse(m.claim_values as string) as unknown,
      negated: m.negated === 1,
      quotes: [],
      copiedFrom: copied.map((id) => `c${id}`),
    };
    insClaim.run(m.id, m.project_id, m.article_id, m.cluster_id, detail.id, detail.cluster, m.start, m.end, m.text, m.sentence_start,
      m.sentence_end, m.copied_from, JSON.stringify(detail), m.ord);
  }
  db.exec(`
    DROP TABLE claims;
    DROP TABLE clusters;
    ALTER TABLE clusters_new RENAME TO clusters;
    ALTER TABLE claims_new RENAME TO claims;
    CREATE INDEX clusters_project ON clusters (project_id, ord);
    CREATE INDEX clusters_contested ON clusters (project_id, conflict_count DESC, group_count DESC, ord);
    CREATE INDEX clusters_reviewed ON clusters (project_id, reviewed);
    CREATE INDEX claims_cluster ON claims (cluster_id);
    CREATE INDEX claims_article ON claims (article_id, start);
    CREATE INDEX claims_project ON claims (project_id);
    CREATE INDEX claims_engine_cluster ON claims (project_id, engine_cluster);

    -- A deleted claim leaves the index, also when an article's deletion cascades to it
    -- (writers add the index rows themselves: an insert trigger makes FTS5 three times slower).
    DELETE FROM claims_fts;
    INSERT INTO claims_fts (rowid, text) SELECT id, text FROM claims;
    CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
      DELETE FROM claims_fts WHERE rowid = old.id;
    END;
  `);
}

function rebuildEntities(db: Database): void {
  db.exec(`
    CREATE TABLE entities_new (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      key TEXT NOT NULL,
      name TEXT NOT NULL,
      type TEXT NOT NULL CHECK (type IN ('person', 'organisation')),
      preferred TEXT NOT NULL,
      preferred_reason TEXT NOT NULL,
      preferred_by TEXT,
      spelling_conflict INTEGER NOT NULL,
      confirmed INTEGER NOT NULL,
      roles TEXT NOT NULL,
      spellings TEXT NOT NULL,
      ord INTEGER NOT NULL
    ) STRICT;
  `);
  const ins = db.prepare(`INSERT INTO entities_new (id, project_id, key, name, type, preferred, preferred_reason, preferred_by,
    spelling_conflict, confirmed, roles, spellings, ord) VALUES (@id, @project_id, @key, @name, @type, @preferred, @preferred_reason,
    @preferred_by, @spelling_conflict, @confirmed, @roles, @spellings, @ord)`);
  for (const e of db.prepare('SELECT * FROM entities ORDER BY id').all() as Row[]) {
    const spellings = (JSON.parse(e.spellings as string) as Array<{ spelling: string }>).map((s) => s.spelling);
    ins.run({ ...e, key: entityKey(e.project_id as number, spellings) });
  }
  db.exec(`
    DROP TABLE entities;
    ALTER TABLE entities_new RENAME TO entities;
    CREATE INDEX entities_project ON entities (project_id, ord);
  `);
}

function reviewActions(db: Database): void {
  db.exec(`
    -- Append-only: every reviewer action (verdict, note, move, split, name tags, quote
    -- corrections) and every undo, with who and when. \`change\` is the action's typed
    -- record (electron/store/actions/): what was done and what an undo restores.
    CREATE TABLE review_actions (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      kind TEXT NOT NULL,
      subject TEXT NOT NULL,
      change TEXT NOT NULL,
      undoes INTEGER REFERENCES review_actions(id),
      reviewer TEXT NOT NULL,
      at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX review_actions_project ON review_actions (project_id, id);
    -- an action is undone at most once, whoever tries
    CREATE UNIQUE INDEX review_actions_undone ON review_actions (undoes) WHERE undoes IS NOT NULL;

    -- the claims an action touched, by stable key, for a cluster's history
    CREATE TABLE review_action_claims (
      action_id INTEGER NOT NULL REFERENCES review_actions(id) ON DELETE CASCADE,
      project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      article_hash TEXT NOT NULL,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX review_action_claims_key ON review_action_claims (project_id, article_hash, start, end);
    CREATE INDEX review_action_claims_action ON review_action_claims (action_id);

    CREATE TRIGGER review_actions_no_update BEFORE UPDATE ON review_actions
      BEGIN SELECT RAISE(ABORT, 'review history is append-only'); END;
    CREATE TRIGGER review_actions_no_delete BEFORE DELETE ON review_actions
      WHEN (SELECT COUNT(*) FROM projects WHERE id = OLD.project_id) > 0
      BEGIN SELECT RAISE(ABORT, 'review history is append-only'); END;
    CREATE TRIGGER review_action_claims_no_update BEFORE UPDATE ON review_action_claims
      BEGIN SELECT RAISE(ABORT, 'review history is append-only'); END;
    CREATE TRIGGER review_action_claims_no_delete BEFORE DELETE ON review_action_claims
      WHEN (SELECT COUNT(*) FROM projects WHERE id = OLD.project_id) > 0
      BEGIN SELECT RAISE(ABORT, 'review history is append-only'); END;
  `);
  const old = db.prepare('SELECT * FROM decision_history ORDER BY id').all() as Row[];
  const ins = db.prepare('INSERT INTO review_actions (id, project_id, kind, subject, change, undoes, reviewer, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const key = db.prepare('INSERT INTO review_action_claims (action_id, project_id, article_hash, start, end) VALUES (?, ?, ?, ?, ?)');
  for (const h of old) {
    type K = { hash: string; start: number; end: number; oldVerdict: string | null; oldNote: string | null };
    const keys = JSON.parse(h.claim_keys as string) as K[];
    const before = keys.map((k) => ({ key: { hash: k.hash, start: k.start, end: k.end }, verdict: k.oldVerdict, note: k.oldNote }));
    let change: unknown;
    switch (h.action) {
      case 'verdict':
        change = { kind: 'verdict', before, oldVerdict: h.old_verdict, verdict: h.new_verdict };
        break;
      case 'note':
        change = { kind: 'note', before, verdict: h.new_verdict, note: h.note };
        break;
      case 'undo': {
        const undone = old.find((x) => x.id === h.undoes);
        change = { kind: 'undo', undid: undone?.action ?? 'verdict', restoredVerdict: h.new_verdict, restoredNote: null };
        break;
      }
      default:
        // moves and splits of schema 1 recorded no link to their move rows: shown, not undoable
        change = { kind: h.action, legacy: true };
    }
    ins.run(h.id, h.project_id, h.action, h.claim_text, JSON.stringify(change), h.undoes, h.reviewer, h.at);
    for (const k of keys) key.run(h.id, h.project_id, k.hash, k.start, k.end);
  }
  db.exec(`
    DROP TRIGGER decision_history_no_update;
    DROP TRIGGER decision_history_no_delete;
    DROP TABLE decision_history;
  `);
}

function nameTagActions(db: Database): void {
  // Name tags of schema 1 had no history row; give each one, so they show and can be undone.
  db.exec('ALTER TABLE name_tags ADD COLUMN action_id INTEGER REFERENCES review_actions(id)');
  const tags = db.prepare('SELECT id, project_id, tag, reviewer, at FROM name_tags ORDER BY id').all() as Row[];
  const ins = db.prepare('INSERT INTO review_actions (project_id, kind, subject, change, reviewer, at) VALUES (?, ?, ?, ?, ?, ?)');
  const link = db.prepare('UPDATE name_tags SET action_id = ? WHERE id = ?');
  const kindOf: Record<string, string> = {
    'same-person': 'names-merge',
    'different-people': 'names-split',
    confirm: 'names-confirm',
    'preferred-spelling': 'names-prefer',
  };
  for (const t of tags) {
    const tag = JSON.parse(t.tag as string) as { kind: string; spelling: string };
    const kind = kindOf[tag.kind] ?? 'names-confirm';
    const info = ins.run(t.project_id, kind, tag.spelling, JSON.stringify({ kind, tags: [tag] }), t.reviewer, t.at);
    link.run(Number(info.lastInsertRowid), t.id);
  }
}

export const migration0002: Migration = {
  version: 2,
  name: 'stable-review',
  up(db) {
    db.exec(`
      ALTER TABLE projects ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE articles ADD COLUMN original BLOB;
      ALTER TABLE articles ADD COLUMN decode_notes TEXT NOT NULL DEFAULT '[]';
      -- the engine's AnalysedArticle as JSON (without text and blocks, which have columns)
      ALTER TABLE articles ADD COLUMN detail TEXT NOT NULL DEFAULT 'null';
      ALTER TABLE source_groups ADD COLUMN detail TEXT NOT NULL DEFAULT 'null';
      ALTER TABLE quotes ADD COLUMN detail TEXT NOT NULL DEFAULT 'null';
      CREATE INDEX quotes_article ON quotes (article_id, start);

      CREATE TABLE analysis_errors (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        -- null: a stage that compares articles failed for the whole project
        article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
        stage TEXT NOT NULL,
        message TEXT NOT NULL
      ) STRICT;
      CREATE INDEX analysis_errors_project ON analysis_errors (project_id, article_id);

      -- One analysing writer per project at a time; others wait (with a visible message).
      -- A lease whose holder stopped renewing it, or whose process is gone, can be taken over.
      CREATE TABLE project_leases (
        project_id INTEGER PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
        owner TEXT NOT NULL,
        pid INTEGER NOT NULL,
        host TEXT NOT NULL,
        label TEXT NOT NULL,
        acquired_at INTEGER NOT NULL,
        renewed_at INTEGER NOT NULL
      ) STRICT;

      -- Reviewer corrections of quotes, by stable key (article hash + quote span).
      CREATE TABLE quote_corrections (
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        article_hash TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('speaker', 'no-speaker', 'not-a-quote')),
        -- for 'speaker': the name to show, and a spelling that finds the entity again after re-analysis
        speaker TEXT,
        spelling TEXT,
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (project_id, article_hash, start, end)
      ) STRICT;
    `);
    rebuildClusters(db);
    rebuildEntities(db);
    reviewActions(db);
    db.exec('ALTER TABLE claim_moves ADD COLUMN action_id INTEGER REFERENCES review_actions(id)');
    nameTagActions(db);
  },
};
