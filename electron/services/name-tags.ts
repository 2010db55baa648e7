// Re-applies the reviewer's name tags (constraints on spellings) to the engine's
// entities, after every tag and every re-analysis.
//
// The engine's applyNameTags finds a tag's spelling by its normalised key (case,
// accents and hyphens do not matter), and for a preferred spelling takes the FIRST
// spelling with that key: choosing "Al-Aiban" could come back as "al-Aiban". A
// reviewer's choice is kept exactly as made: after the engine, the spelling of the
// latest preference (or a typed name) is written back verbatim.
import { applyNameTags, tagKey, type NameTag } from '../../shared/engine/names/tags';
import type { Entity } from '../../shared/types';
import type { Store, StoredEntity } from '../store';
import type { ReviewerNameTag } from '../store/changes';
import type { StoredTag } from '../store/people';

const isEngineTag = (t: ReviewerNameTag): t is NameTag => t.kind !== 'canonical-name';

export const TYPED_NAME_REASON = 'typed by a reviewer';
export const CHOSEN_SPELLING_REASON = 'chosen by a reviewer';

export function applyStoredTags(store: Store, projectId: number, entities: readonly Entity[]): StoredEntity[] {
  return applyTags(store.people.tags(projectId), entities);
}

export function applyTags(rows: readonly StoredTag[], entities: readonly Entity[]): StoredEntity[] {
  const tagged = applyNameTags([...entities], rows.map((r) => r.tag).filter(isEngineTag));
  return tagged.map((e) => {
    const keys = new Set(e.spellingDetails.map((d) => tagKey(d.spelling)));
    // the reviewer's latest word on this entity's name: a preferred spelling the engine
    // applied, or a typed name on one of its spellings
    let naming: StoredTag | undefined;
    for (const r of rows) {
      if (r.tag.kind === 'preferred-spelling' && e.preferredBy === 'reviewer' && tagKey(r.tag.spelling) === tagKey(e.preferred.spelling)) naming = r;
      if (r.tag.kind === 'canonical-name' && keys.has(tagKey(r.tag.spelling))) naming = r;
    }
    const out: StoredEntity = { ...e, preferredBy: e.preferredBy === 'reviewer' ? (naming?.reviewer ?? 'reviewer') : null };
    if (naming?.tag.kind === 'preferred-spelling') {
      out.preferred = { spelling: naming.tag.spelling, reason: CHOSEN_SPELLING_REASON };
      out.name = naming.tag.spelling;
    } else if (naming?.tag.kind === 'canonical-name') {
      out.preferred = { spelling: naming.tag.name, reason: TYPED_NAME_REASON };
      out.name = naming.tag.name;
      out.preferredBy = naming.reviewer;
    }
    return out;
  });
}

/** After a tag changed: rewrite the stored entities from the engine's untagged ones. */
export function reapplyTags(store: Store, projectId: number): void {
  const base = store.people.engineEntities<Entity>(projectId);
  store.writer.writeEntities(projectId, applyStoredTags(store, projectId, base));
}
