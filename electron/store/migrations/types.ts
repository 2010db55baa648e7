import type { Database } from 'better-sqlite3';

/** One schema step. `up` runs inside the migration transaction and must stay synchronous. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
