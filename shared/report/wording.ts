// Words shared by the HTML and Markdown reports, so both say exactly the same
// thing about a claim's status. Unreviewed claims are always spelled out as
// not verified; the engine's suggestion is labelled as a suggestion.
import type { ClaimEvidence, HistoryEntry } from '../api/types';
import type { ClusterItem, Section } from './model';
import { oneLine, plural, VERDICT_LABEL } from './text';

export const SECTION_TITLE: Record<Section, string> = {
  contradicted: 'Contradicted claims',
  corroborated: 'Corroborated claims',
  'single-sourced': 'Single-sourced claims',
  unreviewed: 'Unreviewed claims (not verified)',
};

export const SECTION_INTRO: Record<Section, string> = {
  contradicted: 'Reviewed and found contradicted: independent sources disagree. Both sides are quoted with their sources.',
  corroborated: 'Reviewed and confirmed by at least two independent source groups.',
  'single-sourced': 'Reviewed: found in only one independent source group and not confirmed elsewhere.',
  unreviewed:
    'No reviewer has checked these claims yet. The engine suggestion is shown for triage only; these claims are NOT verified.',
};

/** How often the reviewer agreed with the engine; only reviewed claims count. */
export function agreement(matching: number, overriding: number): string {
  if (matching + overriding === 0) return '';
  return `The reviewer agreed with the engine suggestion on ${matching} and overrode it on ${overriding}.`;
}

export function needsALook(mixed: number): string {
  return `${plural(mixed, 'claim')} ${mixed === 1 ? 'needs' : 'need'} a look: member claims carry different reviewer verdicts.`;
}

export interface ClaimStatusText {
  verdict: string;
  suggestion: string;
  /** who decided and when; empty while unreviewed */
  decided: string;
  mixed: string;
}

export function claimStatus(c: ClusterItem): ClaimStatusText {
  const suggested = VERDICT_LABEL[c.suggested];
  const mixed = 'Needs a look: the member claims carry different reviewer verdicts after re-analysis.';
  if (c.reviewed === null) {
    return { verdict: 'NOT REVIEWED: no reviewer has verified this claim', suggestion: `engine suggestion (not a review): ${suggested}`, decided: '', mixed };
  }
  const who = c.decidedBy ? `decided by ${oneLine(c.decidedBy)}` : 'decided (reviewer not recorded)';
  return {
    verdict: `Reviewer verdict: ${VERDICT_LABEL[c.reviewed]}`,
    suggestion: c.matchesSuggestion ? 'matches the engine suggestion' : `overrides the engine suggestion (${suggested})`,
    decided: c.decidedAt ? `${who}, ${readableTime(c.decidedAt)}` : who,
    mixed,
  };
}

const ISO_UTC = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/;

/** "2029-03-13T09:31:00.000Z" -> "2029-03-13 09:31 UTC"; anything else is shown as stored. */
export function readableTime(iso: string): string {
  const m = ISO_UTC.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

const WS = /\s+/g;

/**
 * The claim's sentence split around the claim span: [before, claim, after],
 * whitespace collapsed. When the offsets do not fit the sentence the claim is
 * null and the whole sentence comes first, so nothing is highlighted wrongly.
 */
export function highlightParts(e: ClaimEvidence): [string, string | null, string] {
  const rs = e.start - e.sentenceStart;
  const re = e.end - e.sentenceStart;
  const s = e.sentence;
  if (!(rs >= 0 && re > rs && re <= s.length)) return [s.replace(WS, ' ').trim(), null, ''];
  return [s.slice(0, rs).replace(WS, ' ').trimStart(), s.slice(rs, re).replace(WS, ' '), s.slice(re).replace(WS, ' ').trimEnd()];
}

/** One line of a cluster's decision trail: when, who, what changed. */
export function historyLine(e: HistoryEntry): string {
  const change =
    e.action === 'verdict' || e.action === 'undo'
      ? `${e.action === 'undo' ? 'undo: ' : ''}${e.oldVerdict ?? 'unreviewed'} → ${e.newVerdict ?? 'unreviewed'}`
      : e.action;
  const note = e.note ? ` (“${oneLine(e.note)}”)` : '';
  return `${readableTime(e.at)} · ${oneLine(e.reviewer) || 'unknown reviewer'} · ${change}${note}`;
}
