// The selected cluster and its evidence, and the reviewer's actions on it.
// Every action goes straight to the API, naming the cluster as the reviewer saw it
// (id + key): decisions are stored the moment they are made, and a cluster that
// changed meanwhile (another window, the CLI, a re-analysis) is refused as stale and
// reloaded here, so nothing lands on claims the reviewer did not see.
import { create } from 'zustand';
import { ApiError } from '../../../shared/api/errors';
import type { ClaimKey, ClusterDetail, ClusterRef } from '../../../shared/api/types';
import type { Verdict } from '../../../shared/types';
import { api } from '../api/client';
import { useNames } from './names';
import { rowAt, useQueue } from './queue';
import { reportError, useUi } from './ui';

interface SelectionState {
  /** position in the queue, or null when the cluster was opened from elsewhere */
  index: number | null;
  clusterId: number | null;
  detail: ClusterDetail | null;
  loading: boolean;
  selectIndex(index: number): Promise<void>;
  selectCluster(clusterId: number): Promise<void>;
  move(step: 1 | -1): Promise<void>;
  decide(verdict: Verdict | null): Promise<void>;
  /** `cluster` defaults to the selected one; a note left behind by j/k is saved for its own cluster */
  saveNote(note: string, cluster?: ClusterRef): Promise<void>;
  undo(): Promise<void>;
  split(claims: ClaimKey[]): Promise<void>;
  moveClaim(claim: ClaimKey, targetClusterId: number): Promise<void>;
  /** moves a claim into the cluster of another claim (picked by its stable key) */
  moveToClaim(claim: ClaimKey, anchor: ClaimKey): Promise<void>;
  /** after a job or a stale answer: show the same claims again, wherever they are now */
  reloadSelected(): Promise<void>;
  clear(): void;
}

let requestSeq = 0;

const refOf = (d: ClusterDetail): ClusterRef => ({ id: d.row.id, key: d.row.key });

async function load(clusterId: number, set: (p: Partial<SelectionState>) => void): Promise<void> {
  const seq = ++requestSeq;
  set({ loading: true });
  try {
    const detail = await api()['clusters.get']({ clusterId });
    // a fast j/k burst must show the last selection, not the slowest answer
    if (seq === requestSeq) set({ detail, loading: false });
  } catch (err) {
    if (seq === requestSeq) set({ loading: false });
    reportError(err);
  }
}

export function isStale(err: unknown): boolean {
  return err instanceof ApiError && (err.code === 'stale' || err.code === 'not-found');
}

