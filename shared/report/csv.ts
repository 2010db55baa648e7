// The CSV report: one row per claim cluster, for spreadsheets. RFC 4180 (CRLF
// line ends, quoted fields where needed), UTF-8 with a byte order mark so
// spreadsheet programs read accents, and a formula guard on text cells.
import type { ReportModel } from './model';
import { csvText, oneLine } from './text';

const COLUMNS = [
  'cluster_id',
  'status',
  'reviewer_verdict',
  'engine_suggestion',
  'matches_suggestion',
  'members_disagree',
  'claim',
  'speaker',
  'claims',
  'articles',
  'independent_source_groups',
  'outlets',
  'first_published',
  'last_published',
  'conflicts',
  'evidence',
  'note',
  'decided_by',
  'decided_at',
] as const;

type Column = (typeof COLUMNS)[number];

const BOM = '\uFEFF';

export function renderCsv(model: ReportModel): string {
  const lines = [COLUMNS.join(',')];
  for (const c of model.clusters) {
    const row: Record<Column, string> = {
      cluster_id: String(c.id),
      status: c.reviewed === null ? 'UNREVIEWED (not verified)' : 'reviewed',
      reviewer_verdict: c.reviewed ?? '',
      engine_suggestion: c.suggested,
      matches_suggestion: c.matchesSuggestion === null ? '' : c.matchesSuggestion ? 'yes' : 'no',
      members_disagree: c.mixed ? 'yes' : 'no',
      claim: oneLine(c.label),
      speaker: c.speaker ?? '',
      claims: String(c.claims.length),
      articles: String(c.articles.length),
      independent_source_groups: String(c.sourceGroupCount),
      outlets: c.outlets.join('; '),
      first_published: c.firstPublished ?? '',
      last_published: c.lastPublished ?? '',
      conflicts: c.conflicts.map((k) => `${k.kind}: ${oneLine(k.a.value)} vs ${oneLine(k.b.value)} (${oneLine(k.reason)})`).join('\n'),
      // One evidence sentence per line inside the cell; spreadsheets show them stacked.
      evidence: c.claims
        .map((e) => `${oneLine(e.outlet ?? 'Unknown outlet')}, ${e.published ?? 'undated'}: ${oneLine(e.sentence)}`)
        .join('\n'),
      note: c.note ?? '',
      decided_by: c.reviewed === null ? '' : (c.decidedBy ?? ''),
      decided_at: c.reviewed === null ? '' : (c.decidedAt ?? ''),
    };
    lines.push(COLUMNS.map((col) => csvText(row[col])).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
