// Names: the reviewer's merge / split / confirm / prefer / typed name, through the
// one action path (./actions/names.ts).
import type { ApiHandlers } from '../../shared/api/contract';
import * as actions from './actions';
import type { ServiceContext } from './context';
import { reviewerName } from './review';

type Handlers = Pick<ApiHandlers, 'entities.list' | 'entities.merge' | 'entities.split' | 'entities.confirm' | 'entities.prefer' | 'entities.rename'>;

export function entityHandlers(ctx: ServiceContext): Handlers {
  const { store } = ctx;
  const reviewer = (): string => reviewerName(ctx);
  return {
    'entities.list': (a) => {
      store.projects.get(a.projectId);
      return store.people.entities(a.projectId);
    },
    'entities.merge': (a) => store.people.entities(actions.merge(store, a.entities, reviewer())),
    'entities.split': (a) => store.people.entities(actions.splitName(store, a.entity, a.spelling, reviewer())),
    'entities.confirm': (a) => store.people.entities(actions.confirm(store, a.entity, reviewer())),
    'entities.prefer': (a) => store.people.entities(actions.prefer(store, a.entity, a.spelling, reviewer())),
    'entities.rename': (a) => store.people.entities(actions.rename(store, a.entity, a.name, reviewer())),
  };
}
