// The HTML report: one self-contained file (inline styles, no scripts that run,
// no external requests) that reads on screen and prints. The ClaimReview
// JSON-LD is embedded as data so the page can be published as it is.
import type { ReportArticle } from './input';
import type { ReportModel } from './model';
import { organisationName, SECTION_ORDER, VERDICTS_IN_REPORT_ORDER } from './model';
import { claimReviews } from './claimreview';
import { badge, sectionHtml } from './html-claims';
import { REPORT_CSS } from './html-style';
import { agreement, needsALook, readableTime, SECTION_TITLE } from './wording';
import { escapeHtml as h, jsonForHtml, oneLine, plural, VERDICT_LABEL, VERDICT_MEANING } from './text';

export function renderHtml(model: ReportModel): string {
  const { input } = model;
  const title = `Verification report: ${oneLine(input.project.name)}`;
  const body = [
    headerHtml(model, title),
    navHtml(),
    summaryHtml(model),
    ...SECTION_ORDER.map((s) => sectionHtml(s, model.sections.find((x) => x.section === s)?.clusters ?? [])),
    quotesHtml(model),
    namesHtml(model),
    articlesHtml(input.articles),
    footerHtml(model),
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Corroborate ${h(input.appVersion)}">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${h(title)}</title>
<style>${REPORT_CSS}</style>
<script type="application/ld+json">
${jsonForHtml(claimReviews(model))}
</script>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function headerHtml(model: ReportModel, title: string): string {
  const { input } = model;
  return `<header>
<h1>${h(title)}</h1>
<p class="meta">Prepared by ${h(organisationName(input))} · generated ${h(readableTime(input.generatedAt))} · Corroborate ${h(input.appVersion)}</p>
</header>`;
}

function navHtml(): string {
  const links: Array<[string, string]> = [
    ['summary', 'Summary'],
    ...SECTION_ORDER.map((s): [string, string] => [s, SECTION_TITLE[s]]),
    ['quotes', 'Quotes'],
    ['names', 'Names and spellings'],
    ['articles', 'Articles'],
  ];
  return `<nav aria-label="Contents"><ol>${links.map(([id, t]) => `<li><a href="#${id}">${h(t)}</a></li>`).join('')}</ol></nav>`;
}

function summaryHtml(model: ReportModel): string {
  const s = model.summary;
  const card = (cls: string, n: number, label: string) => `<div class="card ${cls}"><b>${n}</b><span>${h(label)}</span></div>`;
  const cards = [
    ...VERDICTS_IN_REPORT_ORDER.map((v) => card(`v-${v}`, s.byVerdict[v], `${VERDICT_LABEL[v]} (reviewed)`)),
    card('v-unreviewed', s.unreviewed, 'Unreviewed (not verified)'),
  ].join('');
  const pct = s.clusters ? Math.round((s.reviewed / s.clusters) * 100) : 0;
  const sugg = VERDICTS_IN_REPORT_ORDER.map((v) => `${s.unreviewedBySuggestion[v]} ${VERDICT_LABEL[v].toLowerCase()}`).join(', ');
  const groups = model.input.sourceGroups.length
    ? `<table><thead><tr><th>Source group</th><th>Articles</th><th>Why grouped</th></tr></thead><tbody>${model.input.sourceGroups
        .map((g) => `<tr><td>${h(oneLine(g.label))}</td><td class="num">${g.articleIds.length}</td><td>${h(oneLine(g.reason))}</td></tr>`)
        .join('')}</tbody></table>`
    : '<p class="empty">No source groups.</p>';
  return `<section id="summary">
<h2>Summary</h2>
<div class="cards">${cards}</div>
<p><b>${s.reviewed} of ${plural(s.clusters, 'claim')}</b> reviewed (${pct}%). ${h(agreement(s.matchingSuggestion, s.overridingSuggestion))}</p>
<p><b>${s.unreviewed} unreviewed</b>: not verified${s.unreviewed ? `; the engine suggests ${h(sugg)}` : ''}.${s.mixed ? ` <span class="warn">${h(needsALook(s.mixed))}</span>` : ''}</p>
<p>${plural(s.articles, 'article')} from ${plural(s.sourceGroups, 'independent source group')} · ${plural(s.quotes, 'quote')} · ${plural(s.entities, 'name')}, ${s.spellingConflicts} with conflicting spellings.</p>
<h4>Source groups</h4>
${groups}
<div class="legend"><b>How to read this report</b><ul>${VERDICTS_IN_REPORT_ORDER.map((v) => `<li>${badge(v)}${h(VERDICT_MEANING[v])}.</li>`).join('')}<li>${badge('unreviewed')}no reviewer has checked the claim yet; the engine suggestion is shown separately and is not a verification.</li></ul></div>
</section>`;
}

function quotesHtml(model: ReportModel): string {
  const rows: string[] = [];
  const byId = new Map(model.input.articles.map((a) => [a.id, a] as const));
  for (const g of model.quotes) {
    for (const q of g.quotes) {
      const a = byId.get(q.articleId);
      const same = q.sameAs === null ? [] : g.quotes.filter((o) => o.sameAs === q.sameAs && o.id !== q.id);
      const sameText = same.map((o) => oneLine(o.outlet ?? o.articleTitle ?? `article ${o.articleId}`)).join(', ');
      rows.push(
        `<tr><td>${h(oneLine(g.speaker))}</td><td>“${h(oneLine(q.text))}”</td><td>${h(q.kind)}${q.cue ? `, ${h(oneLine(q.cue))}` : ''}</td>` +
          `<td>${h(oneLine(q.outlet ?? 'Unknown outlet'))} · <i>${h(oneLine(q.articleTitle ?? a?.fileName ?? ''))}</i>${a?.published ? ` · ${h(a.published)}` : ''}</td>` +
          `<td>${h(sameText)}</td></tr>`,
      );
    }
  }
  const table = rows.length
    ? `<table><thead><tr><th>Speaker</th><th>Quote</th><th>Kind</th><th>Source</th><th>Same words also in</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`
    : '<p class="empty">No quotes found.</p>';
  return `<section id="quotes">\n<h2>Quotes (${rows.length})</h2>\n${table}\n</section>`;
}

function namesHtml(model: ReportModel): string {
  const rows = model.entities.map((e) => {
    const spellings = e.spellings
      .map((sp) => {
        const outlets = [...new Set(sp.articles.map((a) => oneLine(a.outlet ?? a.title ?? `article ${a.id}`)))].join(', ');
        return `<li><b>${h(oneLine(sp.spelling))}</b>: ${h(outlets)}</li>`;
      })
      .join('');
    const decided = e.preferredBy ? `${h(oneLine(e.preferredBy))} (reviewer)` : `Engine suggestion: ${h(oneLine(e.preferredReason))}`;
    const flags = [e.spellingConflict ? '<span class="badge b-contradicted">Spellings differ</span>' : '', e.confirmed ? '<span class="meta">confirmed by reviewer</span>' : '']
      .filter(Boolean)
      .join(' ');
    return `<tr><td>${h(oneLine(e.name))}${flags ? `<br>${flags}` : ''}</td><td>${h(e.type)}${e.roles.length ? `<br><span class="meta">${h(e.roles.map(oneLine).join('; '))}</span>` : ''}</td><td><ul class="bare">${spellings}</ul></td><td><b>${h(oneLine(e.preferred))}</b></td><td>${decided}</td></tr>`;
  });
  const table = rows.length
    ? `<table class="names"><thead><tr><th>Name</th><th>Type</th><th>Spellings by outlet</th><th>Preferred spelling</th><th>Decided by</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`
    : '<p class="empty">No names found.</p>';
  return `<section id="names">\n<h2>Names and spellings (${rows.length})</h2>\n${table}\n</section>`;
}

function articlesHtml(articles: ReportArticle[]): string {
  const rows = articles.map(
    (a, i) =>
      `<tr><td class="num">${i + 1}</td><td>${h(oneLine(a.title ?? '(no title)'))}<br><span class="meta">${h(a.fileName)} · ${h(a.format)}</span></td><td>${h(oneLine(a.outlet ?? 'Unknown outlet'))}</td><td class="nowrap">${h(a.published ?? 'undated')}</td><td>${h(oneLine(a.sourceGroupLabel ?? a.sourceGroup ?? ''))}</td><td class="hash">${h(a.hash)}</td></tr>`,
  );
  const table = rows.length
    ? `<table><thead><tr><th>#</th><th>Title and file</th><th>Outlet</th><th>Published</th><th>Source group</th><th>SHA-256 of text</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`
    : '<p class="empty">No articles.</p>';
  return `<section id="articles">\n<h2>Articles (${rows.length})</h2>\n${table}\n</section>`;
}

function footerHtml(model: ReportModel): string {
  const { input } = model;
  return `<footer>Generated ${h(input.generatedAt)} by Corroborate ${h(input.appVersion)} · project “${h(oneLine(input.project.name))}” created ${h(input.project.createdAt)} · reviewing organisation: ${h(organisationName(input))}${input.organisation.url ? ` (${h(input.organisation.url)})` : ''}</footer>`;
}
