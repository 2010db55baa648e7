// The claim queue and reviewer decisions.
import type { ApiHandlers } from '../../shared/api/contract';
import type { ServiceContext } from './context';

type Handlers = Pick<
  ApiHandlers,
  'clusters.list' | 'clusters.get' | 'clusters.decide' | 'clusters.note' | 'clusters.undo' | 'clusters.split' | 'clusters.moveClaim' | 'quotes.list'
>;

export function reviewHandlers(ctx: ServiceContext): Handlers {
  const { store } = ctx;
  const reviewer = (): string => store.projects.settings().reviewer || 'reviewer';
  return {
    'clusters.list': (a) => store.clusters.list(a),
    'clusters.get': (a) => store.clusters.detail(a.clusterId),
    'clusters.decide': (a) => {
      store.review.decide(a.clusterId, a.verdict, reviewer());
      return store.clusters.detail(a.clusterId);
    },
    'clusters.note': (a) => {
      store.review.note(a.clusterId, a.note, reviewer());
      return store.clusters.detail(a.clusterId);
    },
    'clusters.undo': (a) => {
      store.projects.get(a.projectId);
      return { clusterId: store.review.undo(a.projectId, reviewer()) };
    },
    'clusters.split': (a) => ({ clusterId: store.review.split(a.clusterId, a.claimIds, reviewer()) }),
    'clusters.moveClaim': (a) => {
      store.review.moveClaim(a.claimId, a.targetClusterId, reviewer());
      return store.clusters.detail(a.targetClusterId);
    },
    'quotes.list': (a) => {
      store.projects.get(a.projectId);
      return store.people.quotes(a.projectId);
    },
  };
}
