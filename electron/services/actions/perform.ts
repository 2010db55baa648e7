// The one path every reviewer action takes: inside ONE write transaction (IMMEDIATE,
// bounded retry) it checks what the reviewer named against the current rows (a stale
// reference is refused), writes the reviewer rows, appends the typed history row and
// refreshes what is derived from them. Nothing is written when any step fails.
//
// Adding an action: a member of `Change` (store/changes.ts), a function here that calls
// `perform`, and its entry in REVERTERS (./index.ts), which the compiler demands.
import type { ClusterRef } from '../../../shared/api/types';
import type { Store } from '../../store';
import type { Change } from '../../store/changes';
import type { StoredKey } from '../../store/keys';

export interface Performed<R> {
  projectId: number;
  change: Change;
  /** what the history shows the action was about: the claim, the name, the quote */
  subject: string;
  /** the claims it touched, by stable key (a cluster's history finds it by these) */
  claims: readonly StoredKey[];
  /** writes that need the history row's id (moves and tags link to it); runs in the same transaction */
  finish(actionId: number): R;
}

export function perform<R>(store: Store, reviewer: string, prepare: () => Performed<R>): R {
  return store.write(() => {
    const p = prepare();
    const id = store.history.append(p.projectId, p.change, p.subject, p.claims, reviewer);
    return p.finish(id);
  });
}

/** The cluster that holds this claim now, as a reference the UI can act on. */
export function clusterOfKey(store: Store, projectId: number, key: StoredKey): ClusterRef | null {
  const claim = store.review.claimByKey(projectId, key);
  if (!claim) return null;
  const row = store.clusters.row(claim.clusterId);
  return { id: row.id, key: row.key };
}
