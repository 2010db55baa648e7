// Undo for every reviewer action, in one place: the latest action of the project
// that nobody undid is reverted by the reverter of its kind, and an `undo` history row
// records it (an action can be undone once: a unique index on review_actions.undoes).
import type { UndoResult } from '../../../shared/api/types';
import type { Store } from '../../store';
import { describeChange, type ActionRecord, type Change } from '../../store/changes';
import { revertDecision, revertRegroup } from './clusters';
import { revertNames } from './names';
import { revertQuote } from './quotes';
import type { Reverted } from './undo-types';

type Reverter = (store: Store, rec: ActionRecord, reviewer: string) => Reverted;

/** One reverter per kind of change; a new kind of action does not compile without one. */
const REVERTERS: Record<Exclude<Change['kind'], 'undo'>, Reverter> = {
  verdict: revertDecision,
  note: revertDecision,
  move: revertRegroup,
  split: revertRegroup,
  'names-merge': revertNames,
  'names-split': revertNames,
  'names-confirm': revertNames,
  'names-prefer': revertNames,
  'names-rename': revertNames,
  quote: revertQuote,
};

export function undoLatest(store: Store, projectId: number, reviewer: string): UndoResult | null {
  return store.write(() => {
    store.projects.get(projectId);
    const rec = store.history.latestUndoable(projectId);
    if (!rec || rec.change.kind === 'undo') return null;
    const done = REVERTERS[rec.change.kind](store, rec, reviewer);
    store.history.append(projectId, done.change, rec.subject, done.claims, reviewer, rec.id);
    return { kind: rec.kind, summary: describeChange(rec.change), cluster: done.cluster };
  });
}

export { decide, moveToClaim, moveToCluster, note, split } from './clusters';
export { confirm, merge, prefer, rename, splitName } from './names';
export { correctQuote } from './quotes';