export const useSelection = create<SelectionState>((set, get) => {
  /** The cluster changed under the reviewer: say so, reload the queue and show where its claims are now. */
  async function recover(err: unknown, previous: ClusterDetail | null): Promise<void> {
    useUi.getState().notify(err instanceof Error ? err.message : String(err), 'error');
    await useQueue.getState().reload();
    if (previous && get().clusterId === previous.row.id) await get().reloadSelected();
  }

  /**
   * The selected cluster as the reviewer sees it: the queue row they moved to (its key
   * came with the row), or the loaded detail. A key press right after j/k acts on the
   * row now selected, never on the detail still shown from before.
   */
  function selectedRef(): ClusterRef | null {
    const { clusterId, detail, index } = get();
    if (clusterId === null) return null;
    if (detail?.row.id === clusterId) return refOf(detail);
    const row = index !== null ? rowAt(useQueue.getState(), index) : undefined;
    return row?.id === clusterId ? { id: row.id, key: row.key } : null;
  }

  async function act(run: () => Promise<void>): Promise<void> {
    const before = get().detail;
    try {
      await run();
    } catch (err) {
      if (isStale(err)) await recover(err, before);
      else reportError(err);
    }
  }

  return {
    index: null,
    clusterId: null,
    detail: null,
    loading: false,

    async selectIndex(index) {
      const q = useQueue.getState();
      // an empty queue (a filter that matches nothing) must not keep showing a cluster it no longer lists
      if (q.total <= 0) return get().clear();
      const i = Math.min(Math.max(0, index), q.total - 1);
      await q.ensureRange(i, i);
      const row = rowAt(useQueue.getState(), i);
      if (!row) return;
      set({ index: i, clusterId: row.id });
      await load(row.id, set);
    },

    async selectCluster(clusterId) {
      const i = useQueue.getState().indexOf(clusterId);
      set({ index: i >= 0 ? i : null, clusterId });
      await load(clusterId, set);
    },

    async move(step) {
      const { index } = get();
      await get().selectIndex(index === null ? 0 : index + step);
    },

    async decide(verdict) {
      const cluster = selectedRef();
      if (!cluster) return;
      await act(async () => {
        const next = await api()['clusters.decide']({ cluster, verdict });
        if (get().clusterId === cluster.id) set({ detail: next });
        useQueue.getState().patchRow(next.row);
      });
    },

    async saveNote(note, forCluster) {
      const cluster = forCluster ?? selectedRef();
      if (!cluster) return;
      await act(async () => {
        const next = await api()['clusters.note']({ cluster, note });
        if (get().clusterId === cluster.id) set({ detail: next });
        useQueue.getState().patchRow(next.row);
      });
    },

    async undo() {
      const projectId = useQueue.getState().projectId;
      if (projectId === null) return;
      try {
        const { undone } = await api()['review.undo']({ projectId });
        if (undone === null) {
          useUi.getState().notify('Nothing to undo.');
          return;
        }
        useUi.getState().changed();
        if (undone.kind.startsWith('names-')) await useNames.getState().load(projectId);
        if (undone.cluster) {
          const detail = await api()['clusters.get']({ clusterId: undone.cluster.id });
          if (undone.kind === 'move' || undone.kind === 'split') await useQueue.getState().reload();
          else useQueue.getState().patchRow(detail.row);
          const i = useQueue.getState().indexOf(detail.row.id);
          set({ clusterId: detail.row.id, detail, index: i >= 0 ? i : get().index });
        }
        useUi.getState().notify(`Undone (${undone.summary}).`);
      } catch (err) {
        reportError(err);
      }
    },

    async split(claims) {
      const { detail } = get();
      if (!detail) return;
      await act(async () => {
        const res = await api()['clusters.split']({ cluster: refOf(detail), claims });
        await useQueue.getState().reload();
        await get().reloadSelected();
        useUi.getState().notify(`Split ${claims.length} claim${claims.length === 1 ? '' : 's'} into cluster #${res.cluster.id}.`);
      });
    },

    async moveClaim(claim, targetClusterId) {
      await act(async () => {
        const target = await api()['clusters.get']({ clusterId: targetClusterId });
        const detail = await api()['clusters.moveClaim']({ claim, target: refOf(target) });
        await useQueue.getState().reload();
        const i = useQueue.getState().indexOf(detail.row.id);
        set({ clusterId: detail.row.id, detail, index: i >= 0 ? i : null });
        useUi.getState().notify(`Moved the claim to cluster #${detail.row.id}.`);
      });
    },

    async moveToClaim(claim, anchor) {
      const projectId = useQueue.getState().projectId;
      if (projectId === null) return;
      await act(async () => {
        const detail = await api()['clusters.moveToClaim']({ projectId, claim, anchor });
        await useQueue.getState().reload();
        const i = useQueue.getState().indexOf(detail.row.id);
        set({ clusterId: detail.row.id, detail, index: i >= 0 ? i : null });
        useUi.getState().notify(`Moved the claim to cluster #${detail.row.id}.`);
      });
    },

    async reloadSelected() {
      const { detail, clusterId } = get();
      const projectId = useQueue.getState().projectId;
      if (clusterId === null || projectId === null) return;
      // the same id with the same members: just fresh data (ids survive unrelated re-analyses)
      try {
        const same = await api()['clusters.get']({ clusterId });
        if (!detail || same.row.key === detail.row.key) {
          const i = useQueue.getState().indexOf(same.row.id);
          set({ detail: same, index: i >= 0 ? i : get().index });
          return;
        }
      } catch (err) {
        if (!isStale(err)) return reportError(err);
      }
      // otherwise follow the first claim the reviewer was looking at
      const first = detail?.claims[0]?.key;
      const found = first ? await api()['clusters.byClaim']({ projectId, claim: first }).catch(() => null) : null;
      if (found) {
        const i = useQueue.getState().indexOf(found.row.id);
        set({ clusterId: found.row.id, detail: found, index: i >= 0 ? i : null });
      } else {
        set({ clusterId: null, detail: null, index: null });
        await get().selectIndex(0);
      }
    },

    clear() {
      requestSeq++;
      set({ index: null, clusterId: null, detail: null, loading: false });
    },
  };
});
