// Reviewer actions on names: merge, split, confirm, preferred spelling (kept exactly
// as chosen), a typed name; stored as tags on spellings and re-applied to the engine's
// entities at once and after every re-analysis.
import { ServiceError } from '../../../shared/api/errors';
import type { EntityRef } from '../../../shared/api/types';
import type { Store } from '../../store';
import type { ActionRecord, NamesKind, ReviewerNameTag } from '../../store/changes';
import { reapplyTags } from '../name-tags';
import { perform } from './perform';
import type { Reverted } from './undo-types';

function tagAction(store: Store, reviewer: string, kind: NamesKind, resolve: () => { projectId: number; subject: string; tags: ReviewerNameTag[] }): void {
  perform(store, reviewer, () => {
    const { projectId, subject, tags } = resolve();
    return {
      projectId,
      change: { kind, tags },
      subject,
      claims: [],
      finish: (actionId) => {
        for (const t of tags) store.people.addTag(projectId, t, reviewer, actionId);
        reapplyTags(store, projectId);
      },
    };
  });
}

function spellingOf(store: Store, ref: EntityRef, spelling: string): ReturnType<Store['people']['entityByRef']> {
  const e = store.people.entityByRef(ref);
  if (!e.spellings.includes(spelling)) throw new ServiceError('refused', `“${spelling}” is not a spelling of ${e.preferred}; nothing was changed.`);
  return e;
}

export function merge(store: Store, refs: readonly EntityRef[], reviewer: string): number {
  let projectId = 0;
  tagAction(store, reviewer, 'names-merge', () => {
    const found = refs.map((r) => store.people.entityByRef(r));
    projectId = found[0]!.projectId;
    if (found.some((e) => e.projectId !== projectId)) throw new ServiceError('refused', 'Names from different projects cannot be merged.');
    const anchor = found[0]!.spellings[0]!;
    return {
      projectId,
      subject: found.map((e) => e.preferred).join(' + '),
      tags: found.slice(1).map((e): ReviewerNameTag => ({ kind: 'same-person', spelling: anchor, other: e.spellings[0]! })),
    };
  });
  return projectId;
}

export function splitName(store: Store, ref: EntityRef, spelling: string, reviewer: string): number {
  let projectId = 0;
  tagAction(store, reviewer, 'names-split', () => {
    const e = spellingOf(store, ref, spelling);
    if (e.spellings.length < 2) throw new ServiceError('refused', 'A name with one spelling cannot be split; nothing was changed.');
    projectId = e.projectId;
    return { projectId, subject: e.preferred, tags: [{ kind: 'different-people', spelling }] };
  });
  return projectId;
}

export function confirm(store: Store, ref: EntityRef, reviewer: string): number {
  let projectId = 0;
  tagAction(store, reviewer, 'names-confirm', () => {
    const e = store.people.entityByRef(ref);
    projectId = e.projectId;
    return { projectId, subject: e.preferred, tags: [{ kind: 'confirm', spelling: e.spellings[0] ?? e.name }] };
  });
  return projectId;
}

/** The report uses this spelling, exactly as the reviewer chose it (case and hyphens included). */
export function prefer(store: Store, ref: EntityRef, spelling: string, reviewer: string): number {
  let projectId = 0;
  tagAction(store, reviewer, 'names-prefer', () => {
    const e = spellingOf(store, ref, spelling);
    projectId = e.projectId;
    return { projectId, subject: e.preferred, tags: [{ kind: 'preferred-spelling', spelling }] };
  });
  return projectId;
}

/** A name the reviewer types (OpenRefine's "merge with a chosen value"): the report uses it. */
export function rename(store: Store, ref: EntityRef, name: string, reviewer: string): number {
  let projectId = 0;
  tagAction(store, reviewer, 'names-rename', () => {
    const e = store.people.entityByRef(ref);
    projectId = e.projectId;
    return { projectId, subject: e.preferred, tags: [{ kind: 'canonical-name', spelling: e.spellings[0] ?? e.name, name }] };
  });
  return projectId;
}

export function revertNames(store: Store, rec: ActionRecord): Reverted {
  store.people.removeTags(rec.id);
  reapplyTags(store, rec.projectId);
  return { claims: [], change: { kind: 'undo', undid: rec.kind }, cluster: null };
}
