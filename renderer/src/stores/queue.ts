// The claim queue: filter, sort and a sparse page cache over `clusters.list`,
// so a virtualised list of 50,000 clusters only ever fetches what is on screen.
import { create } from 'zustand';
import type { ClusterRow } from '../../../shared/api/types';
import type { Verdict } from '../../../shared/types';
import { api } from '../api/client';
import { reportError } from './ui';

export const PAGE_SIZE = 200;

export interface QueueFilter {
  verdict: Verdict | null;
  verdictSource: 'suggested' | 'reviewed';
  unreviewed: boolean;
  articleId: number | null;
  entityId: number | null;
  search: string;
  sort: 'contested' | 'article';
}

export const DEFAULT_FILTER: QueueFilter = {
  verdict: null,
  verdictSource: 'suggested',
  unreviewed: false,
  articleId: null,
  entityId: null,
  search: '',
  sort: 'contested',
};

interface QueueState {
  projectId: number | null;
  filter: QueueFilter;
  /** rows matching the filter; -1 until the first page arrives */
  total: number;
  projectTotal: number;
  reviewed: number;
  pages: Record<number, ClusterRow[]>;
  /** bumps on every reset so answers to stale requests are dropped */
  generation: number;
  setProject(projectId: number | null): Promise<void>;
  setFilter(patch: Partial<QueueFilter>): Promise<void>;
  reload(): Promise<void>;
  ensureRange(first: number, last: number): Promise<void>;
  /** replaces a row in place after a decision; the list does not reorder under the reviewer */
  patchRow(row: ClusterRow): void;
  indexOf(clusterId: number): number;
}

const inflight = new Set<string>();

export function rowAt(s: Pick<QueueState, 'pages'>, index: number): ClusterRow | undefined {
  return s.pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
}

export const useQueue = create<QueueState>((set, get) => ({
  projectId: null,
  filter: DEFAULT_FILTER,
  total: -1,
  projectTotal: 0,
  reviewed: 0,
  pages: {},
  generation: 0,

  async setProject(projectId) {
    set({ projectId, filter: DEFAULT_FILTER });
    await get().reload();
  },

  async setFilter(patch) {
    set((s) => ({ filter: { ...s.filter, ...patch } }));
    await get().reload();
  },

  async reload() {
    set((s) => ({ pages: {}, total: -1, generation: s.generation + 1 }));
    await get().ensureRange(0, 0);
  },

  async ensureRange(first, last) {
    const { projectId, filter, generation } = get();
    if (projectId === null) return;
    const p0 = Math.floor(Math.max(0, first) / PAGE_SIZE);
    const p1 = Math.floor(Math.max(0, last) / PAGE_SIZE);
    const loads: Promise<void>[] = [];
    const client = api();
    const args = {
      projectId,
      ...(filter.verdict ? { verdict: filter.verdict, verdictSource: filter.verdictSource } : {}),
      ...(filter.unreviewed ? { unreviewed: true } : {}),
      ...(filter.articleId !== null ? { articleId: filter.articleId } : {}),
      ...(filter.entityId !== null ? { entityId: filter.entityId } : {}),
      ...(filter.search.trim() ? { search: filter.search.trim() } : {}),
      sort: filter.sort,
      limit: PAGE_SIZE,
    };
    for (let p = p0; p <= p1; p++) {
      const key = `${generation}:${p}`;
      if (get().pages[p] || inflight.has(key)) continue;
      inflight.add(key);
      const load = client['clusters.list']({ ...args, offset: p * PAGE_SIZE })
        .then((list) => {
          if (get().generation !== generation) return;
          set((s) => ({
            pages: { ...s.pages, [p]: list.items },
            total: list.total,
            projectTotal: list.projectTotal,
            reviewed: list.reviewed,
          }));
        })
        .catch((err: unknown) => {
          if (get().generation === generation) set({ total: Math.max(0, get().total) });
          reportError(err);
        })
        .finally(() => inflight.delete(key));
      loads.push(load);
    }
    await Promise.all(loads);
  },

  patchRow(row) {
    set((s) => {
      let before: ClusterRow | undefined;
      const pages: Record<number, ClusterRow[]> = {};
      for (const [k, items] of Object.entries(s.pages)) {
        pages[Number(k)] = items.map((r) => {
          if (r.id !== row.id) return r;
          before = r;
          return row;
        });
      }
      const delta = before ? Number(row.reviewed !== null) - Number(before.reviewed !== null) : 0;
      return { pages, reviewed: Math.max(0, s.reviewed + delta) };
    });
  },

  indexOf(clusterId) {
    for (const [k, items] of Object.entries(get().pages)) {
      const i = items.findIndex((r) => r.id === clusterId);
      if (i >= 0) return Number(k) * PAGE_SIZE + i;
    }
    return -1;
  },
}));
