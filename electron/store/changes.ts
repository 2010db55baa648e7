// The typed record each reviewer action keeps in review_actions.change: what was
// done, and what an undo must restore. The table stores it as JSON so a new kind of
// action needs a new member here, not a migration.
import type { ActionKind, HistoryAction, HistoryEntry } from '../../shared/api/types';
import type { NameTag } from '../../shared/engine/names/tags';
import type { Verdict } from '../../shared/types';
import type { StoredKey } from './keys';

/** A claim's decision before an action changed it. */
export interface KeyState {
  key: StoredKey;
  verdict: Verdict | null;
  note: string | null;
}

/** The engine's name tags plus the one only reviewers give: a typed name for an entity. */
export type ReviewerNameTag = NameTag | { kind: 'canonical-name'; spelling: string; name: string };

/** A quote correction as stored (quote_corrections). */
export interface StoredCorrection {
  kind: 'speaker' | 'no-speaker' | 'not-a-quote';
  speaker: string | null;
  spelling: string | null;
}

export type NamesKind = 'names-merge' | 'names-split' | 'names-confirm' | 'names-prefer' | 'names-rename';

export type Change =
  | { kind: 'verdict'; before: KeyState[]; oldVerdict: Verdict | null; verdict: Verdict | null }
  | { kind: 'note'; before: KeyState[]; verdict: Verdict | null; note: string | null }
  | { kind: 'move'; claim: StoredKey; anchor: StoredKey; legacy?: undefined }
  | { kind: 'split'; claims: StoredKey[]; legacy?: undefined }
  /** moves and splits recorded by schema 1: shown in the history, not undoable */
  | { kind: 'move' | 'split'; legacy: true }
  | { kind: NamesKind; tags: ReviewerNameTag[] }
  | { kind: 'quote'; quote: StoredKey; before: StoredCorrection | null; after: StoredCorrection | null; engineSpeaker: string | null }
  | { kind: 'undo'; undid: ActionKind; fromVerdict?: Verdict | null; restoredVerdict?: Verdict | null; restoredNote?: string | null };

export interface ActionRecord {
  id: number;
  projectId: number;
  kind: ActionKind;
  subject: string;
  change: Change;
  undoes: number | null;
  reviewer: string;
  at: string;
}

const CLUSTER_KINDS: readonly string[] = ['verdict', 'note', 'move', 'split', 'undo'];

export function isHistoryAction(kind: string): kind is HistoryAction {
  return CLUSTER_KINDS.includes(kind);
}

function verdictWord(v: Verdict | null | undefined): string {
  return v ?? 'unreviewed';
}

function correctionWords(c: StoredCorrection | null, engineSpeaker: string | null): string {
  if (!c) return `the engine's speaker (${engineSpeaker ?? 'none'})`;
  switch (c.kind) {
    case 'speaker':
      return `speaker ${c.speaker ?? '?'}`;
    case 'no-speaker':
      return 'no speaker';
    case 'not-a-quote':
      return 'not a quote';
  }
}

/** The action in words, for the project history. */
export function describeChange(change: Change): string {
  switch (change.kind) {
    case 'verdict':
      return `${verdictWord(change.oldVerdict)} → ${verdictWord(change.verdict)}`;
    case 'note':
      return change.note ? `note: “${change.note}”` : 'note cleared';
    case 'move':
      return 'moved a claim to another cluster';
    case 'split':
      return 'split the cluster';
    case 'names-merge':
      return 'merged names into one person';
    case 'names-split':
      return 'split a spelling off as a different person';
    case 'names-confirm':
      return 'confirmed the spellings as one person';
    case 'names-prefer':
      return `chose the spelling “${change.tags[0]?.spelling ?? ''}”`;
    case 'names-rename': {
      const t = change.tags[0];
      return `named the person “${t?.kind === 'canonical-name' ? t.name : ''}”`;
    }
    case 'quote':
      return `quote: ${correctionWords(change.before, change.engineSpeaker)} → ${correctionWords(change.after, change.engineSpeaker)}`;
    case 'undo':
      return `undid: ${change.undid}`;
  }
}

/** A row of a cluster's history (only the kinds isHistoryAction admits reach here). */
export function historyEntry(r: ActionRecord): HistoryEntry {
  const c = r.change;
  const base = { id: r.id, at: r.at, reviewer: r.reviewer, claimText: r.subject, oldVerdict: null, newVerdict: null, note: null, undid: null };
  switch (c.kind) {
    case 'verdict':
      return { ...base, action: 'verdict', oldVerdict: c.oldVerdict, newVerdict: c.verdict };
    case 'note':
      return { ...base, action: 'note', oldVerdict: c.verdict, newVerdict: c.verdict, note: c.note };
    case 'move':
    case 'split':
      return { ...base, action: c.kind };
    case 'undo':
      return {
        ...base,
        action: 'undo',
        undid: isHistoryAction(c.undid) ? c.undid : null,
        oldVerdict: c.fromVerdict ?? c.restoredVerdict ?? null,
        newVerdict: c.restoredVerdict ?? null,
        note: c.restoredNote ?? null,
      };
    case 'names-merge':
    case 'names-split':
    case 'names-confirm':
    case 'names-prefer':
    case 'names-rename':
    case 'quote':
      // they touch no claims, so a cluster's history never lists them
      throw new Error(`A ${c.kind} action is not part of a cluster's history.`);
  }
}
