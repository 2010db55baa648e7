// The JSON report: the full structured content for other tools, described by
// report.schema.json (same folder). The shape is mapped field by field rather
// than dumping the input, so a new field in the API types cannot silently
// change the published format; bump REPORT_SCHEMA_VERSION when this shape changes.
import type { ClaimEvidence, EntityRow, HistoryAction, QuoteGroup } from '../api/types';
import type { ClaimValueKind, ConflictKind, EntityType, QuoteKind, Verdict } from '../types';
import type { ReportArticle } from './input';
import type { ClusterItem, ConflictSideItem, ReportModel, ReportSummary, Section } from './model';

/** Semantic version of the JSON report shape; equals the version in report.schema.json's $id. */
export const REPORT_SCHEMA_VERSION = '1.0.0';

export interface JsonClaim {
  id: number;
  articleId: number;
  text: string;
  sentence: string;
  sentenceStart: number;
  start: number;
  end: number;
  reviewerVerdict: Verdict | null;
  copiedFrom: number[];
  values: Array<{ kind: ClaimValueKind; text: string; norm: string; unit: string | null; start: number; end: number }>;
}

export interface JsonConflictSide {
  claimId: number;
  articleId: number;
  value: string;
  sentence: string | null;
}

export interface JsonCluster {
  id: number;
  label: string;
  section: Section;
  status: 'reviewed' | 'unreviewed';
  reviewerVerdict: Verdict | null;
  suggestedVerdict: Verdict;
  matchesSuggestion: boolean | null;
  membersDisagree: boolean;
  note: string | null;
  speaker: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  reasons: string[];
  articleIds: number[];
  outlets: string[];
  sourceGroupCount: number;
  firstPublished: string | null;
  lastPublished: string | null;
  conflicts: Array<{ kind: ConflictKind; reason: string; a: JsonConflictSide; b: JsonConflictSide }>;
  claims: JsonClaim[];
  history: Array<{
    id: number;
    at: string;
    reviewer: string;
    action: HistoryAction;
    oldVerdict: Verdict | null;
    newVerdict: Verdict | null;
    note: string | null;
    claimText: string;
  }>;
}

export interface JsonReport {
  schemaVersion: string;
  generator: { name: 'Corroborate'; version: string };
  generatedAt: string;
  organisation: { name: string; url: string };
  project: { id: number; name: string; createdAt: string };
  summary: ReportSummary;
  articles: ReportArticle[];
  sourceGroups: Array<{ id: string; label: string; articleIds: number[]; reason: string }>;
  clusters: JsonCluster[];
  quotes: Array<{
    speaker: string;
    entityId: number | null;
    quotes: Array<{
      id: number;
      articleId: number;
      text: string;
      kind: QuoteKind;
      cue: string | null;
      speakerMention: { text: string; start: number; end: number } | null;
      start: number;
      end: number;
      sameAs: number | null;
    }>;
  }>;
  entities: Array<{
    id: number;
    name: string;
    type: EntityType;
    preferred: string;
    preferredReason: string;
    preferredBy: string | null;
    spellingConflict: boolean;
    confirmed: boolean;
    roles: string[];
    mentionCount: number;
    spellings: Array<{ spelling: string; articleIds: number[]; sourceGroups: string[] }>;
  }>;
}

export function toJsonReport(model: ReportModel): JsonReport {
  const { input } = model;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generator: { name: 'Corroborate', version: input.appVersion },
    generatedAt: input.generatedAt,
    organisation: { name: input.organisation.name, url: input.organisation.url },
    project: { id: input.project.id, name: input.project.name, createdAt: input.project.createdAt },
    summary: model.summary,
    articles: input.articles.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      title: a.title,
      outlet: a.outlet,
      published: a.published,
      hash: a.hash,
      format: a.format,
      sourceGroup: a.sourceGroup,
      sourceGroupLabel: a.sourceGroupLabel,
    })),
    sourceGroups: input.sourceGroups.map((g) => ({ id: g.id, label: g.label, articleIds: [...g.articleIds], reason: g.reason })),
    clusters: model.clusters.map(jsonCluster),
    quotes: model.quotes.map(jsonQuoteGroup),
    entities: model.entities.map(jsonEntity),
  };
}

function jsonCluster(c: ClusterItem): JsonCluster {
  const side = (s: ConflictSideItem): JsonConflictSide => ({ claimId: s.claimId, articleId: s.articleId, value: s.value, sentence: s.sentence });
  return {
    id: c.id,
    label: c.label,
    section: c.section,
    status: c.reviewed === null ? 'unreviewed' : 'reviewed',
    reviewerVerdict: c.reviewed,
    suggestedVerdict: c.suggested,
    matchesSuggestion: c.matchesSuggestion,
    membersDisagree: c.mixed,
    note: c.note,
    speaker: c.speaker,
    decidedBy: c.decidedBy,
    decidedAt: c.decidedAt,
    reasons: [...c.reasons],
    articleIds: c.articles.map((a) => a.id),
    outlets: c.outlets,
    sourceGroupCount: c.sourceGroupCount,
    firstPublished: c.firstPublished,
    lastPublished: c.lastPublished,
    conflicts: c.conflicts.map((k) => ({ kind: k.kind, reason: k.reason, a: side(k.a), b: side(k.b) })),
    claims: c.claims.map(jsonClaim),
    history: c.history.map((h) => ({
      id: h.id,
      at: h.at,
      reviewer: h.reviewer,
      action: h.action,
      oldVerdict: h.oldVerdict,
      newVerdict: h.newVerdict,
      note: h.note,
      claimText: h.claimText,
    })),
  };
}

function jsonClaim(c: ClaimEvidence): JsonClaim {
  return {
    id: c.id,
    articleId: c.articleId,
    text: c.text,
    sentence: c.sentence,
    sentenceStart: c.sentenceStart,
    start: c.start,
    end: c.end,
    reviewerVerdict: c.reviewed,
    copiedFrom: [...c.copiedFrom],
    values: c.values.map((v) => ({ kind: v.kind, text: v.text, norm: v.norm, unit: v.unit, start: v.start, end: v.end })),
  };
}

function jsonQuoteGroup(g: QuoteGroup): JsonReport['quotes'][number] {
  return {
    speaker: g.speaker,
    entityId: g.entityId,
    quotes: g.quotes.map((q) => ({
      id: q.id,
      articleId: q.articleId,
      text: q.text,
      kind: q.kind,
      cue: q.cue,
      speakerMention: q.speakerMention ? { text: q.speakerMention.text, start: q.speakerMention.start, end: q.speakerMention.end } : null,
      start: q.start,
      end: q.end,
      sameAs: q.sameAs,
    })),
  };
}

function jsonEntity(e: EntityRow): JsonReport['entities'][number] {
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    preferred: e.preferred,
    preferredReason: e.preferredReason,
    preferredBy: e.preferredBy,
    spellingConflict: e.spellingConflict,
    confirmed: e.confirmed,
    roles: [...e.roles],
    mentionCount: e.mentionCount,
    spellings: e.spellings.map((s) => ({ spelling: s.spelling, articleIds: s.articles.map((a) => a.id), sourceGroups: [...s.sourceGroups] })),
  };
}

export function renderJson(model: ReportModel): string {
  return `${JSON.stringify(toJsonReport(model), null, 2)}\n`;
}
