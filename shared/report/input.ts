// What a report is rendered from: a snapshot of one stored project, built by the
// store (electron/) and rendered by the pure renderers in this folder.
import type { ClaimEvidence, ClusterRow, ConflictView, EntityRow, HistoryEntry, QuoteGroup } from '../api/types';
import type { Verdict } from '../types';

export interface ReportArticle {
  id: number;
  fileName: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  hash: string;
  format: 'text' | 'markdown' | 'html';
  sourceGroup: string | null;
  sourceGroupLabel: string | null;
}

export interface ReportCluster {
  row: ClusterRow;
  reasons: string[];
  conflicts: ConflictView[];
  claims: ClaimEvidence[];
  /** speaker of the quoted statement when the claim is a quote, for ClaimReview author */
  speaker: string | null;
  /** the reviewer's latest decision on this cluster */
  decidedBy: string | null;
  decidedAt: string | null;
  history: HistoryEntry[];
}

export interface ReportInput {
  /** ISO timestamp; the only thing that may differ between two renders of one project */
  generatedAt: string;
  appVersion: string;
  organisation: { name: string; url: string };
  project: { id: number; name: string; createdAt: string };
  articles: ReportArticle[];
  sourceGroups: Array<{ id: string; label: string; articleIds: number[]; reason: string }>;
  clusters: ReportCluster[];
  quotes: QuoteGroup[];
  entities: EntityRow[];
}

export type { Verdict };
