// One analysing writer per project: a lease row in the database itself, so the
// window, the headless host and the CLI (separate processes, each with its own
// connection) see each other. A writer that finds the lease taken waits and says
// who holds it. A lease is free again when its holder releases it, stops renewing it
// (LEASE_STALE_MS) or, on this machine, when its process is gone (a crash, kill -9).
import os from 'node:os';
import type { Database, Statement } from 'better-sqlite3';
import { writeTransaction } from './db';

export const LEASE_STALE_MS = 120_000;

export interface LeaseOwner {
  /** random per job */
  owner: string;
  pid: number;
  host: string;
  /** what the holder is, in words ("the CLI importing 3 files") */
  label: string;
}

export interface LeaseHolder extends LeaseOwner {
  acquiredAt: number;
  renewedAt: number;
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function thisMachine(): string {
  return os.hostname();
}

type Row = { owner: string; pid: number; host: string; label: string; acquired_at: number; renewed_at: number };

export class LeasesRepo {
  private readonly get: Statement<[number], Row>;
  private readonly put: Statement<unknown[]>;
  private readonly renewStmt: Statement<[number, number, string]>;
  private readonly releaseStmt: Statement<[number, string]>;

  constructor(private readonly db: Database) {
    this.get = db.prepare('SELECT owner, pid, host, label, acquired_at, renewed_at FROM project_leases WHERE project_id = ?');
    this.put = db.prepare(`INSERT INTO project_leases (project_id, owner, pid, host, label, acquired_at, renewed_at) VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (project_id) DO UPDATE SET owner = excluded.owner, pid = excluded.pid, host = excluded.host, label = excluded.label,
        acquired_at = excluded.acquired_at, renewed_at = excluded.renewed_at`);
    this.renewStmt = db.prepare('UPDATE project_leases SET renewed_at = ? WHERE project_id = ? AND owner = ?');
    this.releaseStmt = db.prepare('DELETE FROM project_leases WHERE project_id = ? AND owner = ?');
  }

  /** Takes the lease when it is free (or abandoned); otherwise names who holds it. */
  tryAcquire(projectId: number, me: LeaseOwner, nowMs: number = Date.now()): { ok: true } | { ok: false; holder: LeaseHolder } {
    return writeTransaction(this.db, () => {
      const r = this.get.get(projectId);
      const abandoned = r !== undefined && (nowMs - r.renewed_at > LEASE_STALE_MS || (r.host === me.host && !processAlive(r.pid)));
      if (r && r.owner !== me.owner && !abandoned) {
        return { ok: false as const, holder: { owner: r.owner, pid: r.pid, host: r.host, label: r.label, acquiredAt: r.acquired_at, renewedAt: r.renewed_at } };
      }
      this.put.run(projectId, me.owner, me.pid, me.host, me.label, nowMs, nowMs);
      return { ok: true as const };
    });
  }

  /** Renews the lease; false when it was lost (taken over as abandoned). */
  renew(projectId: number, owner: string, nowMs: number = Date.now()): boolean {
    return writeTransaction(this.db, () => this.renewStmt.run(nowMs, projectId, owner).changes > 0);
  }

  release(projectId: number, owner: string): void {
    writeTransaction(this.db, () => this.releaseStmt.run(projectId, owner));
  }

  holder(projectId: number): LeaseHolder | null {
    const r = this.get.get(projectId);
    return r ? { owner: r.owner, pid: r.pid, host: r.host, label: r.label, acquiredAt: r.acquired_at, renewedAt: r.renewed_at } : null;
  }
}
