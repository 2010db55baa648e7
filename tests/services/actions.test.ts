// The one path for every reviewer action: each writes its typed history row, can be
// undone, and is re-applied after every re-analysis. Names keep the reviewer's exact
// spelling or typed name; quote corrections reach every report.
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api/contract';
import type { QuoteList, QuoteRow } from '../../shared/api/types';
import { makeApp, refOf, type TestApp } from '../helpers/services';
import { useTempDir } from '../helpers/temp';
import { parseCsv } from '../report/csv-parse';

const tempDir = useTempDir();

// Invented: two outlets spell one commissioner's name with a different case.
const FIRST = `Harbour to reopen next week

PORT ELLIS (Coast Wire) — Port commissioner Karim al-Hadid said on Monday that the harbour would reopen next week after the storm.

"We are ready to welcome the fishing fleet back," al-Hadid said at a news conference.

The storm damaged 12 piers, the commission said.
`;
const SECOND = `Port Ellis harbour reopens soon, commissioner says

Port commissioner Karim Al-Hadid told reporters on Monday that the harbour would reopen next week after the storm.

"We are ready to welcome the fishing fleet back," Karim Al-Hadid said.

The storm damaged 12 piers, officials said.
`;
const THIRD = `Storm leaves Port Ellis counting the cost

The storm damaged 14 piers in Port Ellis, the regional council said on Tuesday, and 300 boats were moved inland.
`;

async function storyProject(): Promise<{ app: TestApp; api: ApiClient; projectId: number }> {
  const app = makeApp(tempDir());
  const { api } = app;
  await api['settings.set']({ reviewer: 'Noor', organisation: 'Coastline Checks', organisationUrl: 'https://checks.example.org/reviews' });
  const p = await api['projects.create']({ name: 'Harbour' });
  for (const [name, text] of [['first.txt', FIRST], ['second.txt', SECOND], ['third.txt', THIRD]] as const) {
    const job = await app.settle((await api['articles.addText']({ projectId: p.id, name, text })).jobId);
    expect(job.state, job.error ?? '').toBe('done');
  }
  return { app, api, projectId: p.id };
}

async function reanalyse(app: TestApp, projectId: number, outlet: string): Promise<void> {
  const article = (await app.api['articles.list']({ projectId })).find((a) => a.fileName === 'third.txt')!;
  const job = await app.settle((await app.api['articles.update']({ articleId: article.id, outlet })).jobId);
  expect(job.state, job.error ?? '').toBe('done');
}

const allQuotes = (l: QuoteList): Array<QuoteRow & { speaker: string }> => l.groups.flatMap((g) => g.quotes.map((q) => ({ ...q, speaker: g.speaker })));

async function commissioner(api: ApiClient, projectId: number) {
  const e = (await api['entities.list']({ projectId })).find((x) => x.spellings.some((s) => s.spelling === 'Karim Al-Hadid'));
  expect(e, 'the invented articles give one entity with both spellings').toBeDefined();
  return e!;
}

