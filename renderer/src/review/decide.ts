// A reviewer's verdict from a key or a button, then (when the reviewer turned it
// on) the next claim. One path for both, so the keyboard and the mouse agree.
import type { Verdict } from '../../../shared/types';
import { usePrefs } from '../stores/prefs';
import { useSelection } from '../stores/selection';

export async function decideAndAdvance(verdict: Verdict | null): Promise<void> {
  const sel = useSelection.getState();
  const clusterId = sel.clusterId;
  if (clusterId === null) return;
  await sel.decide(verdict);
  const after = useSelection.getState();
  // advance only when the verdict was stored (a failed call keeps the reviewer where the error is)
  // and only from a position in the queue; clearing a verdict never moves on
  const stored = after.clusterId === clusterId && after.detail?.row.id === clusterId && after.detail.row.reviewed === verdict;
  if (verdict !== null && stored && usePrefs.getState().autoAdvance && after.index !== null) await after.move(1);
}
