// Reviewer decisions on names, applied after the engine's merge. A tag names spellings
// by their normalised text (spellingKey), never by engine ids, so the same tags give
// the same result after any re-analysis of the same articles (ids are renumbered).
import type { Entity, EntityType, Spelling, TextMention } from '../../types';
import { spellingKey } from './normalize';
import { assembleEntity, type SpelledMention } from './summary';

export type NameTag =
  /** the two spellings are one person: merge their entities */
  | { kind: 'same-person'; spelling: string; other: string }
  /** this spelling is someone else: split it off the entity that holds it */
  | { kind: 'different-people'; spelling: string }
  /** the entity holding this spelling is right as it stands */
  | { kind: 'confirm'; spelling: string }
  /** use this spelling for the entity that holds it */
  | { kind: 'preferred-spelling'; spelling: string };

export type TaggedEntity = Entity & {
  /** a reviewer confirmed (or merged) this entity; its spelling conflict stays visible */
  confirmed: boolean;
  preferredBy: 'engine' | 'reviewer';
};

/** The key a tag stores for a spelling: case, accents, hyphens, dots and titles do not matter. */
export const tagKey = spellingKey;

interface Group {
  type: EntityType;
  details: Spelling[];
  mentions: Array<TextMention & { article: string }>;
  confirmed: boolean;
  reviewerPreferred: string | null;
  /** position of its first spelling in the engine's order, for stable renumbering */
  rank: number;
}

const spellingOf = (m: TextMention & { article: string }): string | null =>
  'spelling' in m && typeof (m as SpelledMention).spelling === 'string' ? (m as SpelledMention).spelling : null;

const roleOf = (m: TextMention & { article: string }): string | null =>
  'role' in m && typeof (m as SpelledMention).role === 'string' ? (m as SpelledMention).role : null;

export function applyNameTags(entities: readonly Entity[], tags: readonly NameTag[]): TaggedEntity[] {
  const groups: Group[] = entities.map((e, i) => ({
    type: e.type,
    details: e.spellingDetails.map((d) => ({ ...d, articles: [...d.articles], sourceGroups: [...d.sourceGroups] })),
    mentions: [...e.mentions],
    confirmed: false,
    reviewerPreferred: null,
    rank: i * 10000,
  }));
  const find = (key: string): Group | undefined => groups.find((g) => g.details.some((d) => tagKey(d.spelling) === key));

  for (const tag of tags) {
    const key = tagKey(tag.spelling);
    const group = find(key);
    if (!group) continue; // the spelling is gone from these articles: the tag waits, inert
    switch (tag.kind) {
      case 'same-person': {
        const other = find(tagKey(tag.other));
        if (other && other !== group && other.type === group.type) {
          const [keep, drop] = group.rank <= other.rank ? [group, other] : [other, group];
          keep.details.push(...drop.details);
          keep.mentions.push(...drop.mentions);
          keep.confirmed = true;
          keep.reviewerPreferred ??= drop.reviewerPreferred;
          groups.splice(groups.indexOf(drop), 1);
        } else if (other === group) group.confirmed = true;
        break;
      }
      case 'different-people': {
        const moved = group.details.filter((d) => tagKey(d.spelling) === key);
        if (moved.length === group.details.length) break;
        const movedSpellings = new Set(moved.map((d) => d.spelling));
        const index = group.details.findIndex((d) => tagKey(d.spelling) === key);
        group.details = group.details.filter((d) => !movedSpellings.has(d.spelling));
        const take = group.mentions.filter((m) => movedSpellings.has(spellingOf(m) ?? ''));
        group.mentions = group.mentions.filter((m) => !take.includes(m));
        if (group.reviewerPreferred && tagKey(group.reviewerPreferred) === key) group.reviewerPreferred = null;
        groups.push({ type: group.type, details: moved, mentions: take, confirmed: false, reviewerPreferred: null, rank: group.rank + index });
        break;
      }
      case 'confirm':
        group.confirmed = true;
        break;
      case 'preferred-spelling':
        group.reviewerPreferred = group.details.find((d) => tagKey(d.spelling) === key)?.spelling ?? null;
        break;
    }
  }

  groups.sort((a, b) => a.rank - b.rank);
  return groups.map((g, i) => {
    const mentions = g.mentions.map((m) => ({ ...m, spelling: spellingOf(m) ?? '', role: roleOf(m) }));
    const entity = assembleEntity(`e${i + 1}`, g.type, g.details, mentions);
    entity.mentions = g.mentions;
    if (g.reviewerPreferred) {
      entity.preferred = { spelling: g.reviewerPreferred, reason: 'chosen by a reviewer' };
      entity.name = g.reviewerPreferred;
    }
    return { ...entity, confirmed: g.confirmed, preferredBy: g.reviewerPreferred ? 'reviewer' : 'engine' };
  });
}

