// The Markdown report: the same content as the HTML one, readable in a plain
// editor. Article text is escaped (markup characters, table pipes, HTML), so
// nothing from an article becomes markup, a link or raw HTML.
import type { ClaimEvidence } from '../api/types';
import type { ClusterItem, ConflictSideItem, ReportModel, Section } from './model';
import { articleCitation, organisationName, SECTION_ORDER, VERDICTS_IN_REPORT_ORDER } from './model';
import { agreement, claimStatus, highlightParts, historyLine, needsALook, readableTime, SECTION_INTRO, SECTION_TITLE } from './wording';
import { escapeMd as mdLine, escapeMdInline, oneLine, plural, VERDICT_LABEL, VERDICT_MEANING } from './text';

/** Article text in the middle of a line or in a table cell: one line, markup escaped. */
const md = (s: string): string => escapeMdInline(oneLine(s));

export function renderMarkdown(model: ReportModel): string {
  const { input } = model;
  const out: string[] = [];
  out.push(`# Verification report: ${md(input.project.name)}`, '');
  out.push(`Prepared by ${md(organisationName(input))} · generated ${md(readableTime(input.generatedAt))} · Corroborate ${md(input.appVersion)}`, '');
  summary(model, out);
  for (const s of SECTION_ORDER) section(s, model.sections.find((x) => x.section === s)?.clusters ?? [], out);
  quotes(model, out);
  names(model, out);
  articles(model, out);
  out.push('---', '');
  out.push(
    `Generated ${md(input.generatedAt)} by Corroborate ${md(input.appVersion)} · project “${escapeMdInline(oneLine(input.project.name))}” created ${md(input.project.createdAt)} · reviewing organisation: ${md(organisationName(input))}${input.organisation.url ? ` (${escapeMdInline(input.organisation.url)})` : ''}`,
  );
  return `${out.join('\n')}\n`;
}

function table(head: string[], rows: string[][], out: string[]): void {
  out.push(`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`);
  for (const r of rows) out.push(`| ${r.map((c) => c || ' ').join(' | ')} |`);
  out.push('');
}

function summary(model: ReportModel, out: string[]): void {
  const s = model.summary;
  out.push('## Summary', '');
  table(
    ['Verdict', 'Claims'],
    [
      ...VERDICTS_IN_REPORT_ORDER.map((v) => [`${VERDICT_LABEL[v]} (reviewed)`, String(s.byVerdict[v])]),
      ['Unreviewed (not verified)', String(s.unreviewed)],
    ],
    out,
  );
  const pct = s.clusters ? Math.round((s.reviewed / s.clusters) * 100) : 0;
  out.push(`**${s.reviewed} of ${plural(s.clusters, 'claim')}** reviewed (${pct}%). ${agreement(s.matchingSuggestion, s.overridingSuggestion)}`, '');
  const sugg = VERDICTS_IN_REPORT_ORDER.map((v) => `${s.unreviewedBySuggestion[v]} ${VERDICT_LABEL[v].toLowerCase()}`).join(', ');
  const mixed = s.mixed ? ` **${needsALook(s.mixed)}**` : '';
  out.push(`**${s.unreviewed} unreviewed**: not verified${s.unreviewed ? `; the engine suggests ${sugg}` : ''}.${mixed}`, '');
  out.push(`${plural(s.articles, 'article')} from ${plural(s.sourceGroups, 'independent source group')} · ${plural(s.quotes, 'quote')} · ${plural(s.entities, 'name')}, ${s.spellingConflicts} with conflicting spellings.`, '');
  out.push('### Source groups', '');
  if (model.input.sourceGroups.length) {
    table(['Source group', 'Articles', 'Why grouped'], model.input.sourceGroups.map((g) => [md(g.label), String(g.articleIds.length), md(g.reason)]), out);
  } else out.push('_No source groups._', '');
  out.push('**How to read this report**', '');
  for (const v of VERDICTS_IN_REPORT_ORDER) out.push(`- **${VERDICT_LABEL[v]}**: ${VERDICT_MEANING[v]}.`);
  out.push('- **Unreviewed**: no reviewer has checked the claim yet; the engine suggestion is shown separately and is not a verification.', '');
}

