// Result types of the API calls: what the renderer, the CLI and tests receive.
// Ids of stored rows are numbers; engine ids (strings) never cross the API.
import type { Block, ClaimValue, ConflictKind, EntityType, QuoteKind, TextMention, Verdict } from '../types';

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
}

export interface HighlightSpan {
  start: number;
  end: number;
}

export interface ArticleDetail extends ArticleRow {
  text: string;
  blocks: Block[];
  claims: Array<HighlightSpan & { id: number; clusterId: number }>;
  quotes: Array<HighlightSpan & { id: number; kind: QuoteKind; speaker: string | null }>;
  mentions: Array<HighlightSpan & { entityId: number }>;
}

export interface ClusterRow {
  id: number;
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

export type HistoryAction = 'verdict' | 'note' | 'undo' | 'split' | 'move';

export interface HistoryEntry {
  id: number;
  at: string;
  reviewer: string;
  action: HistoryAction;
  oldVerdict: Verdict | null;
  newVerdict: Verdict | null;
  note: string | null;
  claimText: string;
}

export interface ClusterDetail {
  row: ClusterRow;
  reasons: string[];
  conflicts: ConflictView[];
  claims: ClaimEvidence[];
  sourceGroups: Array<{ id: string; label: string; articleIds: number[] }>;
  history: HistoryEntry[];
}

export interface QuoteRow {
  id: number;
  articleId: number;
  articleTitle: string | null;
  outlet: string | null;
  text: string;
  kind: QuoteKind;
  cue: string | null;
  speakerMention: TextMention | null;
  start: number;
  end: number;
}

export interface QuoteGroup {
  speaker: string;
  entityId: number | null;
  /** quotes of this speaker; those reporting the same words share a `sameAs` key */
  quotes: Array<QuoteRow & { sameAs: number | null }>;
}

export interface SpellingView {
  spelling: string;
  articles: Array<{ id: number; title: string | null; outlet: string | null }>;
  sourceGroups: string[];
}

export interface EntityRow {
  id: number;
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
  result: ImportSummary | null;
}

export interface RenderedReport {
  filename: string;
  mime: string;
  content: string;
}
