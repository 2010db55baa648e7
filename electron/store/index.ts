// The store: one SQLite database owned by the Node side. Every query lives in these
// repositories as a prepared statement; transaction bodies are synchronous, and every
// write goes through `write` (IMMEDIATE, bounded retry; see db.ts).
import type { Database } from 'better-sqlite3';
import { ArticlesRepo } from './articles';
import { ClusterRows } from './cluster-rows';
import { ClustersRepo } from './clusters';
import { ClusterState } from './cluster-state';
import { openDatabase, openDatabaseReadOnly, readTransaction, writeTransaction } from './db';
import { HistoryRepo } from './history';
import { LeasesRepo } from './leases';
import { PeopleRepo } from './people';
import { ProjectsRepo } from './projects';
import { ReviewRepo } from './review';
import { AnalysisWriter } from './writer';

export class Store {
  readonly projects: ProjectsRepo;
  readonly articles: ArticlesRepo;
  readonly writer: AnalysisWriter;
  readonly review: ReviewRepo;
  readonly clusters: ClustersRepo;
  readonly clusterRows: ClusterRows;
  readonly state: ClusterState;
  readonly people: PeopleRepo;
  readonly history: HistoryRepo;
  readonly leases: LeasesRepo;

  constructor(readonly db: Database, readonly file: string, readonly now: () => string = () => new Date().toISOString()) {
    this.projects = new ProjectsRepo(db, now);
    this.articles = new ArticlesRepo(db, now);
    this.state = new ClusterState(db);
    this.clusterRows = new ClusterRows(db, this.state);
    this.writer = new AnalysisWriter(db, this.state, this.clusterRows);
    this.review = new ReviewRepo(db, now);
    this.history = new HistoryRepo(db, now);
    this.clusters = new ClustersRepo(db, this.history);
    this.people = new PeopleRepo(db, now);
    this.leases = new LeasesRepo(db);
  }

  /** One IMMEDIATE write transaction (nested calls are savepoints of it). */
  write<T>(fn: () => T): T {
    return writeTransaction(this.db, fn);
  }

  /** One consistent read snapshot. */
  read<T>(fn: () => T): T {
    return readTransaction(this.db, fn);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

export function openStore(file: string, now?: () => string): Store {
  return new Store(openDatabase(file), file, now);
}

/** For reports: no migration and no write, so a read-only folder or medium is fine. */
export function openStoreReadOnly(file: string, now?: () => string): Store {
  return new Store(openDatabaseReadOnly(file), file, now);
}

export { NewerDatabaseError, migrate, openDatabase, openDatabaseReadOnly } from './db';
export type { NewArticle, StoredArticle } from './articles';
export type { StoredEntity } from './writer';
