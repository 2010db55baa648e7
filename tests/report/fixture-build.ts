// Small builders for the hand-written report fixture: they compute offsets from
// the sentences so the fixture stays readable and its spans stay consistent.
import type { ClaimEvidence, ClusterRow, ConflictView, HistoryEntry } from '../../shared/api/types';
import type { ReportArticle, ReportCluster } from '../../shared/report/input';
import type { ClaimValue, ConflictKind, Verdict } from '../../shared/types';

export function article(a: Omit<ReportArticle, 'format'> & { format?: ReportArticle['format'] }): ReportArticle {
  return { format: 'text', ...a };
}

/** A claim: `claim` must occur inside `sentence`; offsets are derived. */
export function evidence(
  a: ReportArticle,
  id: number,
  sentenceStart: number,
  sentence: string,
  claim: string,
  opts: { reviewed?: Verdict | null; copiedFrom?: number[]; values?: Array<Pick<ClaimValue, 'kind' | 'norm' | 'unit' | 'text'>> } = {},
): ClaimEvidence {
  const at = sentence.indexOf(claim);
  if (at < 0) throw new Error(`fixture: claim not in sentence: ${claim}`);
  const start = sentenceStart + at;
  const values: ClaimValue[] = (opts.values ?? []).map((v) => {
    const vAt = sentence.indexOf(v.text);
    if (vAt < 0) throw new Error(`fixture: value not in sentence: ${v.text}`);
    return { ...v, start: sentenceStart + vAt, end: sentenceStart + vAt + v.text.length };
  });
  return {
    id,
    key: { articleHash: a.hash, start, end: start + claim.length },
    articleId: a.id,
    articleTitle: a.title,
    fileName: a.fileName,
    outlet: a.outlet,
    published: a.published,
    sourceGroup: a.sourceGroup,
    sourceGroupLabel: a.sourceGroupLabel,
    sentence,
    sentenceStart,
    start,
    end: start + claim.length,
    text: claim,
    values,
    copiedFrom: opts.copiedFrom ?? [],
    reviewed: opts.reviewed ?? null,
  };
}

export function conflict(kind: ConflictKind, reason: string, a: ClaimEvidence, aValue: string, b: ClaimEvidence, bValue: string): ConflictView {
  const side = (c: ClaimEvidence, value: string) => {
    const at = c.sentence.indexOf(value);
    const start = c.sentenceStart + Math.max(at, 0);
    return { claimId: c.id, articleId: c.articleId, value, start, end: start + value.length };
  };
  return { kind, reason, a: side(a, aValue), b: side(b, bValue) };
}

export function history(
  id: number,
  at: string,
  reviewer: string,
  action: HistoryEntry['action'],
  oldVerdict: Verdict | null,
  newVerdict: Verdict | null,
  claimText: string,
  note: string | null = null,
): HistoryEntry {
  return { id, at, reviewer, action, oldVerdict, newVerdict, note, claimText, undid: null };
}

export interface ClusterSpec {
  id: number;
  order: number;
  suggested: Verdict;
  reviewed: Verdict | null;
  claims: ClaimEvidence[];
  groupCount: number;
  reasons: string[];
  conflicts?: ConflictView[];
  note?: string | null;
  mixed?: boolean;
  speaker?: string | null;
  decidedBy?: string | null;
  decidedAt?: string | null;
  history?: HistoryEntry[];
}

export function cluster(s: ClusterSpec): ReportCluster {
  const first = s.claims[0];
  if (!first) throw new Error('fixture: a cluster needs claims');
  const row: ClusterRow = {
    id: s.id,
    key: `fixture-cluster-${s.id}`,
    label: first.text,
    suggested: s.suggested,
    reviewed: s.reviewed,
    mixed: s.mixed ?? false,
    groupCount: s.groupCount,
    claimCount: s.claims.length,
    articleIds: [...new Set(s.claims.map((c) => c.articleId))],
    conflictCount: s.conflicts?.length ?? 0,
    note: s.note ?? null,
    order: s.order,
  };
  return {
    row,
    reasons: s.reasons,
    conflicts: s.conflicts ?? [],
    claims: s.claims,
    speaker: s.speaker ?? null,
    decidedBy: s.decidedBy ?? null,
    decidedAt: s.decidedAt ?? null,
    history: s.history ?? [],
  };
}
