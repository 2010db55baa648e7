// Result types of the API calls: what the renderer, the CLI and tests receive.
// Ids of stored rows are numbers; engine ids (strings) never cross the API.
import type { Block, ClaimValue, ConflictKind, EntityType, QuoteKind, StageName, TextMention, Verdict } from '../types';
import type { DecodeNote, TextEncodingName } from '../engine/ingest/decode';
import type { ErrorCode } from './errors';

export type { DecodeNote, TextEncodingName };

export type ReportFormat = 'html' | 'md' | 'json' | 'csv' | 'claimreview';
export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'md', 'json', 'csv', 'claimreview'];

export interface AppInfo {
  version: string;
  transport: 'ipc' | 'http' | 'direct';
  dataDir: string;
  /** Electron can show native open/save dialogs; the browser host cannot */
  nativeDialogs: boolean;
}

export interface Settings {
  reviewer: string;
  organisation: string;
  organisationUrl: string;
}

export interface ProjectSummary {
  id: number;
  name: string;
  createdAt: string;
  updatedAt: string;
  articleCount: number;
  clusterCount: number;
  reviewedCount: number;
}

/**
 * A span of one article as reviewer work names it: the article's content hash and
 * the span's offsets. It survives re-analysis, unlike row ids.
 */
export interface SpanKey {
  articleHash: string;
  start: number;
  end: number;
}
export type ClaimKey = SpanKey;
export type QuoteKey = SpanKey;

/**
 * A cluster as the reviewer saw it: its row id and the fingerprint of its member
 * claims. An action whose key no longer matches is refused as stale, so a decision
 * can never land on claims the reviewer did not see.
 */
export interface ClusterRef {
  id: number;
  key: string;
}

/** An entity as the reviewer saw it: row id and the fingerprint of its spellings. */
export interface EntityRef {
  id: number;
  key: string;
}

/** A stage of the engine that failed on an article; what it would have found is missing. */
export interface ArticleError {
  stage: StageName;
  message: string;
}

export interface ArticleRow {
  id: number;
  projectId: number;
  hash: string;
  fileName: string;
  format: 'text' | 'markdown' | 'html';
  title: string | null;
  outlet: string | null;
  outletOverridden: boolean;
  published: string | null;
  publishedOverridden: boolean;
  sourceGroup: string | null;
  sourceGroupLabel: string | null;
  position: number;
  addedAt: string;
  claimCount: number;
  quoteCount: number;
  /** how the file's bytes were decoded; the original bytes are kept for re-decoding */
  encoding: TextEncodingName;
  /** what the decoder had to repair or neutralise (invalid bytes, hidden format characters) */
  notes: DecodeNote[];
  /** stages of the engine that failed on this article */
  errors: ArticleError[];
}

export interface HighlightSpan {
  start: number;
  end: number;
}

export interface ArticleDetail extends ArticleRow {
  text: string;
  blocks: Block[];
  claims: Array<HighlightSpan & { id: number; clusterId: number }>;
  /** quotes after the reviewer's corrections; those marked "not a quote" are left out */
  quotes: Array<HighlightSpan & { id: number; kind: QuoteKind; speaker: string | null; corrected: boolean }>;
  mentions: Array<HighlightSpan & { entityId: number }>;
}

export interface ClusterRow {
  id: number;
  /** fingerprint of the member claims' keys; send it back with every action (ClusterRef) */
  key: string;
  /** representative claim text */
  label: string;
  suggested: Verdict;
  /** the reviewer's verdict; null while unreviewed */
  reviewed: Verdict | null;
  /** members carry different reviewer verdicts (after a re-cluster); needs a look */
  mixed: boolean;
  groupCount: number;
  claimCount: number;
  articleIds: number[];
  conflictCount: number;
  note: string | null;
  /** position of the first claim in article order */
  order: number;
  /** with a search: the text of the cluster's first claim that matched, when it is not the label's */
  match?: string;
}

export interface ClusterList {
  items: ClusterRow[];
  /** clusters matching the filter */
  total: number;
  /** all clusters of the project, and how many are reviewed */
  projectTotal: number;
  reviewed: number;
}

export interface ConflictView {
  kind: ConflictKind;
  reason: string;
  a: { claimId: number; articleId: number; value: string; start: number; end: number };
  b: { claimId: number; articleId: number; value: string; start: number; end: number };
}

export interface ClaimEvidence {
  id: number;
  key: ClaimKey;
  articleId: number;
  articleTitle: string | null;
  fileName: string;
  outlet: string | null;
  published: string | null;
  sourceGroup: string | null;
  sourceGroupLabel: string | null;
  /** the sentence around the claim and where it starts in the article */
  sentence: string;
  sentenceStart: number;
  start: number;
  end: number;
  text: string;
  values: ClaimValue[];
  copiedFrom: number[];
  reviewed: Verdict | null;
}

/** The actions a cluster's history shows (the project history has more, see ActionKind). */
export type HistoryAction = 'verdict' | 'note' | 'undo' | 'split' | 'move';

/**
 * One row of a cluster's history. For `verdict` the change of verdict; for `note` the
 * note written; for `undo`, `undid` names the undone action and old/new verdict and
 * note give what the undo restored.
 */
