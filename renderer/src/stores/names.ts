// Entities of the open project and the reviewer's name tags.
import { create } from 'zustand';
import type { EntityRow } from '../../../shared/api/types';
import { api } from '../api/client';
import { reportError, useUi } from './ui';

interface NamesState {
  projectId: number | null;
  entities: EntityRow[];
  loading: boolean;
  selectedId: number | null;
  /** entities ticked for merging */
  mergeIds: number[];
  load(projectId: number | null): Promise<void>;
  select(entityId: number | null): void;
  toggleMerge(entityId: number): void;
  merge(): Promise<void>;
  split(entityId: number, spelling: string): Promise<void>;
  confirm(entityId: number): Promise<void>;
  prefer(entityId: number, spelling: string): Promise<void>;
}

/** Conflicts the reviewer has not confirmed first, then by mentions: what needs a look leads. */
export function sortEntities(list: readonly EntityRow[]): EntityRow[] {
  const rank = (e: EntityRow) => (e.spellingConflict ? (e.confirmed ? 1 : 0) : 2);
  return [...list].sort((a, b) => rank(a) - rank(b) || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
}

export const useNames = create<NamesState>((set, get) => {
  async function apply(action: () => Promise<EntityRow[]>, message: string): Promise<void> {
    try {
      set({ entities: sortEntities(await action()), mergeIds: [] });
      useUi.getState().notify(message);
    } catch (err) {
      reportError(err);
    }
  }
  return {
    projectId: null,
    entities: [],
    loading: false,
    selectedId: null,
    mergeIds: [],

    async load(projectId) {
      set({ projectId, loading: projectId !== null, mergeIds: [] });
      if (projectId === null) return set({ entities: [] });
      try {
        const entities = await api()['entities.list']({ projectId });
        if (get().projectId === projectId) set({ entities: sortEntities(entities), loading: false });
      } catch (err) {
        set({ loading: false });
        reportError(err);
      }
    },
    select: (selectedId) => set({ selectedId }),
    toggleMerge: (id) =>
      set((s) => ({ mergeIds: s.mergeIds.includes(id) ? s.mergeIds.filter((x) => x !== id) : [...s.mergeIds, id] })),
    merge: () => apply(() => api()['entities.merge']({ entityIds: get().mergeIds }), 'Merged: now one person.'),
    split: (entityId, spelling) =>
      apply(() => api()['entities.split']({ entityId, spelling }), `“${spelling}” is now a separate person.`),
    confirm: (entityId) => apply(() => api()['entities.confirm']({ entityId }), 'Confirmed as the same person.'),
    prefer: (entityId, spelling) =>
      apply(() => api()['entities.prefer']({ entityId, spelling }), `The report will use “${spelling}”.`),
  };
});
