// The claim queue, quotes, the project history, and every reviewer action on them.
// Actions go through ./actions (one undoable, history-writing path).
import type { ApiHandlers } from '../../shared/api/contract';
import * as actions from './actions';
import type { ServiceContext } from './context';

type Handlers = Pick<
  ApiHandlers,
  | 'clusters.list'
  | 'clusters.get'
  | 'clusters.byClaim'
  | 'clusters.decide'
  | 'clusters.note'
  | 'clusters.split'
  | 'clusters.moveClaim'
  | 'clusters.moveToClaim'
  | 'claims.search'
  | 'review.undo'
  | 'history.list'
  | 'quotes.list'
  | 'quotes.correct'
>;

export function reviewerName(ctx: ServiceContext): string {
  return ctx.store.projects.settings().reviewer || 'reviewer';
}

export function reviewHandlers(ctx: ServiceContext): Handlers {
  const { store } = ctx;
  const reviewer = (): string => reviewerName(ctx);
  return {
    'clusters.list': (a) => {
      store.projects.get(a.projectId);
      return store.clusters.list(a);
    },
    'clusters.get': (a) => store.clusters.detail(a.clusterId),
    'clusters.byClaim': (a) => {
      store.projects.get(a.projectId);
      const id = store.clusters.idOfClaim(a.projectId, a.claim);
      return id === null ? null : store.clusters.detail(id);
    },
    'clusters.decide': (a) => store.clusters.detail(actions.decide(store, a.cluster, a.verdict, reviewer())),
    'clusters.note': (a) => store.clusters.detail(actions.note(store, a.cluster, a.note, reviewer())),
    'clusters.split': (a) => ({ cluster: actions.split(store, a.cluster, a.claims, reviewer()) }),
    'clusters.moveClaim': (a) => store.clusters.detail(actions.moveToCluster(store, a.claim, a.target, reviewer()).id),
    'clusters.moveToClaim': (a) => store.clusters.detail(actions.moveToClaim(store, a.projectId, a.claim, a.anchor, reviewer()).id),
    'claims.search': (a) => {
      store.projects.get(a.projectId);
      return store.clusters.searchClaims(a.projectId, a.text, a.limit ?? 20);
    },
    'review.undo': (a) => ({ undone: actions.undoLatest(store, a.projectId, reviewer()) }),
    'history.list': (a) => {
      store.projects.get(a.projectId);
      return store.history.list(a.projectId, a.limit ?? 100, a.before ?? null);
    },
    'quotes.list': (a) => {
      store.projects.get(a.projectId);
      return store.people.quotes(a.projectId);
    },
    'quotes.correct': (a) => {
      actions.correctQuote(store, a.projectId, a.quote, a.correction, reviewer());
      return store.people.quotes(a.projectId);
    },
  };
}

