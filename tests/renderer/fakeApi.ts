// A small in-memory implementation of the API contract for renderer tests.
// It follows the contract's semantics (filters, paging, undo) just enough for the
// UI flows; it is not the real service and makes no claims about analysis.
import type { ApiClient } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { ArticleDetail, ClusterDetail, ClusterRow, EntityRow, HistoryEntry, Job, ProjectSummary, Settings } from '../../shared/api/types';
import type { Verdict } from '../../shared/types';

export interface FakeState {
  settings: Settings;
  projects: ProjectSummary[];
  clusters: ClusterRow[];
  history: Map<number, HistoryEntry[]>;
  undo: Array<{ clusterId: number; before: Verdict | null }>;
  entities: EntityRow[];
  /** the one article of the project (tests may change it) */
  article: ArticleDetail;
  calls: Array<{ name: string; args: unknown }>;
}

const NOW = '2025-02-20T10:00:00.000Z';

function makeClusters(n: number): ClusterRow[] {
  const out: ClusterRow[] = [];
  const verdicts: Verdict[] = ['corroborated', 'contradicted', 'single-sourced'];
  for (let i = 0; i < n; i++) {
    out.push({
      id: i + 1,
      key: (i + 1).toString(16).padStart(32, '0'),
      label: `Claim number ${i + 1} about ${i % 2 ? 'talks' : 'troops'}`,
      suggested: verdicts[i % 3] as Verdict,
      reviewed: null,
      mixed: false,
      groupCount: (i % 3) + 1,
      claimCount: 2,
      articleIds: [1, 2],
      conflictCount: i % 3 === 1 ? 1 : 0,
      note: null,
      order: i,
    });
  }
  return out;
}

function detailOf(s: FakeState, row: ClusterRow): ClusterDetail {
  const sentence = 'Officials said 12 soldiers were hurt on Tuesday.';
  const claim = (id: number, articleId: number, outlet: string, value: string) => {
    const text = sentence.replace('12', value);
    const vStart = text.indexOf(value);
    return {
      id,
      key: { articleHash: String(articleId).padStart(64, '0'), start: 100 + id, end: 100 + id + text.length },
      articleId,
      articleTitle: `Story ${articleId}`,
      fileName: `story${articleId}.txt`,
      outlet,
      published: '2025-02-18',
      sourceGroup: `g${articleId}`,
      sourceGroupLabel: outlet,
      sentence: text,
      sentenceStart: 100,
      start: 100,
      end: 100 + text.length,
      text,
      values: [{ kind: 'number' as const, norm: `count:${value}:soldier`, unit: 'soldiers', text: value, start: 100 + vStart, end: 100 + vStart + value.length }],
      copiedFrom: [],
      reviewed: row.reviewed,
    };
  };
  const a = claim(row.id * 10, 1, 'Wire A', '12');
  const b = claim(row.id * 10 + 1, 2, 'Paper B', '15');
  const va = a.values[0]!;
  const vb = b.values[0]!;
  return {
    row,
    reasons: ['2 independent source groups'],
    conflicts:
      row.conflictCount > 0
        ? [
            {
              kind: 'number',
              reason: 'the counts differ: 12 vs 15',
              a: { claimId: a.id, articleId: 1, value: '12', start: va.start, end: va.end },
              b: { claimId: b.id, articleId: 2, value: '15', start: vb.start, end: vb.end },
            },
          ]
        : [],
    claims: [a, b],
    sourceGroups: [
      { id: 'g1', label: 'Wire A', articleIds: [1] },
      { id: 'g2', label: 'Paper B', articleIds: [2] },
    ],
    history: s.history.get(row.id) ?? [],
  };
}

