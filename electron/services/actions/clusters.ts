// Reviewer actions on claim clusters: verdict, note, move, split; and their undo.
import { ServiceError } from '../../../shared/api/errors';
import type { ClaimKey, ClusterRef } from '../../../shared/api/types';
import type { Verdict } from '../../../shared/types';
import type { Store } from '../../store';
import type { ActionRecord, Change, KeyState } from '../../store/changes';
import { fromSpanKey, sameKey, type StoredKey } from '../../store/keys';
import type { MemberKey } from '../../store/review';
import { clusterOfKey, perform } from './perform';
import type { Reverted } from './undo-types';

const keyOf = (m: MemberKey): StoredKey => ({ hash: m.hash, start: m.start, end: m.end });
const stateOf = (m: MemberKey): KeyState => ({ key: keyOf(m), verdict: m.verdict, note: m.note });

export const STALE_CLAIM = 'This claim is no longer in the analysis (a re-analysis changed it); reload and choose again. Nothing was saved.';

function membersOf(store: Store, ref: ClusterRef): { id: number; projectId: number; members: MemberKey[] } {
  const { id, projectId } = store.review.resolveCluster(ref);
  const members = store.review.members(id);
  if (members.length === 0) throw new ServiceError('stale', 'This cluster has no claims any more; it was reloaded and nothing was saved.');
  return { id, projectId, members };
}

/** Sets the reviewer's verdict on every claim of the cluster; returns the cluster id. */
export function decide(store: Store, ref: ClusterRef, verdict: Verdict | null, reviewer: string): number {
  return perform(store, reviewer, () => {
    const { id, projectId, members } = membersOf(store, ref);
    const oldVerdict = members.find((m) => m.verdict !== null)?.verdict ?? null;
    const change: Change = { kind: 'verdict', before: members.map(stateOf), oldVerdict, verdict };
    return {
      projectId,
      change,
      subject: members[0]!.text,
      claims: members.map(keyOf),
      finish: () => {
        store.review.setVerdict(projectId, members.map(keyOf), verdict, reviewer);
        store.state.refresh([id]);
        return id;
      },
    };
  });
}

/** Sets the note on every claim of the cluster; an empty note clears it. */
export function note(store: Store, ref: ClusterRef, text: string, reviewer: string): number {
  const value = text.trim() === '' ? null : text;
  return perform(store, reviewer, () => {
    const { id, projectId, members } = membersOf(store, ref);
    const verdict = members.find((m) => m.verdict !== null)?.verdict ?? null;
    return {
      projectId,
      change: { kind: 'note', before: members.map(stateOf), verdict, note: value },
      subject: members[0]!.text,
      claims: members.map(keyOf),
      finish: () => {
        store.review.setNote(projectId, members.map(keyOf), value, reviewer);
        store.state.refresh([id]);
        return id;
      },
    };
  });
}

function claimIn(store: Store, projectId: number, key: StoredKey): { id: number; clusterId: number; text: string } {
  const claim = store.review.claimByKey(projectId, key);
  if (!claim) throw new ServiceError('stale', STALE_CLAIM);
  return claim;
}

/**
 * Moves a claim into the cluster of an anchor claim, and records the move so it is
 * re-applied after every re-analysis. Returns the cluster holding the claim now.
 */
function moveNextTo(store: Store, projectId: number, claimKey: StoredKey, anchorOf: () => StoredKey, reviewer: string): ClusterRef {
  return perform(store, reviewer, () => {
    const anchor = anchorOf();
    const claim = claimIn(store, projectId, claimKey);
    const target = claimIn(store, projectId, anchor);
    if (claim.clusterId === target.clusterId) throw new ServiceError('refused', 'The claim is already in that cluster; nothing was changed.');
    return {
      projectId,
      change: { kind: 'move', claim: claimKey, anchor },
      subject: claim.text,
      claims: [claimKey],
      finish: (actionId) => {
        store.review.addMove(projectId, claimKey, anchor, actionId);
        store.clusterRows.rematerialise(projectId);
        const now = clusterOfKey(store, projectId, claimKey);
        if (!now) throw new Error('The moved claim has no cluster.');
        return now;
      },
    };
  });
}