describe('names', () => {
  it('keeps the preferred spelling exactly as chosen, also after re-analysis, and undoes it', async () => {
    const { app, api, projectId } = await storyProject();
    const e = await commissioner(api, projectId);
    expect(e.spellings.map((s) => s.spelling)).toEqual(expect.arrayContaining(['Karim al-Hadid', 'Karim Al-Hadid']));
    const chosen = (await api['entities.prefer']({ entity: refOf(e), spelling: 'Karim Al-Hadid' })).find((x) => x.spellings.some((s) => s.spelling === 'Karim Al-Hadid'))!;
    expect(chosen.preferred).toBe('Karim Al-Hadid');
    expect(chosen.name).toBe('Karim Al-Hadid');
    expect(chosen.preferredBy).toBe('Noor');
    await reanalyse(app, projectId, 'Council Bulletin');
    expect((await commissioner(api, projectId)).preferred).toBe('Karim Al-Hadid');
    const history = await api['history.list']({ projectId });
    expect(history[0]).toMatchObject({ kind: 'names-prefer', reviewer: 'Noor', undone: false, target: { kind: 'names', spellings: ['Karim Al-Hadid'] } });
    expect((await api['review.undo']({ projectId })).undone).toMatchObject({ kind: 'names-prefer' });
    expect((await commissioner(api, projectId)).preferred).not.toBe('Karim Al-Hadid');
    app.store.close();
  }, 60000);

  it('uses a typed name (like a merge with a chosen value), keeps it after re-analysis, and refuses a stale reference', async () => {
    const { app, api, projectId } = await storyProject();
    const e = await commissioner(api, projectId);
    const named = (await api['entities.rename']({ entity: refOf(e), name: 'Commissioner K. Al-Hadid' })).find((x) => x.spellings.some((s) => s.spelling === 'Karim Al-Hadid'))!;
    expect(named).toMatchObject({ preferred: 'Commissioner K. Al-Hadid', name: 'Commissioner K. Al-Hadid', preferredBy: 'Noor' });
    await reanalyse(app, projectId, 'Council Bulletin');
    const again = await commissioner(api, projectId);
    expect(again.preferred).toBe('Commissioner K. Al-Hadid');
    // the quotes and the reports follow the entity's name
    expect((await api['quotes.list']({ projectId })).groups.map((g) => g.speaker)).toContain('Commissioner K. Al-Hadid');
    // a split changes the entity: an action with the old reference is refused
    const split = await api['entities.split']({ entity: refOf(again), spelling: 'Karim Al-Hadid' });
    expect(split.length).toBeGreaterThan(0);
    await expect(api['entities.confirm']({ entity: refOf(again) })).rejects.toMatchObject({ code: 'stale' });
    await expect(api['entities.prefer']({ entity: refOf(split[0]!), spelling: 'Nobody Known' })).rejects.toMatchObject({ code: 'refused' });
    const kinds = (await api['history.list']({ projectId })).map((h) => h.kind);
    expect(kinds.slice(0, 2)).toEqual(['names-split', 'names-rename']);
    app.store.close();
  }, 60000);
});

describe('moves and splits', () => {
  it('moves a claim next to another claim found by its words, undoes it, and splits and undoes a split', async () => {
    const { app, api, projectId } = await storyProject();
    const hits = await api['claims.search']({ projectId, text: 'boats moved inland' });
    expect(hits.length).toBeGreaterThan(0);
    const anchor = hits[0]!;
    const all = (await api['clusters.list']({ projectId, limit: 1000 })).items;
    const other = all.find((c) => c.id !== anchor.cluster.id)!;
    const moving = (await api['clusters.get']({ clusterId: other.id })).claims[0]!;
    const moved = await api['clusters.moveToClaim']({ projectId, claim: moving.key, anchor: anchor.claim });
    expect(moved.claims.map((c) => c.key)).toEqual(expect.arrayContaining([moving.key, anchor.claim]));
    expect((await api['history.list']({ projectId }))[0]).toMatchObject({ kind: 'move', subject: moving.text, target: { kind: 'claims', claims: [moving.key] } });
    const undone = await api['review.undo']({ projectId });
    expect(undone.undone?.kind).toBe('move');
    const back = await api['clusters.byClaim']({ projectId, claim: anchor.claim });
    expect(back!.claims.map((c) => c.key)).not.toContainEqual(moving.key);

    const multi = (await api['clusters.list']({ projectId, limit: 1000 })).items.find((c) => c.claimCount >= 2)!;
    const d = await api['clusters.get']({ clusterId: multi.id });
    const { cluster } = await api['clusters.split']({ cluster: refOf(multi), claims: [d.claims[1]!.key] });
    expect((await api['clusters.get']({ clusterId: cluster.id })).claims.map((c) => c.key)).toEqual([d.claims[1]!.key]);
    expect((await api['review.undo']({ projectId })).undone?.kind).toBe('split');
    const whole = await api['clusters.byClaim']({ projectId, claim: d.claims[0]!.key });
    expect(whole!.claims.map((c) => c.key).sort()).toEqual(d.claims.map((c) => c.key).sort());
    expect(whole!.history.map((h) => [h.action, h.undid])).toEqual(expect.arrayContaining([['undo', 'split'], ['split', null]]));
    app.store.close();
  }, 60000);
});