export interface HistoryEntry {
  id: number;
  at: string;
  reviewer: string;
  action: HistoryAction;
  oldVerdict: Verdict | null;
  newVerdict: Verdict | null;
  note: string | null;
  claimText: string;
  /** for an undo: the action it undid; null otherwise */
  undid: HistoryAction | null;
}

/** Every kind of reviewer action; each is written with a history row and can be undone. */
export type ActionKind =
  | 'verdict'
  | 'note'
  | 'move'
  | 'split'
  | 'names-merge'
  | 'names-split'
  | 'names-confirm'
  | 'names-prefer'
  | 'names-rename'
  | 'quote'
  | 'undo';

export const ACTION_KINDS: readonly ActionKind[] = [
  'verdict', 'note', 'move', 'split', 'names-merge', 'names-split', 'names-confirm', 'names-prefer', 'names-rename', 'quote', 'undo',
];

/** What an action was about, by stable keys. */
export type ActionTarget =
  | { kind: 'claims'; claims: ClaimKey[] }
  | { kind: 'names'; spellings: string[] }
  | { kind: 'quote'; quote: QuoteKey };

/** One row of the project history. */
export interface ActionEntry {
  id: number;
  at: string;
  reviewer: string;
  kind: ActionKind;
  /** what it was about, as a reviewer reads it: the claim, the name, the quote */
  subject: string;
  /** what was done, in words */
  summary: string;
  target: ActionTarget;
  /** a later undo reverted this action */
  undone: boolean;
  /** for an undo: the kind of action it undid */
  undid: ActionKind | null;
}

/** What `review.undo` reverted, so the UI can show it. */
export interface UndoResult {
  kind: ActionKind;
  summary: string;
  /** the cluster holding the affected claims now, if any */
  cluster: ClusterRef | null;
}

/** A claim found by its words, for picking a target claim (move into its cluster). */
export interface ClaimHit {
  claim: ClaimKey;
  text: string;
  cluster: ClusterRef;
  articleId: number;
  articleTitle: string | null;
  outlet: string | null;
}

export interface ClusterDetail {
  row: ClusterRow;
  reasons: string[];
  conflicts: ConflictView[];
  claims: ClaimEvidence[];
  sourceGroups: Array<{ id: string; label: string; articleIds: number[] }>;
  history: HistoryEntry[];
}

/** The reviewer's correction of a quote, as stored. */
export interface QuoteCorrectionView {
  kind: 'speaker' | 'no-speaker' | 'not-a-quote';
  /** for `speaker`: the name the reviewer gave (an entity's name or typed) */
  speaker: string | null;
  by: string;
  at: string;
}

/** A correction a reviewer sends for one quote. */
export type SpeakerCorrection =
  /** the speaker is this entity (its preferred name follows later name changes) */
  | { kind: 'entity'; entity: EntityRef }
  /** the speaker is this person or organisation, as typed */
  | { kind: 'name'; name: string }
  /** nobody named is the speaker */
  | { kind: 'no-speaker' }
  /** the marks do not hold a quote at all */
  | { kind: 'not-a-quote' }
  /** drop the correction: back to what the engine found */
  | { kind: 'engine' };

export interface QuoteRow {
  id: number;
  key: QuoteKey;
  articleId: number;
  articleTitle: string | null;
  outlet: string | null;
  text: string;
  kind: QuoteKind;
  cue: string | null;
  speakerMention: TextMention | null;
  start: number;
  end: number;
  /** the speaker the engine found, before any correction */
  engineSpeaker: string | null;
  correction: QuoteCorrectionView | null;
}

export interface QuoteGroup {
  speaker: string;
  entityId: number | null;
  /** quotes of this speaker; those reporting the same words share a `sameAs` key */
  quotes: Array<QuoteRow & { sameAs: number | null }>;
}

export interface QuoteList {
  groups: QuoteGroup[];
  /** quotes a reviewer marked "not a quote": left out of the groups and of every report */
  notQuotes: QuoteRow[];
}

export interface SpellingView {
  spelling: string;
  articles: Array<{ id: number; title: string | null; outlet: string | null }>;
  sourceGroups: string[];
}

export interface EntityRow {
  id: number;
  /** fingerprint of the entity's spellings; send it back with every name action (EntityRef) */
  key: string;
  name: string;
  type: EntityType;
  preferred: string;
  preferredReason: string;
  /** reviewer who chose the preferred spelling; null when it is the engine's suggestion */
  preferredBy: string | null;
  spellingConflict: boolean;
  confirmed: boolean;
  spellings: SpellingView[];
  roles: string[];
  mentionCount: number;
}

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface ImportSummary {
  added: number;
  duplicates: string[];
  refused: Array<{ file: string; error: string }>;
  /** files imported with something the reader should know (repaired bytes, hidden characters) */
  warnings: Array<{ file: string; warning: string }>;
  /** times the job analysed again because another writer changed the project meanwhile */
  retries: number;
}

export interface Job {
  id: string;
  kind: 'import' | 'reanalyse';
  projectId: number;
  state: JobState;
  phase: string;
  done: number;
  total: number;
  error: string | null;
  /** the error's code when the job failed */
  errorCode: ErrorCode | null;
  /** a visible message while the job waits or retries ("waiting for another Corroborate…") */
  notice: string | null;
  result: ImportSummary | null;
}

export interface RenderedReport {
  filename: string;
  mime: string;
  content: string;
}
