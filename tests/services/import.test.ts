import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../electron/services/actions';
import { runAnalysisJob, JobCancelled } from '../../electron/worker/analysis-job';
import { b64, makeApp, refOf } from '../helpers/services';
import { SEEDS_DIR, useTempDir } from '../helpers/temp';
import { analysisWorker } from '../helpers/worker';

const tempDir = useTempDir();
const seed = (n: number): Uint8Array => {
  const files = ['000_5738a92113f2a0e2.txt', '001_dd7fcc339b0840ef.txt', '002_6a5a89d1b2ea5aaf.txt', '003_326ea39d15a36af7.txt', '004_c9c436f39f886739.txt'];
  return new Uint8Array(readFileSync(path.join(SEEDS_DIR, files[n]!)));
};

const ARTICLE = 'Talks resume in Geneva\n\nThe minister said on Monday that 40 delegates would attend the talks in Geneva.\n';

function snapshot(app: ReturnType<typeof makeApp>): unknown {
  const db = app.store.db;
  return ['articles', 'claims', 'clusters', 'quotes', 'entities', 'decisions'].map((t) => db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get());
}

describe('importing articles', () => {
  it('decodes UTF-16 and Windows-1252, detects re-imports, refuses binary, empty and huge files without changing anything', async () => {
    const app = makeApp(tempDir());
    const { api } = app;
    const p = await api['projects.create']({ name: 'Encodings' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(ARTICLE.replace('Geneva', 'Genève'), 'utf16le')]);
    const cp1252 = new Uint8Array(Buffer.from(ARTICLE.replace('minister', 'ministre déclaré'), 'latin1'));
    const job = await api['articles.import']({ projectId: p.id, files: [{ name: 'a.txt', dataBase64: b64(utf16) }, { name: 'b.txt', dataBase64: b64(cp1252) }] });
    const done = await app.settle(job.jobId);
    expect(done.state).toBe('done');
    expect(done.result).toMatchObject({ added: 2, duplicates: [], refused: [], retries: 0 });
    // the Windows-1252 file was a guess, and the import says so
    expect(done.result?.warnings).toEqual([{ file: 'b.txt', warning: expect.stringMatching(/not valid UTF-8, so decoded as Windows-1252/) }]);
    const arts = await api['articles.list']({ projectId: p.id });
    const texts = await Promise.all(arts.map((a) => api['articles.get']({ articleId: a.id })));
    expect(texts.map((t) => t.text).join('\n')).toContain('Genève');
    expect(texts.map((t) => t.text).join('\n')).toContain('ministre déclaré');

    const before = snapshot(app);
    const bad = await api['articles.import']({
      projectId: p.id,
      files: [
        { name: 'photo.jpg', dataBase64: b64(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1])) },
        { name: 'empty.txt', dataBase64: '' },
        { name: 'again.txt', dataBase64: b64(utf16) },
      ],
    });
    const refused = await app.settle(bad.jobId);
    expect(refused.state).toBe('done');
    expect(refused.result?.added).toBe(0);
    expect(refused.result?.duplicates).toEqual(['again.txt']);
    expect(refused.result?.refused.map((r) => r.file)).toEqual(['photo.jpg', 'empty.txt']);
    expect(refused.result?.refused[0]?.error).toMatch(/binary/);
    expect(refused.result?.refused[1]?.error).toMatch(/empty/);
    expect(snapshot(app)).toEqual(before);
    app.store.close();
  });

  it('refuses files over 20 MB with a clear message', async () => {
    const app = makeApp(tempDir());
    const p = await app.api['projects.create']({ name: 'Huge' });
    const huge = new Uint8Array(20 * 1024 * 1024 + 10).fill(0x61);
    const r = runAnalysisJob(app.store, { projectId: p.id, add: [{ name: 'huge.txt', bytes: huge }] });
    expect(r.refused[0]?.error).toMatch(/over 20 MB/);
    expect(app.store.articles.list(p.id)).toHaveLength(0);
    app.store.close();
  });

  it('leaves nothing half-written when the write fails midway or the job is cancelled', async () => {
    const app = makeApp(tempDir());
    const p = await app.api['projects.create']({ name: 'Rollback' });
    runAnalysisJob(app.store, { projectId: p.id, add: [{ name: '000.txt', bytes: seed(0) }] });
    const decided = app.store.clusters.list({ projectId: p.id }).items[0]!;
    decide(app.store, refOf(decided), 'corroborated', 'tester');
    const before = snapshot(app);

    // A crash inside the write transaction (after claims were inserted): everything rolls back.
    const writer = app.store.writer;
    const original = writer.write.bind(writer);
    writer.write = (projectId, analysis, entities, now) =>
      original(projectId, analysis, [...entities, { ...entities[0]!, spellingDetails: [{ spelling: 'X', articles: ['no-such-article'], sourceGroups: [] }] }], now);
    expect(() => runAnalysisJob(app.store, { projectId: p.id, add: [{ name: '003.txt', bytes: seed(3) }] })).toThrow(/unknown article/);
    writer.write = original;
    expect(snapshot(app)).toEqual(before);

    // A cancel during analysis: nothing is written either.
    let calls = 0;
    expect(() => runAnalysisJob(app.store, { projectId: p.id, add: [{ name: '004.txt', bytes: seed(4) }] }, { isCancelled: () => ++calls > 3 })).toThrow(JobCancelled);
    expect(snapshot(app)).toEqual(before);
    expect(app.store.clusters.list({ projectId: p.id }).reviewed).toBe(1);
    app.store.close();
  });

  describe('in a worker thread', () => {
    let workerFile = '';
    beforeAll(async () => {
      workerFile = await analysisWorker();
    });

    it('reports progress, writes through its own connection, and can be cancelled', async () => {
      const app = makeApp(tempDir(), workerFile);
      const p = await app.api['projects.create']({ name: 'Worker' });
      const job = await app.api['articles.import']({ projectId: p.id, files: [0, 1, 2, 3, 4].map((n) => ({ name: `${n}.txt`, dataBase64: b64(seed(n)) })) });
      const done = await app.settle(job.jobId);
      expect(done.error).toBeNull();
      expect(done).toMatchObject({ state: 'done', phase: 'done', result: { added: 5 } });
      expect((await app.api['clusters.list']({ projectId: p.id })).projectTotal).toBeGreaterThan(10);

      const before = snapshot(app);
      const next = await app.api['articles.addText']({ projectId: p.id, name: 'pasted', text: ARTICLE });
      await app.api['jobs.cancel']({ jobId: next.jobId });
      const cancelled = await app.settle(next.jobId);
      expect(cancelled.state).toBe('cancelled');
      expect(snapshot(app)).toEqual(before);
      app.store.close();
    });
  });
});
