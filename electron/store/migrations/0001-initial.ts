// 0001: the first schema. Engine output (articles' analysis, claims, clusters,
// quotes, entities) is replaced on every re-analysis; reviewer work (decisions,
// history, moves, name tags) is keyed by article hash + span so it survives that.
import type { Migration } from './types';

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE projects (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        is_demo INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        hash TEXT NOT NULL,
        engine_id TEXT NOT NULL,
        file_name TEXT NOT NULL,
        encoding TEXT NOT NULL,
        raw TEXT NOT NULL,
        text TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html')),
        title TEXT,
        outlet TEXT,
        outlet_override TEXT,
        published TEXT,
        published_override TEXT,
        source_group TEXT,
        blocks TEXT NOT NULL DEFAULT '[]',
        position INTEGER NOT NULL,
        added_at TEXT NOT NULL,
        UNIQUE (project_id, hash),
        UNIQUE (project_id, engine_id)
      ) STRICT;

      CREATE TABLE source_groups (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        label TEXT NOT NULL,
        reason TEXT NOT NULL,
        UNIQUE (project_id, key)
      ) STRICT;

      CREATE TABLE clusters (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        suggested TEXT NOT NULL CHECK (suggested IN ('corroborated', 'contradicted', 'single-sourced')),
        reasons TEXT NOT NULL,
        conflicts TEXT NOT NULL,
        groups TEXT NOT NULL,
        ord INTEGER NOT NULL,
        -- Derived from the member claims and their decisions (see cluster-state.ts), kept
        -- here so the queue of tens of thousands of clusters is one indexed read.
        claim_count INTEGER NOT NULL DEFAULT 0,
        group_count INTEGER NOT NULL DEFAULT 0,
        conflict_count INTEGER NOT NULL DEFAULT 0,
        article_ids TEXT NOT NULL DEFAULT '[]',
        reviewed TEXT CHECK (reviewed IN ('corroborated', 'contradicted', 'single-sourced')),
        mixed INTEGER NOT NULL DEFAULT 0,
        note TEXT
      ) STRICT;
      CREATE INDEX clusters_project ON clusters (project_id, ord);
      CREATE INDEX clusters_contested ON clusters (project_id, conflict_count DESC, group_count DESC, ord);
      CREATE INDEX clusters_reviewed ON clusters (project_id, reviewed);

      CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        claim_values TEXT NOT NULL,
        negated INTEGER NOT NULL,
        copied_from TEXT NOT NULL,
        ord INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX claims_cluster ON claims (cluster_id);
      CREATE INDEX claims_article ON claims (article_id, start);
      CREATE INDEX claims_project ON claims (project_id);

      -- Full-text search over claim text; rowid = claims.id.
      CREATE VIRTUAL TABLE claims_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');

      CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
        cue TEXT,
        speaker TEXT,
        mention_start INTEGER,
        mention_end INTEGER,
        mention_text TEXT
      ) STRICT;
      CREATE INDEX quotes_project ON quotes (project_id);

      CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
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
      CREATE INDEX entities_project ON entities (project_id, ord);

      CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL
      ) STRICT;
      CREATE INDEX mentions_entity ON mentions (entity_id);
      CREATE INDEX mentions_article ON mentions (article_id);

      -- Reviewer verdicts live on claims, keyed so they survive re-analysis.
      CREATE TABLE decisions (
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        article_hash TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        verdict TEXT CHECK (verdict IN ('corroborated', 'contradicted', 'single-sourced')),
        note TEXT,
        reviewer TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (project_id, article_hash, start, end)
      ) STRICT;

      -- Append-only: every verdict, note, undo, split and move, with who and when.
      CREATE TABLE decision_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        action TEXT NOT NULL CHECK (action IN ('verdict', 'note', 'undo', 'split', 'move')),
        claim_keys TEXT NOT NULL,
        claim_text TEXT NOT NULL,
        old_verdict TEXT,
        new_verdict TEXT,
        note TEXT,
        undoes INTEGER REFERENCES decision_history(id),
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX history_project ON decision_history (project_id, id);
      CREATE TRIGGER decision_history_no_update BEFORE UPDATE ON decision_history
        BEGIN SELECT RAISE(ABORT, 'decision history is append-only'); END;
      CREATE TRIGGER decision_history_no_delete BEFORE DELETE ON decision_history
        WHEN (SELECT COUNT(*) FROM projects WHERE id = OLD.project_id) > 0
        BEGIN SELECT RAISE(ABORT, 'decision history is append-only'); END;

      -- Reviewer corrections of the clustering: move a claim to the cluster of an anchor claim.
      CREATE TABLE claim_moves (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        article_hash TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        anchor_hash TEXT NOT NULL,
        anchor_start INTEGER NOT NULL,
        anchor_end INTEGER NOT NULL,
        at TEXT NOT NULL
      ) STRICT;

      -- The engine's entities before name tags, so a tag can be re-applied without re-running the engine.
      CREATE TABLE engine_entities (
        project_id INTEGER PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
        entities TEXT NOT NULL
      ) STRICT;

      -- Reviewer name tags (same person, different people, confirm, preferred spelling), as JSON constraints.
      CREATE TABLE name_tags (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
