// Projects and settings.
import type { Database, Statement } from 'better-sqlite3';
import { ServiceError } from '../../shared/api/errors';
import type { ProjectSummary, Settings } from '../../shared/api/types';
import { writeTransaction } from './db';

interface ProjectRow {
  id: number;
  name: string;
  created_at: string;
  updated_at: string;
  article_count: number;
  cluster_count: number;
  reviewed_count: number;
}

const SUMMARY_SQL = `
  SELECT p.id, p.name, p.created_at, p.updated_at,
    (SELECT COUNT(*) FROM articles a WHERE a.project_id = p.id) AS article_count,
    (SELECT COUNT(*) FROM clusters c WHERE c.project_id = p.id) AS cluster_count,
    (SELECT COUNT(DISTINCT cl.cluster_id) FROM claims cl
       JOIN articles a ON a.id = cl.article_id
       JOIN decisions d ON d.project_id = cl.project_id AND d.article_hash = a.hash
         AND d.start = cl.start AND d.end = cl.end AND d.verdict IS NOT NULL
     WHERE cl.project_id = p.id) AS reviewed_count
  FROM projects p`;

const DEFAULT_SETTINGS: Settings = { reviewer: 'reviewer', organisation: '', organisationUrl: '' };

function toSummary(r: ProjectRow): ProjectSummary {
  return {
    id: r.id,
    name: r.name,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    articleCount: r.article_count,
    clusterCount: r.cluster_count,
    reviewedCount: r.reviewed_count,
  };
}

export class ProjectsRepo {
  private readonly listStmt: Statement<[], ProjectRow>;
  private readonly getStmt: Statement<[number], ProjectRow>;
  private readonly insertStmt: Statement<[string, number, string, string]>;
  private readonly renameStmt: Statement<[string, string, number]>;
  private readonly touchStmt: Statement<[string, number]>;
  private readonly settingsStmt: Statement<[], { key: string; value: string }>;
  private readonly revisionStmt: Statement<[number], { revision: number }>;
  private readonly setSettingStmt: Statement<[string, string]>;

  constructor(private readonly db: Database, private readonly now: () => string) {
    this.listStmt = db.prepare(`${SUMMARY_SQL} ORDER BY p.updated_at DESC, p.id DESC`);
    this.getStmt = db.prepare(`${SUMMARY_SQL} WHERE p.id = ?`);
    this.insertStmt = db.prepare('INSERT INTO projects (name, is_demo, created_at, updated_at) VALUES (?, ?, ?, ?)');
    this.renameStmt = db.prepare('UPDATE projects SET name = ?, updated_at = ? WHERE id = ?');
    this.touchStmt = db.prepare('UPDATE projects SET updated_at = ? WHERE id = ?');
    this.settingsStmt = db.prepare('SELECT key, value FROM settings');
    this.revisionStmt = db.prepare('SELECT revision FROM projects WHERE id = ?');
    this.setSettingStmt = db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
  }

  list(): ProjectSummary[] {
    return this.listStmt.all().map(toSummary);
  }

  get(id: number): ProjectSummary {
    const row = this.getStmt.get(id);
    if (!row) throw new ServiceError('not-found', `Project ${id} does not exist.`);
    return toSummary(row);
  }

  /** Bumped by every analysis write; a job writes only if the revision it read is still current. */
  revision(id: number): number {
    const r = this.revisionStmt.get(id);
    if (!r) throw new ServiceError('not-found', `Project ${id} does not exist (it may have been removed).`);
    return r.revision;
  }

  create(name: string, isDemo = false): ProjectSummary {
    const t = this.now();
    const info = writeTransaction(this.db, () => this.insertStmt.run(name, isDemo ? 1 : 0, t, t));
    return this.get(Number(info.lastInsertRowid));
  }

  rename(id: number, name: string): ProjectSummary {
    const info = writeTransaction(this.db, () => this.renameStmt.run(name, this.now(), id));
    if (info.changes === 0) throw new ServiceError('not-found', `Project ${id} does not exist.`);
    return this.get(id);
  }

  touch(id: number): void {
    writeTransaction(this.db, () => this.touchStmt.run(this.now(), id));
  }

  settings(): Settings {
    const out: Settings = { ...DEFAULT_SETTINGS };
    for (const { key, value } of this.settingsStmt.all()) {
      if (key === 'reviewer' || key === 'organisation' || key === 'organisationUrl') out[key] = value;
    }
    return out;
  }

  setSettings(patch: Partial<Settings>): Settings {
    writeTransaction(this.db, () => {
      for (const [key, value] of Object.entries(patch)) {
        if (typeof value === 'string') this.setSettingStmt.run(key, value);
      }
    });
    return this.settings();
  }
}
