// Opens the database, sets the pragmas every connection needs, brings the schema up
// to date, and runs transactions the one way this store allows:
//   - every write is BEGIN IMMEDIATE: the write lock is taken at the start, so SQLite's
//     busy_timeout applies while another writer holds it (a DEFERRED transaction that
//     upgrades to a write fails at once with SQLITE_BUSY, busy_timeout or not);
//   - a write that still finds the database locked is retried a few times, then refused
//     with one clear line; nothing half-written is ever left behind.
import { existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { ServiceError } from '../../shared/api/errors';
import { MIGRATIONS, type Migration } from './migrations';

export class NewerDatabaseError extends Error {
  constructor(found: number, supported: number) {
    super(
      `This database was written by a newer version of Corroborate (schema ${found}; this version understands up to ${supported}). ` +
        'Update Corroborate to open it; the file was not changed.',
    );
    this.name = 'NewerDatabaseError';
  }
}

/** How long one attempt waits for another writer's lock (SQLite busy_timeout). */
export const BUSY_TIMEOUT_MS = 4000;
/** Attempts of one write before it is refused as busy. */
export const WRITE_ATTEMPTS = 3;

export const BUSY_MESSAGE = 'The database stayed locked by another Corroborate (a window, the host or the CLI) that is saving; nothing was changed. Try again.';

function latestVersion(migrations: readonly Migration[]): number {
  return migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;
}

/**
 * Applies every pending migration in one transaction: all or none. Foreign keys are
 * off while tables are rebuilt (SQLite's documented procedure) and checked before commit.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = latestVersion(migrations);
  if (current > latest) throw new NewerDatabaseError(current, latest);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  const fk = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const m of pending) {
        m.up(db);
        db.pragma(`user_version = ${m.version}`);
      }
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new Error(`Migration left ${broken.length} broken references; nothing was changed.`);
    }).immediate();
  } finally {
    if (fk) db.pragma('foreign_keys = ON');
  }
  return latest;
}

function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

const pause = new Int32Array(new SharedArrayBuffer(4));
/** A synchronous sleep: transaction bodies are synchronous, so the retry is too. */
export function sleepSync(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}

/**
 * Runs `fn` in an IMMEDIATE transaction, retrying when the lock cannot be had. Nested
 * calls become savepoints of the outer transaction (which already holds the lock).
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  if (db.inTransaction) return db.transaction(fn)();
  for (let attempt = 1; ; attempt++) {
    try {
      return db.transaction(fn).immediate();
    } catch (err) {
      if (!isBusy(err)) throw err;
      if (attempt >= WRITE_ATTEMPTS) throw new ServiceError('busy', BUSY_MESSAGE);
      sleepSync(50 * attempt);
    }
  }
}

/** A consistent snapshot for several reads (WAL: never blocks and is never blocked). */
export function readTransaction<T>(db: Db, fn: () => T): T {
  if (db.inTransaction) return fn();
  return db.transaction(fn).deferred();
}

/**
 * A WAL database needs its -shm file to be read; in a read-only folder SQLite can
 * neither find nor create it and answers "attempt to write a readonly database". When
 * no -wal file holds unmerged changes, the file alone is the whole database: it is
 * read into memory as a rollback-journal database (file-format bytes 18-19 set to 1).
 */
function openReadable(file: string): Db {
  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.prepare('SELECT COUNT(*) FROM sqlite_master').get();
    return db;
  } catch (err) {
    db?.close();
    const code = String((err as { code?: unknown }).code ?? '');
    if (!(code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) || existsSync(`${file}-wal`)) throw err;
    const bytes = readFileSync(file);
    if (bytes[18] === 2 && bytes[19] === 2) {
      bytes[18] = 1;
      bytes[19] = 1;
    }
    return new Database(bytes);
  }
}

function configure(db: Db): void {
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('foreign_keys = ON');
}

export function openDatabase(file: string): Db {
  const db = new Database(file);
  try {
    configure(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * Opens for reading only (reports): no migration, no pragma that writes, so a database
 * in a read-only folder or on read-only media still renders. A database older than this
 * version cannot be read without upgrading it, which needs write access.
 */
export function openDatabaseReadOnly(file: string): Db {
  const db = openReadable(file);
  try {
    configure(db);
    const version = db.pragma('user_version', { simple: true }) as number;
    const latest = latestVersion(MIGRATIONS);
    if (version > latest) throw new NewerDatabaseError(version, latest);
    if (version < latest) {
      throw new ServiceError('refused', `This database uses an older schema (${version}; this version writes ${latest}). Open it once with write access (import, or the app) to upgrade it.`);
    }
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
