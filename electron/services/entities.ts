// Names: the reviewer's merge / split / confirm / prefer, stored as tags on spellings
// and re-applied to the engine's entities at once and after every re-analysis.
import type { ApiHandlers } from '../../shared/api/contract';
import type { EntityRow } from '../../shared/api/types';
import type { NameTag } from '../../shared/engine/names/tags';
import type { ServiceContext } from './context';
import { reapplyTags } from './name-tags';

type Handlers = Pick<ApiHandlers, 'entities.list' | 'entities.merge' | 'entities.split' | 'entities.confirm' | 'entities.prefer'>;

export function entityHandlers(ctx: ServiceContext): Handlers {
  const { store } = ctx;
  const reviewer = (): string => store.projects.settings().reviewer || 'reviewer';
  const tag = (projectId: number, t: NameTag): EntityRow[] => {
    store.db.transaction(() => {
      store.people.addTag(projectId, t, reviewer());
      reapplyTags(store, projectId);
    })();
    return store.people.entities(projectId);
  };
  const spellingOf = (entityId: number, spelling: string): { projectId: number; spellings: string[] } => {
    const e = store.people.entity(entityId);
    if (!e.spellings.includes(spelling)) throw new Error(`"${spelling}" is not a spelling of ${e.name}.`);
    return e;
  };
  return {
    'entities.list': (a) => store.people.entities(a.projectId),
    'entities.merge': (a) => {
      const found = a.entityIds.map((id) => store.people.entity(id));
      const projectId = found[0]!.projectId;
      if (found.some((e) => e.projectId !== projectId)) throw new Error('Entities from different projects cannot be merged.');
      const anchor = found[0]!.spellings[0]!;
      store.db.transaction(() => {
        for (const e of found.slice(1)) store.people.addTag(projectId, { kind: 'same-person', spelling: anchor, other: e.spellings[0]! } satisfies NameTag, reviewer());
        reapplyTags(store, projectId);
      })();
      return store.people.entities(projectId);
    },
    'entities.split': (a) => {
      const e = spellingOf(a.entityId, a.spelling);
      if (e.spellings.length < 2) throw new Error('An entity with one spelling cannot be split.');
      return tag(e.projectId, { kind: 'different-people', spelling: a.spelling });
    },
    'entities.confirm': (a) => {
      const e = store.people.entity(a.entityId);
      return tag(e.projectId, { kind: 'confirm', spelling: e.spellings[0] ?? e.name });
    },
    'entities.prefer': (a) => {
      const e = spellingOf(a.entityId, a.spelling);
      return tag(e.projectId, { kind: 'preferred-spelling', spelling: a.spelling });
    },
  };
}
