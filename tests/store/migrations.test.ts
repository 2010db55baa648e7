import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, NewerDatabaseError, openDatabase } from '../../electron/store';
import { MIGRATIONS, SCHEMA_VERSION } from '../../electron/store/migrations';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

describe('migrations', () => {
  it('bring an empty database to the latest version with WAL, foreign keys and STRICT tables', () => {
    const db = openDatabase(path.join(tempDir(), 'a.sqlite'));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'claims_fts%'").all() as Array<{ name: string; sql: string }>;
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['projects', 'articles', 'quotes', 'claims', 'clusters', 'entities', 'mentions', 'decisions', 'review_actions', 'review_action_claims', 'quote_corrections', 'project_leases']),
    );
    for (const t of tables) expect(t.sql, t.name).toMatch(/\) STRICT$/);
    db.close();
  });

  it('are idempotent: reopening applies nothing twice', () => {
    const file = path.join(tempDir(), 'b.sqlite');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(migrate(db)).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuse a database written by a newer version and leave it unchanged', () => {
    const file = path.join(tempDir(), 'c.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(NewerDatabaseError);
    expect(() => openDatabase(file)).toThrow(/newer version of Corroborate/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 5);
    expect(check.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({ n: 0 });
    check.close();
  });

  it('apply all pending migrations in one transaction: a failing step leaves version and schema as they were', () => {
    const db = new Database(':memory:');
    const broken = [
      ...MIGRATIONS,
      { version: SCHEMA_VERSION + 1, name: 'ok', up: (d: Database.Database) => d.exec('CREATE TABLE extra (x INTEGER) STRICT') },
      { version: SCHEMA_VERSION + 2, name: 'fails', up: (d: Database.Database) => d.exec('CREATE TABLE nope (') },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name IN ('projects', 'extra')").get()).toEqual({ n: 0 });
    db.close();
  });

  it('creates the FTS5 index, its delete trigger and the append-only history triggers', () => {
    const db = openDatabase(':memory:');
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')").all() as Array<{ name: string }>).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['claims_fts', 'claims_fts_delete', 'review_actions_no_update', 'review_actions_no_delete']));
    expect(names).not.toContain('decision_history');
    db.close();
  });
});
