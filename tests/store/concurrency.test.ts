// Two writers and a reviewer on one temp database: nobody's work is overwritten,
// decisions are never refused because another writer is saving, a decision never
// lands on a cluster that changed, and corrections survive every re-analysis.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import type { ApiClient } from '../../shared/api/contract';
import { runAnalysisJob } from '../../electron/worker/analysis-job';
import { openStore } from '../../electron/store';
import { generatedArticles, type TextFile } from '../e2e/generated-articles';
import { b64, makeApp, refOf, type TestApp } from '../helpers/services';
import { useTempDir } from '../helpers/temp';
import { analysisWorker } from '../helpers/worker';

const tempDir = useTempDir();
const files = (list: readonly TextFile[]) => list.map((f) => ({ name: f.name, dataBase64: b64(f.text) }));
const asHtml = (f: TextFile): TextFile => {
  const [title, ...paras] = f.text.split(/\n\n+/);
  return {
    name: f.name.replace(/\.txt$/, '.html'),
    text: `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${paras.map((p) => `<p>${p.trim()}</p>`).join('')}</article></body></html>`,
  };
};

async function project(app: TestApp, articles: readonly TextFile[]): Promise<number> {
  const p = await app.api['projects.create']({ name: 'Harbour story' });
  const job = await app.settle((await app.api['articles.import']({ projectId: p.id, files: files(articles) })).jobId);
  expect(job.state, job.error ?? '').toBe('done');
  return p.id;
}

async function everyArticleAnalysed(api: ApiClient, projectId: number): Promise<void> {
  const list = await api['articles.list']({ projectId });
  for (const a of list) expect(a.claimCount, `${a.fileName} has no claims: its analysis was overwritten`).toBeGreaterThan(0);
}

describe('two writers on one project', () => {
  it('two clients importing at once (each in its worker) both keep every article analysed', async () => {
    const worker = await analysisWorker();
    const dir = tempDir();
    const a = makeApp(dir, worker);
    const b = makeApp(dir, worker); // a second window, host or CLI on the same database file
    const all = generatedArticles(24);
    const projectId = await project(a, all.slice(0, 4));
    const [ja, jb] = await Promise.all([
      a.api['articles.import']({ projectId, files: files(all.slice(4, 14)) }),
      b.api['articles.import']({ projectId, files: files(all.slice(14, 24)) }),
    ]);
    const [da, db] = await Promise.all([a.settle(ja.jobId), b.settle(jb.jobId)]);
    expect([da.state, db.state]).toEqual(['done', 'done']);
    expect((await a.api['articles.list']({ projectId })).length).toBe(24);
    await everyArticleAnalysed(a.api, projectId);
    a.store.close();
    b.store.close();
  }, 120000);

  it('a job whose snapshot went stale analyses again with the other writer’s changes; if it keeps going stale it writes nothing', async () => {
    const dir = tempDir();
    const app = makeApp(dir);
    const all = generatedArticles(6);
    const projectId = await project(app, all.slice(0, 3));
    const other = openStore(path.join(dir, 'test.sqlite'));
    // another writer commits while this job analyses (between its read and its write)
    let bumps = 0;
    const staleOnce = runAnalysisJob(app.store, { projectId, add: [{ name: all[3]!.name, bytes: new TextEncoder().encode(all[3]!.text) }] }, {
      onProgress: (phase, done) => {
        if (phase === 'align' && done === 0 && bumps++ === 0) other.write(() => other.db.prepare('UPDATE projects SET revision = revision + 1 WHERE id = ?').run(projectId));
      },
    });
    expect(staleOnce).toMatchObject({ added: 1, retries: 1 });
    const before = app.store.projects.revision(projectId);
    const count = app.store.articles.list(projectId).length;
    expect(() =>
      runAnalysisJob(app.store, { projectId, add: [{ name: all[4]!.name, bytes: new TextEncoder().encode(all[4]!.text) }] }, {
        onProgress: (phase, done) => {
          if (phase === 'align' && done === 0) other.write(() => other.db.prepare('UPDATE projects SET revision = revision + 1 WHERE id = ?').run(projectId));
        },
      }),
    ).toThrow(expect.objectContaining({ code: 'conflict', message: expect.stringMatching(/nothing was written/) }));
    expect(app.store.articles.list(projectId)).toHaveLength(count);
    expect(app.store.projects.revision(projectId)).toBe(before + 5); // only the other writer's bumps
    other.close();
    app.store.close();
  }, 60000);

  it('a job waits, with a visible message, while another process holds the project, and goes on when it is released', async () => {
    const worker = await analysisWorker();
    const dir = tempDir();
    const app = makeApp(dir, worker);
    const all = generatedArticles(4);
    const projectId = await project(app, all.slice(0, 2));
    const other = openStore(path.join(dir, 'test.sqlite'));
    expect(other.leases.tryAcquire(projectId, { owner: 'other', pid: process.pid, host: (await import('node:os')).hostname(), label: 'the CLI (corroborate import)' }).ok).toBe(true);
    const { jobId } = await app.api['articles.import']({ projectId, files: files(all.slice(2)) });
    let job = await app.api['jobs.get']({ jobId });
    for (let i = 0; i < 100 && !job.notice; i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = await app.api['jobs.get']({ jobId });
    }
    expect(job.notice).toMatch(/^Waiting: the CLI \(corroborate import\) \(process \d+\) is analysing this project/);
    expect(job.state).toBe('running');
    other.leases.release(projectId, 'other');
    const done = await app.settle(jobId);
    expect(done).toMatchObject({ state: 'done', notice: null });
    expect(app.store.articles.list(projectId)).toHaveLength(4);
    // a lease left by a process that is gone is taken over at once
    expect(other.leases.tryAcquire(projectId, { owner: 'dead', pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), label: 'a crashed CLI' }).ok).toBe(true);
    const after = await app.settle((await app.api['articles.update']({ articleId: app.store.articles.list(projectId)[0]!.id, outlet: 'Quay Post' })).jobId);
    expect(after.state).toBe('done');
    other.close();
    app.store.close();
  }, 120000);
});