/** Moves a claim into a cluster the reviewer opened (its first claim is the anchor). */
export function moveToCluster(store: Store, claim: ClaimKey, target: ClusterRef, reviewer: string): ClusterRef {
  const { projectId } = store.review.resolveCluster(target);
  // checked again inside the write: the cluster must still be the one the reviewer saw
  return moveNextTo(store, projectId, fromSpanKey(claim), () => keyOf(membersOf(store, target).members[0]!), reviewer);
}

/** Moves a claim into the cluster of another claim, both named by stable key. */
export function moveToClaim(store: Store, projectId: number, claim: ClaimKey, anchor: ClaimKey, reviewer: string): ClusterRef {
  store.projects.get(projectId);
  return moveNextTo(store, projectId, fromSpanKey(claim), () => fromSpanKey(anchor), reviewer);
}

/** Splits the given claims off into a cluster of their own; returns it. */
export function split(store: Store, ref: ClusterRef, claims: readonly ClaimKey[], reviewer: string): ClusterRef {
  return perform(store, reviewer, () => {
    const { projectId, members } = membersOf(store, ref);
    const wanted = claims.map(fromSpanKey);
    const moving = members.filter((m) => wanted.some((k) => sameKey(k, m)));
    if (moving.length !== new Set(wanted.map((k) => `${k.hash}:${k.start}:${k.end}`)).size) {
      throw new ServiceError('stale', 'A claim to split off is not in this cluster any more; it was reloaded and nothing was saved.');
    }
    if (moving.length === members.length) throw new ServiceError('refused', 'Splitting off every claim would leave the cluster empty; nothing was changed.');
    const first = keyOf(moving[0]!);
    return {
      projectId,
      change: { kind: 'split', claims: moving.map(keyOf) },
      subject: moving[0]!.text,
      claims: moving.map(keyOf),
      finish: (actionId) => {
        for (const m of moving) store.review.addMove(projectId, keyOf(m), first, actionId);
        store.clusterRows.rematerialise(projectId);
        const now = clusterOfKey(store, projectId, first);
        if (!now) throw new Error('The split-off claims have no cluster.');
        return now;
      },
    };
  });
}

/** Undo of a verdict or a note: every claim gets back the decision it had. */
export function revertDecision(store: Store, rec: ActionRecord, reviewer: string): Reverted {
  const c = rec.change;
  if (c.kind !== 'verdict' && c.kind !== 'note') throw new Error(`not a decision: ${c.kind}`);
  store.review.restore(rec.projectId, c.before, reviewer);
  const clusters = c.before.map((s) => store.review.claimByKey(rec.projectId, s.key)?.clusterId).filter((x): x is number => x !== undefined);
  store.state.refresh(clusters);
  const restoredVerdict = c.before.find((s) => s.verdict !== null)?.verdict ?? null;
  return {
    claims: c.before.map((s) => s.key),
    change:
      c.kind === 'verdict'
        ? { kind: 'undo', undid: 'verdict', fromVerdict: c.verdict, restoredVerdict }
        : { kind: 'undo', undid: 'note', fromVerdict: c.verdict, restoredVerdict: c.verdict, restoredNote: c.before[0]?.note ?? null },
    cluster: c.before[0] ? clusterOfKey(store, rec.projectId, c.before[0].key) : null,
  };
}

/** Undo of a move or split: its move rows go, and the clusters are regrouped without them. */
export function revertRegroup(store: Store, rec: ActionRecord): Reverted {
  const c = rec.change;
  if ((c.kind !== 'move' && c.kind !== 'split') || c.legacy) throw new Error(`not an undoable regroup: ${c.kind}`);
  store.review.removeMoves(rec.id);
  store.clusterRows.rematerialise(rec.projectId);
  const keys = c.kind === 'move' ? [c.claim] : c.claims;
  return {
    claims: keys,
    change: { kind: 'undo', undid: c.kind },
    cluster: keys[0] ? clusterOfKey(store, rec.projectId, keys[0]) : null,
  };
}
