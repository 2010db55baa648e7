// Opens the database, sets the pragmas every connection needs and brings the schema up to date.
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
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

/** Applies every pending migration in one transaction: all or none. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;
  if (current > latest) throw new NewerDatabaseError(current, latest);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return latest;
}

export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
