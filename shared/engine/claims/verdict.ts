// Suggested verdict and the reasons a reviewer checks at a glance.
// Corroborated needs two INDEPENDENT source groups; copies of one wire story count once.
import type { Claim, Conflict, SourceGroup, Verdict } from '../../types';

export interface VerdictResult {
  verdict: Verdict;
  reasons: string[];
  groups: string[];
}

function groupLine(g: SourceGroup, articles: readonly string[], labelOf: (id: string) => string): string {
  return `${g.label} (${articles.map(labelOf).join(', ')})`;
}

export function suggestVerdict(
  members: readonly Claim[],
  conflicts: readonly Conflict[],
  groupOf: ReadonlyMap<string, SourceGroup>,
  labelOf: (articleId: string) => string,
): VerdictResult {
  // source groups in order of first appearance, with the member articles of each
  const perGroup = new Map<string, { group: SourceGroup; articles: string[] }>();
  for (const c of members) {
    const g = groupOf.get(c.article) ?? { id: `?${c.article}`, label: labelOf(c.article), articles: [c.article], reason: '' };
    const entry = perGroup.get(g.id) ?? { group: g, articles: [] };
    if (!entry.articles.includes(c.article)) entry.articles.push(c.article);
    perGroup.set(g.id, entry);
  }
  const groups = [...perGroup.keys()];
  const lines = [...perGroup.values()].map((e) => groupLine(e.group, e.articles, labelOf));
  const reasons: string[] = [];
  let verdict: Verdict;
  if (conflicts.length) {
    verdict = 'contradicted';
    const within = conflicts.some((c) => groupOf.get(c.a.article)?.id === groupOf.get(c.b.article)?.id);
    for (const c of conflicts) reasons.push(c.reason);
    if (within) reasons.push('reports within one source group disagree (an updated version may correct an earlier one)');
    reasons.push(`${groups.length} source group${groups.length === 1 ? '' : 's'}: ${lines.join(', ')}`);
  } else if (groups.length >= 2) {
    verdict = 'corroborated';
    reasons.push(`${groups.length} independent source groups: ${lines.join(', ')}`);
  } else {
    verdict = 'single-sourced';
    const n = members.length;
    reasons.push(`only one source group: ${lines.join(', ')}${n > 1 ? ` (${n} reports, not independent)` : ''}`);
  }
  const copied = members.filter((c) => c.copiedFrom.length > 0);
  if (copied.length) {
    const pairs = copied.map((c) => `${labelOf(c.article)} ~ ${c.copiedFrom.map((id) => labelOf(id.split(':')[0] ?? id)).join(', ')}`);
    reasons.push(`copied nearly word for word across groups: ${[...new Set(pairs)].join('; ')}; judge whether they are independent`);
  }
  return { verdict, reasons, groups };
}