describe('quote corrections', () => {
  it('change the speaker (an entity, a typed name, nobody) or mark "not a quote"; survive re-analysis; undo; reach every report', async () => {
    const { app, api, projectId } = await storyProject();
    const quotes = allQuotes(await api['quotes.list']({ projectId }));
    const fleet = quotes.find((q) => q.articleId === quotes.find((x) => x.text.startsWith('We are ready'))!.articleId && q.text.startsWith('We are ready'))!;
    const storm = quotes.find((q) => q.text.startsWith('The storm damaged 12 piers'))!;
    expect(fleet.engineSpeaker).toMatch(/Hadid/);

    // a claim holding the corrected quote is reviewed, so ClaimReview carries its author
    const clusters = (await api['clusters.list']({ projectId, limit: 1000 })).items;
    const details = await Promise.all(clusters.map((c) => api['clusters.get']({ clusterId: c.id })));
    const holder = details.find((d) => d.claims.some((c) => c.articleId === storm.articleId && c.start <= storm.start && c.end >= storm.end));
    expect(holder, 'the storm quote sits inside a claim').toBeDefined();
    await api['clusters.decide']({ cluster: refOf(holder!.row), verdict: 'single-sourced' });

    let list = await api['quotes.correct']({ projectId, quote: storm.key, correction: { kind: 'name', name: 'Lena Ortiz' } });
    expect(allQuotes(list).find((q) => q.key.start === storm.key.start && q.key.articleHash === storm.key.articleHash)).toMatchObject({
      speaker: 'Lena Ortiz',
      engineSpeaker: storm.engineSpeaker,
      correction: { kind: 'speaker', speaker: 'Lena Ortiz', by: 'Noor' },
    });
    list = await api['quotes.correct']({ projectId, quote: fleet.key, correction: { kind: 'not-a-quote' } });
    expect(list.notQuotes.map((q) => q.text)).toEqual([fleet.text]);

    await reanalyse(app, projectId, 'Council Bulletin');
    list = await api['quotes.list']({ projectId });
    expect(allQuotes(list).filter((q) => q.speaker === 'Lena Ortiz').map((q) => q.text)).toEqual([storm.text]);
    expect(list.notQuotes).toHaveLength(1);
    const reader = await api['articles.get']({ articleId: storm.articleId });
    expect(reader.quotes.find((q) => q.start === storm.start)).toMatchObject({ speaker: 'Lena Ortiz', corrected: true });
    expect((await api['articles.get']({ articleId: fleet.articleId })).quotes.some((q) => q.start === fleet.start)).toBe(false);

    // every report: the corrected speaker is there, the "not a quote" is not
    const reports = Object.fromEntries(
      await Promise.all((['html', 'md', 'json', 'csv', 'claimreview'] as const).map(async (f) => [f, (await api['report.render']({ projectId, format: f })).content] as const)),
    );
    for (const f of ['html', 'md', 'json'] as const) {
      expect(reports[f], f).toContain('Lena Ortiz');
      expect(reports[f], f).not.toContain('welcome the fishing fleet back,” al-Hadid');
    }
    const json = JSON.parse(reports.json!) as { quotes: Array<{ speaker: string; quotes: Array<{ text: string }> }> };
    expect(json.quotes.find((g) => g.speaker === 'Lena Ortiz')?.quotes.map((q) => q.text)).toEqual([storm.text]);
    expect(json.quotes.flatMap((g) => g.quotes).filter((q) => q.text === fleet.text).length).toBe(allQuotes(list).filter((q) => q.text === fleet.text).length);
    const csv = parseCsv(reports.csv!.slice(1));
    const speakerCol = csv[0]!.indexOf('speaker');
    expect(csv.slice(1).map((r) => r[speakerCol])).toContain('Lena Ortiz');
    const reviews = JSON.parse(reports.claimreview!) as Array<{ itemReviewed: { author?: { name: string } }; url: string }>;
    expect(reviews.map((r) => r.itemReviewed.author?.name)).toContain('Lena Ortiz');
    for (const r of reviews) expect(r.url).toMatch(/^https:\/\/checks\.example\.org\/reviews#claim-[0-9a-f]{16}-\d+-\d+$/);

    // the history has both corrections; undo takes the latest back first
    const history = await api['history.list']({ projectId });
    expect(history.slice(0, 2).map((h) => [h.kind, h.summary])).toEqual([
      ['quote', expect.stringMatching(/→ not a quote$/)],
      ['quote', expect.stringMatching(/→ speaker Lena Ortiz$/)],
    ]);
    await api['review.undo']({ projectId });
    expect((await api['quotes.list']({ projectId })).notQuotes).toEqual([]);
    await api['review.undo']({ projectId });
    expect(allQuotes(await api['quotes.list']({ projectId })).some((q) => q.speaker === 'Lena Ortiz')).toBe(false);
    expect((await api['history.list']({ projectId })).slice(0, 2).map((h) => [h.kind, h.undid])).toEqual([['undo', 'quote'], ['undo', 'quote']]);
    app.store.close();
  }, 90000);

  it('sets an entity or "no speaker", goes back to the engine, and refuses a quote that is gone', async () => {
    const { app, api, projectId } = await storyProject();
    const storm = allQuotes(await api['quotes.list']({ projectId })).find((q) => q.text.startsWith('The storm damaged 12 piers'))!;
    const e = await commissioner(api, projectId);
    let list = await api['quotes.correct']({ projectId, quote: storm.key, correction: { kind: 'entity', entity: refOf(e) } });
    const group = list.groups.find((g) => g.entityId === e.id)!;
    expect(group.quotes.map((q) => q.text)).toContain(storm.text);
    list = await api['quotes.correct']({ projectId, quote: storm.key, correction: { kind: 'no-speaker' } });
    expect(list.groups.find((g) => g.speaker === 'Unattributed')?.quotes.map((q) => q.text)).toContain(storm.text);
    list = await api['quotes.correct']({ projectId, quote: storm.key, correction: { kind: 'engine' } });
    expect(allQuotes(list).find((q) => q.text === storm.text)?.correction).toBeNull();
    await expect(
      api['quotes.correct']({ projectId, quote: { ...storm.key, start: storm.key.start + 1 }, correction: { kind: 'no-speaker' } }),
    ).rejects.toMatchObject({ code: 'stale' });
    app.store.close();
  }, 60000);
});

describe('settings and ClaimReview', () => {
  it('refuses a non-http organisation address, and ClaimReview without organisation', async () => {
    const app = makeApp(tempDir());
    const { api } = app;
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'https://user:pw@example.org/', 'ftp://example.org', 'example.org']) {
      await expect(api['settings.set']({ organisationUrl: bad }), bad).rejects.toMatchObject({ code: 'invalid-arguments' });
    }
    expect((await api['settings.get']({})).organisationUrl).toBe('');
    const p = await api['projects.create']({ name: 'Empty' });
    await expect(api['report.render']({ projectId: p.id, format: 'claimreview' })).rejects.toMatchObject({ code: 'refused', message: expect.stringMatching(/Settings/) });
    await api['settings.set']({ organisation: 'Coastline Checks', organisationUrl: 'https://checks.example.org' });
    expect(JSON.parse((await api['report.render']({ projectId: p.id, format: 'claimreview' })).content)).toEqual([]);
    app.store.close();
  });
});
