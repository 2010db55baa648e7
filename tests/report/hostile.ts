// A fixture whose every article-derived string is hostile: markup, quotes,
// pipes, formula starts and line breaks. Used by the escaping tests.
import type { ReportInput } from '../../shared/report/input';
import { fixtureInput } from './fixture';

export const SCRIPT = '<script>alert(1)</script>';
export const HOSTILE = `=cmd|' /C calc'!A0 "quoted" ${SCRIPT} a | b\nnext line <img src=x onerror=alert(2)> **bold** [link](http://evil.example) &amp;`;

/** Prefix a field with hostile text, keeping the original so offsets in tests stay readable. */
const bad = (s: string): string => `${HOSTILE} ${s}`;

export function hostileInput(): ReportInput {
  const input = fixtureInput();
  input.project.name = bad(input.project.name);
  input.organisation.name = bad(input.organisation.name);
  for (const a of input.articles) {
    a.title = bad(a.title ?? '');
    a.outlet = bad(a.outlet ?? '');
    a.fileName = bad(a.fileName);
    a.sourceGroupLabel = bad(a.sourceGroupLabel ?? '');
  }
  for (const g of input.sourceGroups) {
    g.label = bad(g.label);
    g.reason = bad(g.reason);
  }
  for (const c of input.clusters) {
    c.row.label = bad(c.row.label);
    c.row.note = bad(c.row.note ?? '');
    c.speaker = bad(c.speaker ?? '');
    c.decidedBy = c.decidedBy === null ? null : bad(c.decidedBy);
    c.reasons = c.reasons.map(bad);
    for (const k of c.conflicts) {
      k.reason = bad(k.reason);
      k.a.value = bad(k.a.value);
      k.b.value = bad(k.b.value);
    }
    for (const e of c.claims) {
      // Keep the claim span inside the sentence: prepend to the sentence and shift the start.
      e.sentence = bad(e.sentence);
      e.sentenceStart -= HOSTILE.length + 1;
      e.text = bad(e.text);
      e.outlet = bad(e.outlet ?? '');
      e.articleTitle = bad(e.articleTitle ?? '');
    }
    for (const h of c.history) {
      h.reviewer = bad(h.reviewer);
      h.note = bad(h.note ?? '');
    }
  }
  for (const g of input.quotes) {
    g.speaker = bad(g.speaker);
    for (const q of g.quotes) {
      q.text = bad(q.text);
      q.cue = bad(q.cue ?? '');
      q.outlet = bad(q.outlet ?? '');
    }
  }
  for (const e of input.entities) {
    e.name = bad(e.name);
    e.preferred = bad(e.preferred);
    e.preferredReason = bad(e.preferredReason);
    e.preferredBy = e.preferredBy === null ? null : bad(e.preferredBy);
    e.roles = e.roles.map(bad);
    for (const s of e.spellings) {
      s.spelling = bad(s.spelling);
      for (const a of s.articles) a.outlet = bad(a.outlet ?? '');
    }
  }
  return input;
}
