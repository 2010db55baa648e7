// A database written by schema 1 opens under schema 2 with every piece of reviewer
// work intact: decisions, history (still undoable), moves, name tags, and the claims
// and clusters they refer to.
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashText } from '../../shared/engine/ingest';
import { migrate, openStore } from '../../electron/store';
import { migration0001 } from '../../electron/store/migrations/0001-initial';
import { undoLatest } from '../../electron/services/actions';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const TEXT = 'The ferry resumed on Monday. The harbour master said 40 boats were safe. Officials met in Port Ellis.';

function schemaOneDatabase(file: string): { hash: string } {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db, [migration0001]);
  const hash = hashText(TEXT);
  const t = '2025-01-01T00:00:00.000Z';
  db.exec(`
    INSERT INTO projects (id, name, created_at, updated_at) VALUES (1, 'Old project', '${t}', '${t}');
    INSERT INTO articles (id, project_id, hash, engine_id, file_name, encoding, raw, text, format, position, added_at)
      VALUES (1, 1, '${hash}', 'ferry', 'ferry.txt', 'utf-8', '${TEXT}', '${TEXT}', 'text', 0, '${t}');
    INSERT INTO source_groups (project_id, key, label, reason) VALUES (1, 'g1', 'Harbour Post', 'same outlet');
    INSERT INTO clusters (id, project_id, label, suggested, reasons, conflicts, groups, ord, claim_count, group_count, article_ids, reviewed)
      VALUES (1, 1, 'The ferry resumed on Monday.', 'single-sourced', '["one group"]', '[]', '["g1"]', 0, 2, 1, '[1]', 'corroborated'),
             (2, 1, 'Officials met in Port Ellis.', 'single-sourced', '["one group"]', '[]', '["g1"]', 1, 1, 1, '[1]', NULL);
    INSERT INTO claims (id, project_id, article_id, cluster_id, start, end, text, sentence_start, sentence_end, claim_values, negated, copied_from, ord)
      VALUES (1, 1, 1, 1, 0, 28, 'The ferry resumed on Monday.', 0, 28, '[]', 0, '[]', 0),
             (2, 1, 1, 1, 29, 72, 'The harbour master said 40 boats were safe.', 29, 72, '[]', 0, '[]', 1),
             (3, 1, 1, 2, 73, 101, 'Officials met in Port Ellis.', 73, 101, '[]', 0, '[]', 2);
    INSERT INTO claims_fts (rowid, text) VALUES (1, 'The ferry resumed on Monday.'), (2, 'The harbour master said 40 boats were safe.'), (3, 'Officials met in Port Ellis.');
    INSERT INTO decisions (project_id, article_hash, start, end, verdict, note, reviewer, updated_at)
      VALUES (1, '${hash}', 0, 28, 'corroborated', NULL, 'Ana', '${t}'), (1, '${hash}', 29, 72, 'corroborated', NULL, 'Ana', '${t}');
    INSERT INTO decision_history (project_id, action, claim_keys, claim_text, old_verdict, new_verdict, note, undoes, reviewer, at)
      VALUES (1, 'verdict', '[{"hash":"${hash}","start":0,"end":28,"oldVerdict":null,"oldNote":null},{"hash":"${hash}","start":29,"end":72,"oldVerdict":null,"oldNote":null}]',
        'The ferry resumed on Monday.', NULL, 'corroborated', NULL, NULL, 'Ana', '${t}'),
             (1, 'move', '[{"hash":"${hash}","start":73,"end":101,"oldVerdict":null,"oldNote":null}]', 'Officials met in Port Ellis.', NULL, NULL, NULL, NULL, 'Ana', '${t}');
    INSERT INTO claim_moves (project_id, article_hash, start, end, anchor_hash, anchor_start, anchor_end, at)
      VALUES (1, '${hash}', 73, 101, '${hash}', 73, 101, '${t}');
    INSERT INTO name_tags (project_id, tag, reviewer, at) VALUES (1, '{"kind":"preferred-spelling","spelling":"Ellis Harbour Board"}', 'Ana', '${t}');
  `);
  db.close();
  return { hash };
}

describe('migration 0002 on a schema-1 database', () => {
  it('keeps decisions, history, moves and tags, gives clusters keys, and leaves the undo working', () => {
    const file = path.join(tempDir(), 'old.sqlite');
    const { hash } = schemaOneDatabase(file);
    const store = openStore(file);
    expect(store.db.pragma('user_version', { simple: true })).toBe(2);
    const list = store.clusters.list({ projectId: 1 });
    expect(list.items.map((c) => [c.id, c.label, c.reviewed])).toEqual([
      [1, 'The ferry resumed on Monday.', 'corroborated'],
      [2, 'Officials met in Port Ellis.', null],
    ]);
    for (const c of list.items) expect(c.key).toMatch(/^[0-9a-f]{32}$/);
    const detail = store.clusters.detail(1);
    expect(detail.claims.map((c) => c.key)).toEqual([
      { articleHash: hash, start: 0, end: 28 },
      { articleHash: hash, start: 29, end: 72 },
    ]);
    expect(detail.history.map((h) => [h.action, h.newVerdict, h.reviewer])).toEqual([['verdict', 'corroborated', 'Ana']]);
    expect(store.clusters.detail(2).history.map((h) => h.action)).toEqual(['move']);
    // search still finds the claims (the index was rebuilt with the table)
    expect(store.clusters.list({ projectId: 1, search: 'harbour boats' }).items.map((c) => c.id)).toEqual([1]);
    expect(store.people.tags(1).map((t) => [t.tag, t.actionId !== null])).toEqual([[{ kind: 'preferred-spelling', spelling: 'Ellis Harbour Board' }, true]]);
    expect(store.clusterRows.moves(1)).toHaveLength(1);
    // the newest undoable action is the name tag (given a history row), then the schema-1 verdict; the old move is shown, not undone
    expect(undoLatest(store, 1, 'Ben')?.kind).toBe('names-prefer');
    expect(store.people.tags(1)).toEqual([]);
    expect(undoLatest(store, 1, 'Ben')?.kind).toBe('verdict');
    expect(store.clusters.row(1).reviewed).toBeNull();
    expect(undoLatest(store, 1, 'Ben')).toBeNull();
    store.close();
  });
});
