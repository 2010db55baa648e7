// The selected cluster and its evidence, and the reviewer's actions on it.
// Every action goes straight to the API: decisions are stored the moment they are made.
import { create } from 'zustand';
import type { ClusterDetail } from '../../../shared/api/types';
import type { Verdict } from '../../../shared/types';
import { api } from '../api/client';
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
  /** `clusterId` defaults to the selected one; a note left behind by j/k is saved for its own cluster */
  saveNote(note: string, clusterId?: number): Promise<void>;
  undo(): Promise<void>;
  split(claimIds: number[]): Promise<void>;
  moveClaim(claimId: number, targetClusterId: number): Promise<void>;
  clear(): void;
}

let requestSeq = 0;

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

export const useSelection = create<SelectionState>((set, get) => ({
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
    const { clusterId } = get();
    if (clusterId === null) return;
    try {
      const detail = await api()['clusters.decide']({ clusterId, verdict });
      set({ detail });
      useQueue.getState().patchRow(detail.row);
    } catch (err) {
      reportError(err);
    }
  },

  async saveNote(note, forCluster) {
    const clusterId = forCluster ?? get().clusterId;
    if (clusterId === null) return;
    try {
      const detail = await api()['clusters.note']({ clusterId, note });
      if (get().clusterId === clusterId) set({ detail });
      useQueue.getState().patchRow(detail.row);
    } catch (err) {
      reportError(err);
    }
  },

  async undo() {
    const projectId = useQueue.getState().projectId;
    if (projectId === null) return;
    try {
      const { clusterId } = await api()['clusters.undo']({ projectId });
      if (clusterId === null) {
        useUi.getState().notify('Nothing to undo.');
        return;
      }
      const detail = await api()['clusters.get']({ clusterId });
      useQueue.getState().patchRow(detail.row);
      const i = useQueue.getState().indexOf(clusterId);
      set({ clusterId, detail, index: i >= 0 ? i : get().index });
      useUi.getState().notify('Undone.');
    } catch (err) {
      reportError(err);
    }
  },

  async split(claimIds) {
    const { clusterId } = get();
    if (clusterId === null) return;
    try {
      const res = await api()['clusters.split']({ clusterId, claimIds });
      await useQueue.getState().reload();
      await load(clusterId, set);
      useUi.getState().notify(`Split ${claimIds.length} claim${claimIds.length === 1 ? '' : 's'} into cluster #${res.clusterId}.`);
    } catch (err) {
      reportError(err);
    }
  },

  async moveClaim(claimId, targetClusterId) {
    try {
      const detail = await api()['clusters.moveClaim']({ claimId, targetClusterId });
      await useQueue.getState().reload();
      const i = useQueue.getState().indexOf(detail.row.id);
      set({ clusterId: detail.row.id, detail, index: i >= 0 ? i : null });
      useUi.getState().notify(`Moved the claim to cluster #${targetClusterId}.`);
    } catch (err) {
      reportError(err);
    }
  },

  clear() {
    requestSeq++;
    set({ index: null, clusterId: null, detail: null, loading: false });
  },
}));
