// The store: one SQLite database owned by the Node side. Every query lives in
// these repositories as a prepared statement; transaction bodies are synchronous.
import type { Database } from 'better-sqlite3';
import { ArticlesRepo } from './articles';
import { ClustersRepo } from './clusters';
import { ClusterState } from './cluster-state';
import { openDatabase } from './db';
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
  readonly people: PeopleRepo;

  constructor(readonly db: Database, readonly file: string, now: () => string = () => new Date().toISOString()) {
    this.projects = new ProjectsRepo(db, now);
    this.articles = new ArticlesRepo(db, now);
    const state = new ClusterState(db);
    this.writer = new AnalysisWriter(db, this.articles, state);
    this.review = new ReviewRepo(db, now, state);
    this.clusters = new ClustersRepo(db);
    this.people = new PeopleRepo(db, now);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

export function openStore(file: string, now?: () => string): Store {
  return new Store(openDatabase(file), file, now);
}

export { NewerDatabaseError, migrate, openDatabase } from './db';
export type { NewArticle, StoredArticle } from './articles';
export type { StoredEntity } from './writer';