describe('decisions while another writer saves', () => {
  it('wait for the write lock instead of failing with "database is locked"', async () => {
    const dir = tempDir();
    const app = makeApp(dir);
    const projectId = await project(app, generatedArticles(3));
    const row = app.store.clusters.list({ projectId, limit: 1 }).items[0]!;
    // another process takes the write lock, changes something and commits after 400 ms
    const holder = spawn(process.execPath, [
      '-e',
      `const D = require(${JSON.stringify(require.resolve('better-sqlite3'))}); const db = new D(${JSON.stringify(path.join(dir, 'test.sqlite'))});
       db.pragma('busy_timeout = 4000'); db.exec('BEGIN IMMEDIATE'); db.prepare("INSERT INTO settings (key, value) VALUES ('x', 'y') ON CONFLICT (key) DO UPDATE SET value = 'z'").run();
       process.stdout.write('locked\\n'); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 400); db.exec('COMMIT'); db.close();`,
    ]);
    await new Promise<void>((resolve) => holder.stdout.on('data', () => resolve()));
    // read first (as a deferred transaction would), then write: with IMMEDIATE the write lock is awaited
    const t0 = Date.now();
    const detail = await app.api['clusters.decide']({ cluster: refOf(row), verdict: 'corroborated' });
    expect(detail.row.reviewed).toBe('corroborated');
    expect(Date.now() - t0).toBeGreaterThan(100); // it did wait for the other writer
    await new Promise((r) => holder.on('close', r));
    app.store.close();
  }, 30000);
});

describe('stable identity', () => {
  it('refuses a decision on a cluster that changed since it was read, and writes nothing', async () => {
    const dir = tempDir();
    const a = makeApp(dir);
    const b = makeApp(dir);
    const projectId = await project(a, generatedArticles(6));
    const multi = (await a.api['clusters.list']({ projectId, limit: 1000 })).items.find((c) => c.claimCount >= 2)!;
    const seen = await a.api['clusters.get']({ clusterId: multi.id });
    // the other client splits that cluster
    await b.api['clusters.split']({ cluster: refOf(multi), claims: [seen.claims[1]!.key] });
    const err = await a.api['clusters.decide']({ cluster: refOf(multi), verdict: 'contradicted' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'stale', message: expect.stringMatching(/changed since you opened it/) });
    expect(a.store.db.prepare("SELECT COUNT(*) AS n FROM decisions WHERE verdict IS NOT NULL").get()).toEqual({ n: 0 });
    // the client finds the same claims again by key, and decides on what it sees now
    const now = await a.api['clusters.byClaim']({ projectId, claim: seen.claims[0]!.key });
    // the rest of the cluster kept its id (it continues it) but not its key: the old reference was refused all the same
    expect(now!.row.id).toBe(multi.id);
    expect(now!.row.key).not.toBe(multi.key);
    await a.api['clusters.decide']({ cluster: refOf(now!.row), verdict: 'contradicted' });
    a.store.close();
    b.store.close();
  }, 60000);

  it('keeps the ids of unchanged clusters across a re-analysis; a changed one keeps the id of the cluster it continues or gets a new one, never one of unrelated claims', async () => {
    const app = makeApp(tempDir());
    const all = generatedArticles(8);
    const projectId = await project(app, all.slice(0, 6));
    const before = (await app.api['clusters.list']({ projectId, limit: 100000 })).items;
    const maxBefore = Math.max(...before.map((c) => c.id));
    const members = async (id: number) => new Set((await app.api['clusters.get']({ clusterId: id })).claims.map((c) => `${c.key.articleHash}:${c.key.start}:${c.key.end}`));
    const membersBefore = new Map(await Promise.all(before.map(async (c) => [c.id, await members(c.id)] as const)));
    await app.settle((await app.api['articles.import']({ projectId, files: files(all.slice(6)) })).jobId);
    const after = (await app.api['clusters.list']({ projectId, limit: 100000 })).items;
    const oldByKey = new Map(before.map((c) => [c.key, c.id]));
    let kept = 0;
    let changed = 0;
    for (const c of after) {
      const old = oldByKey.get(c.key);
      if (old !== undefined) {
        expect(c.id).toBe(old);
        kept++;
      } else if (c.id <= maxBefore) {
        // it continues an earlier cluster: they share claims
        changed++;
        const now = await members(c.id);
        expect([...membersBefore.get(c.id)!].some((k) => now.has(k)), `cluster #${c.id} took an id of unrelated claims`).toBe(true);
      }
    }
    expect(kept).toBeGreaterThan(0);
    expect(new Set(after.map((c) => c.id)).size).toBe(after.length);
    void changed;
    // a decision made with a reference read before the re-analysis still lands where it was meant to
    const survivor = before.find((c) => after.some((x) => x.key === c.key))!;
    const d = await app.api['clusters.decide']({ cluster: refOf(survivor), verdict: 'single-sourced' });
    expect(d.row.label).toBe(survivor.label);
    app.store.close();
  }, 60000);
});