function section(s: Section, clusters: ClusterItem[], out: string[]): void {
  out.push(`## ${SECTION_TITLE[s]} (${clusters.length})`, '', `_${SECTION_INTRO[s]}_`, '');
  if (!clusters.length) out.push('_None._', '');
  for (const c of clusters) cluster(c, out);
}

function cluster(c: ClusterItem, out: string[]): void {
  const tag = c.reviewed ? VERDICT_LABEL[c.reviewed].toUpperCase() : 'UNREVIEWED';
  out.push(`### ${tag}: ${md(c.label)}`, '');
  const st = claimStatus(c);
  out.push(`**${st.verdict}** · ${st.suggestion}${st.decided ? ` · ${escapeMdInline(st.decided)}` : ''}`, '');
  if (c.mixed) out.push(`**${st.mixed}**`, '');
  const dates = c.firstPublished ? ` · ${c.firstPublished === c.lastPublished ? c.firstPublished : `${c.firstPublished} to ${c.lastPublished ?? ''}`}` : '';
  const where = [plural(c.claims.length, 'claim'), plural(c.articles.length, 'article'), plural(c.sourceGroupCount, 'independent source group')];
  out.push(`${where.join(' · ')}${c.outlets.length ? ` · ${escapeMdInline(c.outlets.map(oneLine).join(', '))}` : ''}${dates}`, '');
  if (c.speaker) out.push(`Speaker: ${md(c.speaker)}`, '');
  if (c.conflicts.length) {
    out.push('**Where the sources disagree**', '');
    for (const k of c.conflicts) {
      out.push(`- **${k.kind}**: ${escapeMdInline(oneLine(k.reason))}`);
      out.push(`  - ${side('A', k.a)}`, `  - ${side('B', k.b)}`);
    }
    out.push('');
  }
  out.push('**Evidence**', '');
  if (!c.claims.length) out.push('_No claims stored._');
  c.claims.forEach((e, i) => evidence(e, i + 1, c, out));
  out.push('');
  if (c.reasons.length) {
    out.push(`**Why the engine suggested ${VERDICT_LABEL[c.suggested].toLowerCase()}**`, '');
    for (const r of c.reasons) out.push(`- ${mdLine(r)}`);
    out.push('');
  }
  if (c.note) out.push(`**Reviewer note:** ${escapeMdInline(oneLine(c.note))}`, '');
  if (c.history.length) {
    out.push('**Decision history**', '');
    for (const e of c.history) out.push(`- ${mdLine(historyLine(e))}`);
    out.push('');
  }
}

function cite(outlet: string, title: string, date: string, group: string | null): string {
  return `${escapeMdInline(oneLine(outlet))} · _${escapeMdInline(oneLine(title))}_ · ${escapeMdInline(date)}${group ? ` · source group: ${escapeMdInline(oneLine(group))}` : ''}`;
}

function side(label: string, s: ConflictSideItem): string {
  const c = articleCitation(s.article);
  const sentence = s.sentence ? ` “${escapeMdInline(oneLine(s.sentence))}”` : '';
  return `Side ${label}: **${escapeMdInline(oneLine(s.value))}**${sentence} (${cite(c.outlet, c.title, c.date, s.article?.sourceGroupLabel ?? null)})`;
}

