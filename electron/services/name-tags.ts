// Re-applies the reviewer's name tags (constraints on spellings) to the engine's entities.
import { applyNameTags, type NameTag } from '../../shared/engine/names/tags';
import type { Entity } from '../../shared/types';
import type { Store, StoredEntity } from '../store';

export function applyStoredTags(store: Store, projectId: number, entities: readonly Entity[]): StoredEntity[] {
  const rows = store.people.tags<NameTag>(projectId);
  const tagged = applyNameTags([...entities], rows.map((r) => r.tag));
  return tagged.map((e) => {
    // who chose the preferred spelling: the latest 'prefer' tag that still applies to this entity
    const prefer = [...rows].reverse().find((r) => r.tag.kind === 'preferred-spelling' && r.tag.spelling === e.preferred.spelling);
    return { ...e, preferredBy: e.preferredBy === 'reviewer' ? (prefer?.reviewer ?? 'reviewer') : null };
  });
}

/** After a new tag: rewrite the stored entities from the engine's untagged ones. */
export function reapplyTags(store: Store, projectId: number): void {
  const base = store.people.engineEntities<Entity>(projectId);
  store.writer.writeEntities(projectId, applyStoredTags(store, projectId, base));
}