describe('corrections survive every re-analysis', () => {
  it('a claim moved by hand stays moved after an unrelated re-analysis, also for HTML articles', async () => {
    const app = makeApp(tempDir());
    const { api } = app;
    const projectId = await project(app, generatedArticles(6).map((f, i) => (i % 2 === 0 ? asHtml(f) : f)));
    const arts = await api['articles.list']({ projectId });
    const html = arts.find((a) => a.format === 'html')!;
    const clusters = (await api['clusters.list']({ projectId, limit: 100000 })).items;
    const details = await Promise.all(clusters.map((c) => api['clusters.get']({ clusterId: c.id })));
    const from = details.find((d) => d.claims.some((c) => c.articleId === html.id))!;
    const claim = from.claims.find((c) => c.articleId === html.id)!;
    const target = details.find((d) => d.row.id !== from.row.id && d.claims.every((c) => c.articleId !== html.id))!;
    const moved = await api['clusters.moveClaim']({ claim: claim.key, target: refOf(target.row) });
    expect(moved.claims.map((c) => c.text)).toEqual(expect.arrayContaining([claim.text, ...target.claims.map((c) => c.text)]));
    expect(moved.history.map((h) => h.action)).toContain('move');

    // correct another article's outlet: the engine runs again over every article
    const other = arts.find((a) => a.id !== html.id && a.id !== claim.articleId && !target.claims.some((c) => c.articleId === a.id))!;
    await app.settle((await api['articles.update']({ articleId: other.id, outlet: 'Quay Post' })).jobId);
    const again = await api['clusters.byClaim']({ projectId, claim: claim.key });
    expect(again!.claims.map((c) => c.text).sort()).toEqual(moved.claims.map((c) => c.text).sort());
    expect(again!.history.map((h) => h.action)).toContain('move');
    app.store.close();
  }, 60000);

  it('removes an article (its claims leave the search index) and the project stays consistent', async () => {
    const app = makeApp(tempDir());
    const { api } = app;
    const projectId = await project(app, generatedArticles(4));
    const arts = await api['articles.list']({ projectId });
    const gone = arts[0]!;
    const word = (await api['articles.get']({ articleId: gone.id })).text.match(/Flood defences|library|Bus drivers/)![0];
    const job = await app.settle((await api['articles.remove']({ articleId: gone.id })).jobId);
    expect(job.state, job.error ?? '').toBe('done');
    expect((await api['articles.list']({ projectId })).map((a) => a.id)).not.toContain(gone.id);
    const rows = app.store.db.prepare('SELECT COUNT(*) AS n FROM claims_fts WHERE rowid NOT IN (SELECT id FROM claims)').get();
    expect(rows).toEqual({ n: 0 });
    const hits = await api['clusters.list']({ projectId, search: word });
    for (const h of hits.items) expect(h.articleIds).not.toContain(gone.id);
    await expect(api['articles.get']({ articleId: gone.id })).rejects.toMatchObject({ code: 'not-found' });
    app.store.close();
  }, 60000);
});