function evidence(e: ClaimEvidence, n: number, c: ClusterItem, out: string[]): void {
  const [before, claim, after] = highlightParts(e);
  let sentence = escapeMdInline(before);
  if (claim !== null) {
    // Keep spaces outside the ** markers, or CommonMark will not read them as emphasis.
    const lead = /^\s/.test(claim) ? ' ' : '';
    const trail = /\s$/.test(claim) ? ' ' : '';
    sentence += `${lead}**${escapeMdInline(claim.trim())}**${trail}${escapeMdInline(after)}`;
  }
  const extras: string[] = [];
  if (e.copiedFrom.length) extras.push(`copied nearly word for word from claim ${e.copiedFrom.map((id) => `#${id}`).join(', ')}`);
  if (e.reviewed !== c.reviewed) extras.push(e.reviewed ? `this claim reviewed as ${VERDICT_LABEL[e.reviewed].toLowerCase()}` : 'this claim unreviewed');
  const source = cite(e.outlet ?? 'Unknown outlet', e.articleTitle ?? e.fileName, e.published ?? 'undated', e.sourceGroupLabel);
  out.push(`${n}. “${sentence}”  `, `   ${source}${extras.length ? ` · ${extras.join(' · ')}` : ''}`);
}

function quotes(model: ReportModel, out: string[]): void {
  const byId = new Map(model.input.articles.map((a) => [a.id, a] as const));
  const rows: string[][] = [];
  for (const g of model.quotes) {
    for (const q of g.quotes) {
      const a = byId.get(q.articleId);
      const same = q.sameAs === null ? [] : g.quotes.filter((o) => o.sameAs === q.sameAs && o.id !== q.id);
      rows.push([
        md(g.speaker),
        `“${escapeMdInline(oneLine(q.text))}”`,
        `${q.kind}${q.cue ? `, ${escapeMdInline(oneLine(q.cue))}` : ''}`,
        `${escapeMdInline(oneLine(q.outlet ?? 'Unknown outlet'))} · _${escapeMdInline(oneLine(q.articleTitle ?? a?.fileName ?? ''))}_${a?.published ? ` · ${a.published}` : ''}`,
        md(same.map((o) => oneLine(o.outlet ?? o.articleTitle ?? `article ${o.articleId}`)).join(', ')),
      ]);
    }
  }
  out.push(`## Quotes (${rows.length})`, '');
  if (rows.length) table(['Speaker', 'Quote', 'Kind', 'Source', 'Same words also in'], rows, out);
  else out.push('_No quotes found._', '');
}

function names(model: ReportModel, out: string[]): void {
  const rows = model.entities.map((e) => {
    const spellings = e.spellings
      .map((sp) => `**${escapeMdInline(oneLine(sp.spelling))}**: ${escapeMdInline([...new Set(sp.articles.map((a) => oneLine(a.outlet ?? a.title ?? `article ${a.id}`)))].join(', '))}`)
      .join('; ');
    const flags = [e.spellingConflict ? '**spellings differ**' : '', e.confirmed ? 'confirmed by reviewer' : ''].filter(Boolean).join(', ');
    const decided = e.preferredBy ? `${md(e.preferredBy)} (reviewer)` : `Engine suggestion: ${escapeMdInline(oneLine(e.preferredReason))}`;
    const type = `${e.type}${e.roles.length ? ` (${escapeMdInline(e.roles.map(oneLine).join('; '))})` : ''}`;
    return [`${md(e.name)}${flags ? ` (${flags})` : ''}`, type, spellings, `**${escapeMdInline(oneLine(e.preferred))}**`, decided];
  });
  out.push(`## Names and spellings (${rows.length})`, '');
  if (rows.length) table(['Name', 'Type', 'Spellings by outlet', 'Preferred spelling', 'Decided by'], rows, out);
  else out.push('_No names found._', '');
}

function articles(model: ReportModel, out: string[]): void {
  const rows = model.input.articles.map((a, i) => [
    String(i + 1),
    md(a.title ?? '(no title)'),
    md(a.outlet ?? 'Unknown outlet'),
    md(a.published ?? 'undated'),
    md(a.sourceGroupLabel ?? a.sourceGroup ?? ''),
    `${md(a.fileName)} (${a.format})`,
    `\`${a.hash.replace(/[^0-9a-fA-F]/g, '')}\``,
  ]);
  out.push(`## Articles (${rows.length})`, '');
  if (rows.length) table(['#', 'Title', 'Outlet', 'Published', 'Source group', 'File', 'SHA-256 of text'], rows, out);
  else out.push('_No articles._', '');
}
