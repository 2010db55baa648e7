// Entities of the open project and the reviewer's name tags. Every action names the
// entity as the reviewer saw it (id + key); one that changed meanwhile is refused as
// stale and the list reloads.
import { create } from 'zustand';
import type { EntityRef, EntityRow } from '../../../shared/api/types';
import { ApiError } from '../../../shared/api/errors';
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
  /** the report uses a name the reviewer types */
  rename(entityId: number, name: string): Promise<void>;
}

/** Conflicts the reviewer has not confirmed first, then by mentions: what needs a look leads. */
export function sortEntities(list: readonly EntityRow[]): EntityRow[] {
  const rank = (e: EntityRow) => (e.spellingConflict ? (e.confirmed ? 1 : 0) : 2);
  return [...list].sort((a, b) => rank(a) - rank(b) || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
}

export const useNames = create<NamesState>((set, get) => {
  const ref = (entityId: number): EntityRef => {
    const e = get().entities.find((x) => x.id === entityId);
    if (!e) throw new ApiError('stale', 'This name is no longer in the list; it was reloaded.');
    return { id: e.id, key: e.key };
  };
  async function apply(action: () => Promise<EntityRow[]>, message: string): Promise<void> {
    try {
      set({ entities: sortEntities(await action()), mergeIds: [] });
      useUi.getState().notify(message);
    } catch (err) {
      reportError(err);
      if (err instanceof ApiError && (err.code === 'stale' || err.code === 'not-found')) await get().load(get().projectId);
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
    merge: () => apply(() => api()['entities.merge']({ entities: get().mergeIds.map(ref) }), 'Merged: now one person.'),
    split: (entityId, spelling) =>
      apply(() => api()['entities.split']({ entity: ref(entityId), spelling }), `“${spelling}” is now a separate person.`),
    confirm: (entityId) => apply(() => api()['entities.confirm']({ entity: ref(entityId) }), 'Confirmed as the same person.'),
    prefer: (entityId, spelling) =>
      apply(() => api()['entities.prefer']({ entity: ref(entityId), spelling }), `The report will use “${spelling}”.`),
    rename: (entityId, name) => apply(() => api()['entities.rename']({ entity: ref(entityId), name }), `The report will use “${name.trim()}”.`),
  };
});
