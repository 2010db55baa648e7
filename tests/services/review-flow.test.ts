import { describe, expect, it } from 'vitest';
import { makeApp, refOf } from '../helpers/services';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

describe('review flow through the API', () => {
  it('opens the demo project with the five seed articles, analysed', async () => {
    const { api, store } = makeApp(tempDir());
    const project = await api['projects.ensureDemo']({});
    expect(project.articleCount).toBe(5);
    const articles = await api['articles.list']({ projectId: project.id });
    expect(articles.map((a) => a.fileName)).toEqual(expect.arrayContaining(['000_5738a92113f2a0e2.txt']));
    expect(articles.every((a) => a.claimCount > 0)).toBe(true);
    const again = await api['projects.ensureDemo']({});
    expect(again.id).toBe(project.id);
    store.close();
  });

  it('records every verdict and note in the append-only history, undoes, and keeps decisions across re-analysis', async () => {
    const app = makeApp(tempDir());
    const { api, store } = app;
    const project = await api['projects.ensureDemo']({});
    const list = await api['clusters.list']({ projectId: project.id, limit: 5 });
    const first = list.items[0]!;
    await api['settings.set']({ reviewer: 'Ana' });

    let detail = await api['clusters.decide']({ cluster: refOf(first), verdict: 'corroborated' });
    expect(detail.row.reviewed).toBe('corroborated');
    detail = await api['clusters.decide']({ cluster: refOf(first), verdict: 'contradicted' });
    detail = await api['clusters.note']({ cluster: refOf(first), note: 'checked with the agency' });
    expect(detail.row.note).toBe('checked with the agency');
    expect(detail.history.map((h) => h.action)).toEqual(['note', 'verdict', 'verdict']);
    expect(detail.history[1]).toMatchObject({ oldVerdict: 'corroborated', newVerdict: 'contradicted', reviewer: 'Ana' });

    // undo the note, then the second verdict
    expect((await api['review.undo']({ projectId: project.id })).undone?.cluster?.id).toBe(first.id);
    expect((await api['clusters.get']({ clusterId: first.id })).row.note).toBeNull();
    await api['review.undo']({ projectId: project.id });
    detail = await api['clusters.get']({ clusterId: first.id });
    expect(detail.row.reviewed).toBe('corroborated');
    expect(detail.history.map((h) => h.action)).toEqual(['undo', 'undo', 'note', 'verdict', 'verdict']);
    // each undo says what it undid
    expect(detail.history.map((h) => h.undid)).toEqual(['verdict', 'note', null, null, null]);
    expect(detail.history[0]).toMatchObject({ oldVerdict: 'contradicted', newVerdict: 'corroborated' });
    expect(detail.history[1]).toMatchObject({ note: null });

    // history cannot be rewritten, even by a direct query
    expect(() => store.db.prepare("UPDATE review_actions SET kind = 'note'").run()).toThrow(/append-only/);
    expect(() => store.db.prepare('DELETE FROM review_actions').run()).toThrow(/append-only/);
    expect(() => store.db.prepare('DELETE FROM review_action_claims').run()).toThrow(/append-only/);

    // correcting an article's outlet re-runs the engine; the verdict survives on the same claims
    const article = (await api['articles.list']({ projectId: project.id }))[0]!;
    const job = await api['articles.update']({ articleId: article.id, outlet: 'Hand-corrected Wire' });
    expect((await app.settle(job.jobId)).state).toBe('done');
    expect((await api['articles.get']({ articleId: article.id })).outlet).toBe('Hand-corrected Wire');
    const after = await api['clusters.list']({ projectId: project.id, verdict: 'corroborated', verdictSource: 'reviewed' });
    expect(after.items.map((c) => c.label)).toContain(first.label);
    expect(after.reviewed).toBe(1);
    store.close();
  });

  it('filters, searches with FTS5 and sorts the queue', async () => {
    const { api, store } = makeApp(tempDir());
    const project = await api['projects.ensureDemo']({});
    const all = await api['clusters.list']({ projectId: project.id, limit: 100000 });
    expect(all.total).toBe(all.projectTotal);
    const word = all.items[0]!.label.split(/\s+/).find((w) => w.length > 5)!.replace(/[^\p{L}]/gu, '');
    const hits = await api['clusters.list']({ projectId: project.id, search: word });
    expect(hits.total).toBeGreaterThan(0);
    expect(hits.total).toBeLessThan(all.total);
    // a hit whose label lacks the word shows the claim that matched
    for (const h of hits.items) {
      const shown = (h.match ?? h.label).toLowerCase();
      expect(shown, `row ${h.id}`).toContain(word.toLowerCase());
      if (h.match !== undefined) expect(h.match).not.toBe(h.label);
    }
    expect(all.items.every((c) => c.match === undefined)).toBe(true);
    const none = await api['clusters.list']({ projectId: project.id, search: 'zzqxnotaword' });
    expect(none.total).toBe(0);
    const hostile = await api['clusters.list']({ projectId: project.id, search: '" OR * NEAR(' });
    expect(hostile.total).toBeGreaterThanOrEqual(0);
    await api['clusters.decide']({ cluster: refOf(all.items[1]!), verdict: 'single-sourced' });
    const unreviewed = await api['clusters.list']({ projectId: project.id, unreviewed: true, limit: 100000 });
    expect(unreviewed.total).toBe(all.total - 1);
    const article = (await api['articles.list']({ projectId: project.id }))[3]!;
    const inArticle = await api['clusters.list']({ projectId: project.id, articleId: article.id, limit: 100000 });
    expect(inArticle.items.every((c) => c.articleIds.includes(article.id))).toBe(true);
    const contested = await api['clusters.list']({ projectId: project.id, sort: 'contested', limit: 100000 });
    const counts = contested.items.map((c) => c.conflictCount);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    store.close();
  });

  it('splits a cluster and moves a claim, and the correction survives re-analysis', async () => {
    const app = makeApp(tempDir());
    const { api, store } = app;
    const project = await api['projects.ensureDemo']({});
    const all = await api['clusters.list']({ projectId: project.id, limit: 100000 });
    const multi = all.items.find((c) => c.claimCount >= 2);
    expect(multi, 'the seed corpus has at least one cluster with two claims').toBeDefined();
    const detail = await api['clusters.get']({ clusterId: multi!.id });
    const moving = detail.claims[detail.claims.length - 1]!;
    const { cluster: fresh } = await api['clusters.split']({ cluster: refOf(multi!), claims: [moving.key] });
    expect((await api['clusters.get']({ clusterId: fresh.id })).claims.map((c) => c.text)).toEqual([moving.text]);
    // the rest is a cluster with other members: a new key (and id); its first claim finds it
    const rest = await api['clusters.byClaim']({ projectId: project.id, claim: detail.claims[0]!.key });
    expect(rest?.claims).toHaveLength(detail.claims.length - 1);

    const article = (await api['articles.list']({ projectId: project.id }))[0]!;
    await app.settle((await api['articles.update']({ articleId: article.id, published: '2025-02-19' })).jobId);
    const again = await api['clusters.list']({ projectId: project.id, limit: 100000 });
    const holder = again.items.filter((c) => c.label === moving.text || c.claimCount >= 1);
    const found = [];
    for (const c of holder) {
      const d = await api['clusters.get']({ clusterId: c.id });
      if (d.claims.some((x) => x.text === moving.text && x.start === moving.start)) found.push(d);
    }
    expect(found).toHaveLength(1);
    expect(found[0]!.claims).toHaveLength(1);
    store.close();
  });

  it('answers bad arguments with a readable error envelope', async () => {
    const { api, store } = makeApp(tempDir());
    await expect(api['clusters.get']({ clusterId: -1 })).rejects.toThrow(/Invalid arguments for clusters.get: clusterId/);
    await expect(api['clusters.get']({ clusterId: -1 })).rejects.toMatchObject({ code: 'invalid-arguments' });
    await expect(api['clusters.get']({ clusterId: 999 })).rejects.toThrow(/does not exist/);
    await expect(api['clusters.get']({ clusterId: 999 })).rejects.toMatchObject({ code: 'not-found' });
    await expect(api['projects.create']({ name: '   ' })).rejects.toThrow(/must not be empty/);
    store.close();
  });
});