export function createFakeApi(clusterCount = 30): { api: ApiClient; state: FakeState } {
  const state: FakeState = {
    settings: { reviewer: 'Tester', organisation: '', organisationUrl: '' },
    projects: [],
    clusters: makeClusters(clusterCount),
    history: new Map(),
    undo: [],
    entities: [
      {
        id: 1, key: '1'.padStart(32, '0'), name: 'Sam Example', type: 'person', preferred: 'Sam Example', preferredReason: 'most source groups', preferredBy: null,
        spellingConflict: false, confirmed: false, spellings: [{ spelling: 'Sam Example', articles: [{ id: 1, title: 'Story 1', outlet: 'Wire A' }], sourceGroups: ['g1'] }],
        roles: [], mentionCount: 3,
      },
      {
        id: 2, key: '2'.padStart(32, '0'), name: 'Alexei Testov', type: 'person', preferred: 'Alexei Testov', preferredReason: 'most source groups', preferredBy: null,
        spellingConflict: true, confirmed: false,
        spellings: [
          { spelling: 'Alexei Testov', articles: [{ id: 1, title: 'Story 1', outlet: 'Wire A' }], sourceGroups: ['g1'] },
          { spelling: 'Aleksey Testov', articles: [{ id: 2, title: 'Story 2', outlet: 'Paper B' }], sourceGroups: ['g2'] },
        ],
        roles: ['minister'], mentionCount: 5,
      },
    ],
    calls: [],
    article: null as unknown as ArticleDetail,
  };
  const find = (id: number) => {
    const row = state.clusters.find((c) => c.id === id);
    if (!row) throw new Error(`No cluster ${id}`);
    return row;
  };
  const record = (clusterId: number, entry: Omit<HistoryEntry, 'id' | 'at' | 'reviewer' | 'claimText' | 'undid'>) => {
    const list = state.history.get(clusterId) ?? [];
    list.unshift({ id: list.length + 1, at: NOW, reviewer: state.settings.reviewer, claimText: '', undid: null, ...entry });
    state.history.set(clusterId, list);
  };
  const setVerdict = (id: number, verdict: Verdict | null) => {
    const i = state.clusters.findIndex((c) => c.id === id);
    const row = find(id);
    state.clusters[i] = { ...row, reviewed: verdict };
  };
  const summary = (p: ProjectSummary): ProjectSummary => ({
    ...p,
    clusterCount: state.clusters.length,
    reviewedCount: state.clusters.filter((c) => c.reviewed !== null).length,
  });
  const doneJob = (projectId: number): Job => ({
    id: 'job-1', kind: 'import', projectId, state: 'done', phase: 'done', done: 1, total: 1, error: null, errorCode: null, notice: null,
    result: { added: 1, duplicates: [], refused: [], warnings: [], retries: 0 },
  });
  /** the fake checks references like the real service: a key that does not match is stale */
  const resolve = (ref: { id: number; key: string }) => {
    const row = find(ref.id);
    if (row.key !== ref.key) throw new ApiError('stale', 'This cluster changed since you opened it; it was reloaded and nothing was saved.');
    return row;
  };
  const article: ArticleDetail = {
    id: 1, projectId: 1, hash: 'abc', fileName: 'story1.txt', format: 'text', title: 'Story 1', outlet: 'Wire A', outletOverridden: false,
    published: '2025-02-18', publishedOverridden: false, sourceGroup: 'g1', sourceGroupLabel: 'Wire A', position: 0, addedAt: NOW,
    claimCount: 1, quoteCount: 1, encoding: 'utf-8', notes: [], errors: [],
    text: 'Photo: a caption here.\nOfficials met. Sam Example said "we agree".',
    blocks: [
      { kind: 'caption', start: 0, end: 22 },
      { kind: 'paragraph', start: 23, end: 66 },
    ],
    claims: [{ id: 10, clusterId: 1, start: 23, end: 38 }],
    quotes: [{ id: 5, kind: 'direct', speaker: 'Sam Example', start: 56, end: 66, corrected: false }],
    mentions: [{ entityId: 1, start: 39, end: 50 }],
  };

  state.article = article;
  const impl: ApiClient = {
    'app.info': async () => ({ version: '0.0.0-test', transport: 'direct', dataDir: '/tmp/fake', nativeDialogs: false }),
    'settings.get': async () => state.settings,
    'settings.set': async (a) => (state.settings = { ...state.settings, ...a }),
    'projects.list': async () => state.projects.map(summary),
    'projects.create': async ({ name }) => {
      const p: ProjectSummary = { id: state.projects.length + 1, name, createdAt: NOW, updatedAt: NOW, articleCount: 0, clusterCount: 0, reviewedCount: 0 };
      state.projects.push(p);
      return p;
    },
    'projects.rename': async ({ projectId, name }) => {
      const p = state.projects.find((x) => x.id === projectId);
      if (!p) throw new Error('No project');
      p.name = name;
      return summary(p);
    },
    'projects.ensureDemo': async () => {
      if (state.projects.length === 0) state.projects.push({ id: 1, name: 'Demo', createdAt: NOW, updatedAt: NOW, articleCount: 2, clusterCount: 0, reviewedCount: 0 });
      return summary(state.projects[0]!);
    },
    'articles.list': async () => [state.article],
    'articles.get': async () => state.article,
    'articles.import': async () => ({ jobId: 'job-1' }),
    'articles.addText': async () => ({ jobId: 'job-1' }),
    'articles.update': async () => ({ jobId: 'job-1' }),
    'articles.remove': async () => ({ jobId: 'job-1' }),
    'articles.redecode': async () => ({ jobId: 'job-1' }),
    'jobs.get': async () => doneJob(1),
    'jobs.cancel': async () => ({ ...doneJob(1), state: 'cancelled' }),
    'clusters.list': async (a) => {
      let items = state.clusters;
      if (a.unreviewed) items = items.filter((c) => c.reviewed === null);
      if (a.verdict) items = items.filter((c) => (a.verdictSource === 'reviewed' ? c.reviewed : c.suggested) === a.verdict);
      if (a.search) items = items.filter((c) => c.label.toLowerCase().includes(a.search!.toLowerCase()));
      const offset = a.offset ?? 0;
      return {
        items: items.slice(offset, offset + (a.limit ?? 100)),
        total: items.length,
        projectTotal: state.clusters.length,
        reviewed: state.clusters.filter((c) => c.reviewed !== null).length,
      };
    },
    'clusters.get': async ({ clusterId }) => detailOf(state, find(clusterId)),
    'clusters.byClaim': async () => null,
    'clusters.decide': async ({ cluster, verdict }) => {
      const clusterId = resolve(cluster).id;
      const before = find(clusterId).reviewed;
      state.undo.push({ clusterId, before });
      setVerdict(clusterId, verdict);
      record(clusterId, { action: 'verdict', oldVerdict: before, newVerdict: verdict, note: null });
      return detailOf(state, find(clusterId));
    },
    'clusters.note': async ({ cluster, note }) => {
      const clusterId = resolve(cluster).id;
      const i = state.clusters.findIndex((c) => c.id === clusterId);
      state.clusters[i] = { ...find(clusterId), note: note || null };
      record(clusterId, { action: 'note', oldVerdict: null, newVerdict: null, note });
      return detailOf(state, find(clusterId));
    },
    'review.undo': async () => {
      const last = state.undo.pop();
      if (!last) return { undone: null };
      setVerdict(last.clusterId, last.before);
      const row = find(last.clusterId);
      return { undone: { kind: 'verdict', summary: 'a verdict', cluster: { id: row.id, key: row.key } } };
    },
    'clusters.split': async ({ cluster }) => ({ cluster: { id: resolve(cluster).id + 1000, key: 'f'.repeat(32) } }),
    'clusters.moveClaim': async ({ target }) => detailOf(state, resolve(target)),
    'clusters.moveToClaim': async () => detailOf(state, state.clusters[0]!),
    'claims.search': async () => [],
    'history.list': async () => [],
    'quotes.list': async () => ({ groups: [], notQuotes: [] }),
    'quotes.correct': async () => ({ groups: [], notQuotes: [] }),
    'entities.list': async () => state.entities,
    'entities.merge': async () => state.entities,
    'entities.split': async () => state.entities,
    'entities.confirm': async ({ entity }) => {
      state.entities = state.entities.map((e) => (e.id === entity.id ? { ...e, confirmed: true } : e));
      return state.entities;
    },
    'entities.prefer': async ({ entity, spelling }) => {
      state.entities = state.entities.map((e) => (e.id === entity.id ? { ...e, preferred: spelling, preferredBy: state.settings.reviewer } : e));
      return state.entities;
    },
    'entities.rename': async ({ entity, name }) => {
      state.entities = state.entities.map((e) => (e.id === entity.id ? { ...e, preferred: name, preferredBy: state.settings.reviewer } : e));
      return state.entities;
    },
    'report.render': async ({ format }) => ({ filename: `report.${format}`, mime: 'text/plain', content: 'report' }),
    'dialog.importArticles': async () => ({ jobId: null }),
    'dialog.saveReport': async () => ({ path: null }),
  };
  // record every call so tests can check what the UI asked for
  const api = {} as Record<string, (a: unknown) => Promise<unknown>>;
  for (const [name, fn] of Object.entries(impl) as Array<[string, (a: unknown) => Promise<unknown>]>) {
    api[name] = (a: unknown) => {
      state.calls.push({ name, args: a });
      return fn(a);
    };
  }
  return { api: api as unknown as ApiClient, state };
}
