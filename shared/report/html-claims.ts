// HTML of the claim sections: one card per claim cluster with its verdict,
// contradiction sides, evidence sentences, notes and decision trail.
import type { ClaimEvidence } from '../api/types';
import type { Verdict } from '../types';
import type { ClusterItem, ConflictSideItem, Section } from './model';
import { articleCitation } from './model';
import { claimStatus, highlightParts, historyLine, SECTION_INTRO, SECTION_TITLE } from './wording';
import { escapeHtml as h, oneLine, plural, VERDICT_LABEL } from './text';

export function badge(v: Verdict | 'unreviewed'): string {
  return `<span class="badge b-${v}">${v === 'unreviewed' ? 'Unreviewed' : VERDICT_LABEL[v]}</span>`;
}

export function sectionHtml(section: Section, clusters: ClusterItem[]): string {
  const cards = clusters.length ? clusters.map(clusterHtml).join('\n') : '<p class="empty">None.</p>';
  return `<section id="${section}">
<h2>${h(SECTION_TITLE[section])} (${clusters.length})</h2>
<p class="meta">${h(SECTION_INTRO[section])}</p>
${cards}
</section>`;
}

function clusterHtml(c: ClusterItem): string {
  const parts: string[] = [];
  parts.push(`<article class="claim v-${c.section}" id="cluster-${c.id}">`);
  parts.push(`<h3>${badge(c.reviewed ?? 'unreviewed')}${h(oneLine(c.label))}</h3>`);
  parts.push(statusHtml(c));
  const where = [plural(c.claims.length, 'claim'), plural(c.articles.length, 'article'), plural(c.sourceGroupCount, 'independent source group')];
  parts.push(`<p class="meta">${where.join(' · ')}${c.outlets.length ? ` · ${h(c.outlets.join(', '))}` : ''}${dateRange(c)}</p>`);
  if (c.speaker) parts.push(`<p class="meta">Speaker: ${h(oneLine(c.speaker))}</p>`);
  if (c.conflicts.length) {
    parts.push(`<h4>Where the sources disagree</h4>`);
    for (const k of c.conflicts) {
      parts.push(`<p><b>${h(k.kind)}</b>: ${h(oneLine(k.reason))}</p>`);
      parts.push(`<div class="sides">${sideHtml('A', k.a)}${sideHtml('B', k.b)}</div>`);
    }
  }
  parts.push(`<h4>Evidence</h4>`);
  parts.push(c.claims.length ? `<ol class="evidence">${c.claims.map((e) => evidenceHtml(e, c.reviewed)).join('')}</ol>` : '<p class="empty">No claims stored.</p>');
  if (c.reasons.length) {
    parts.push(`<h4>Why the engine suggested ${h(VERDICT_LABEL[c.suggested].toLowerCase())}</h4>`);
    parts.push(`<ul class="plain">${c.reasons.map((r) => `<li>${h(oneLine(r))}</li>`).join('')}</ul>`);
  }
  if (c.note) parts.push(`<h4>Reviewer note</h4><p class="note">${h(oneLine(c.note))}</p>`);
  if (c.history.length) {
    parts.push(`<h4>Decision history</h4>`);
    parts.push(`<ul class="plain history">${c.history.map((e) => `<li>${h(historyLine(e))}</li>`).join('')}</ul>`);
  }
  parts.push('</article>');
  return parts.join('\n');
}

function statusHtml(c: ClusterItem): string {
  const s = claimStatus(c);
  const cls = c.reviewed === null ? 'status unreviewed-note' : 'status';
  const suggestion = c.matchesSuggestion === false ? `<span class="override">${h(s.suggestion)}</span>` : h(s.suggestion);
  const line = `<p class="${cls}"><b>${h(s.verdict)}</b> · ${suggestion}${s.decided ? ` · ${h(s.decided)}` : ''}</p>`;
  return c.mixed ? `${line}\n<p class="warn">${h(s.mixed)}</p>` : line;
}

function sideHtml(label: string, s: ConflictSideItem): string {
  const cite = articleCitation(s.article);
  const quote = s.sentence ? `<blockquote>${markValue(oneLine(s.sentence), oneLine(s.value))}</blockquote>` : '';
  return `<div class="side"><p>Side ${label}: <span class="value">${h(oneLine(s.value))}</span></p>${quote}<cite>${citeHtml(cite, s.article?.sourceGroupLabel ?? null)}</cite></div>`;
}

/** The sentence with the first occurrence of the disputed value marked. */
function markValue(sentence: string, value: string): string {
  const at = value ? sentence.indexOf(value) : -1;
  if (at < 0) return h(sentence);
  return `${h(sentence.slice(0, at))}<mark>${h(value)}</mark>${h(sentence.slice(at + value.length))}`;
}

function evidenceHtml(e: ClaimEvidence, clusterVerdict: Verdict | null): string {
  const [before, claim, after] = highlightParts(e);
  const sentence = claim === null ? h(oneLine(before)) : `${h(before)}<mark>${h(claim)}</mark>${h(after)}`;
  const cite = citeHtml(
    { outlet: e.outlet ?? 'Unknown outlet', title: e.articleTitle ?? e.fileName, date: e.published ?? 'undated' },
    e.sourceGroupLabel,
  );
  const extras: string[] = [];
  if (e.copiedFrom.length) extras.push(`copied nearly word for word from claim ${e.copiedFrom.map((id) => `#${id}`).join(', ')}`);
  // A member whose own verdict differs from the cluster's shows it (after a re-cluster).
  if (e.reviewed !== clusterVerdict) extras.push(e.reviewed ? `this claim reviewed as ${VERDICT_LABEL[e.reviewed].toLowerCase()}` : 'this claim unreviewed');
  const extra = extras.length ? ` · ${h(extras.join(' · '))}` : '';
  return `<li><blockquote>${sentence}</blockquote><cite>${cite}${extra}</cite></li>`;
}

function citeHtml(c: { outlet: string; title: string; date: string }, group: string | null): string {
  const g = group ? ` · source group: ${h(oneLine(group))}` : '';
  return `${h(oneLine(c.outlet))} · <i>${h(oneLine(c.title))}</i> · ${h(c.date)}${g}`;
}

function dateRange(c: ClusterItem): string {
  if (!c.firstPublished) return '';
  return c.firstPublished === c.lastPublished ? ` · ${h(c.firstPublished)}` : ` · ${h(c.firstPublished)} to ${h(c.lastPublished ?? '')}`;
}
