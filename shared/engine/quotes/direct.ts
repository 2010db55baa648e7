// Quoted speech: each paired quotation becomes a direct or partial quote when it is
// attributed in its sentence, inherits the speaker of the previous quote (split quotes,
// quote-only paragraphs, multi-paragraph quotes), or is a whole sentence of speech.
// Short unattributed fragments are scare quotes or titles and are skipped.
import type { QuoteKind } from '../../types';
import type { QuoteSpan } from '../text';
import { findAfter, findTail } from './after';
import { findBefore, isCue, findOutermost, type Attribution } from './attrib';
import { findAgent, subjectFallback } from './fallback';
import { leadingViewpoint } from './conventions';
import { accordingIndex, asPutIt, leadingClauseComma, viewpointAdjunct, nestsInside, parenthetical, pollFrame } from './frames';
import { colonLeadSpeaker, headlineSubject, headlineTail } from './headline';
import { chainedAttributions, type ChainLink } from './chain';
import { coordinatedSubject } from './coordinated';
import { namingParticiple } from './naming';
import { possessiveSource } from './possessive';
import { colonIntroduction, dashSignature } from './signature';
import { clauseSubjectVerb, subjectWithVerb } from './subject';
import { firstTokenAtOrAfter, type Paragraph, type SentenceTokens } from './context';
import { looksLikeTitle, skipTitle } from './titles';
import { notSpeech } from './furniture';

export interface FoundSpeech {
  start: number;
  end: number;
  kind: QuoteKind;
  attribution: Attribution | null;
  /** tokens of the paragraph the attribution indexes */
  para: Paragraph;
  /** speech that got no attribution of its own and may inherit one */
  inherit: 'none' | 'previous';
  /** the quotation was left open at the paragraph end */
  open: boolean;
  /** sentence start, for same-sentence antecedents */
  sentenceStart: number;
}

/**
 * "“…now!” Trump said on Twitter." split after the mark: the attribution opens the next sentence.
 * A long next sentence counts only when its attribution is a clause of its own ("Sanders asked
 * rhetorically, shaking his head no."), not a new report ("Trump said the plan would fail").
 */
function nextSentence(p: Paragraph, s: SentenceTokens, closed: boolean): Attribution | null {
  const idx = p.sentences.indexOf(s);
  const n = p.sentences[idx + 1];
  if (!n) return null;
  let limit = n.to - 1;
  for (let k = n.from; k < n.to; k++) {
    if (p.inQuote[k]) {
      limit = k - 1;
      break;
    }
  }
  const a = findAfter(p.tokens, n.from, limit, p.inQuote, closed);
  if (!a || a.cueFrom < 0) return null;
  return n.to - n.from <= 14 || attributionCloses(p, Math.max(a.cueTo, a.np.to) + 1, limit, p.tokens[a.cueTo]!.lower) ? a : null;
}

/**
 * The attribution is a clause of its own: after the cue (and adverbs) come punctuation or a
 * prepositional phrase ("said of the swirl …", "added in an interview"), not a "that"-clause or
 * a new subject ("said the plan would fail").
 */
const TELLING = new Set(['told', 'tells', 'assured', 'reminded', 'warned', 'asked']);
const PREP_AFTER_CUE = new Set('of in on at during by after while as before from with about via through over when later earlier shortly rhetorically'.split(' '));
function attributionCloses(p: Paragraph, from: number, limit: number, cue: string): boolean {
  if (from > limit) return true;
  const t = p.tokens[from]!;
  // "Trump told Britain’s ITV …": the listener follows a verb of telling
  if (TELLING.has(cue) && t.lower !== 'that') return true;
  if (t.punct) return t.w !== '"' && t.w !== '\u201c';
  return PREP_AFTER_CUE.has(t.lower) || (t.lower.endsWith('ly') && !t.cap);
}

function sentenceAt(p: Paragraph, pos: number): SentenceTokens | undefined {
  for (const s of p.sentences) if (pos >= s.start && pos < s.end) return s;
  return p.sentences[p.sentences.length - 1];
}

function wordCount(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function trimSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** Direct when the quotation is a whole utterance: it opens its sentence, follows a colon or
 *  "said,", or is a clause of several words closed by sentence punctuation. */
function kindOf(text: string, q: QuoteSpan, sentStart: number, attr: Attribution | null, p: Paragraph): QuoteKind {
  let k = q.open - 1;
  while (k >= sentStart && /[\s\u2014\u2013-]/.test(text[k]!)) k--;
  if (k < sentStart) return 'direct';
  const prev = text[k];
  if (prev === ':') return 'direct';
  if (prev === ',' && attr && attr.cueFrom >= 0) {
    const cue = p.tokens[attr.cueTo];
    if (cue && cue.end >= k - 1 && cue.end <= k + 1) return 'direct';
  }
  const inner = text.slice(q.innerStart, q.innerEnd).trimEnd();
  const first = inner.charAt(0);
  if (/[.?!,]$/.test(inner) && first >= 'A' && first <= 'Z' && wordCount(text, q.innerStart, q.innerEnd) >= 5) return 'direct';
  return 'partial';
}

const RELATIVE_WORDS = new Set(['what']);
export function findSpeech(text: string, p: Paragraph, prevOpen: boolean): FoundSpeech[] {
  const out: FoundSpeech[] = [];
  const links: ChainLink[] = [];
  for (const q of p.spans) {
    const [s, e] = trimSpan(text, q.innerStart, q.innerEnd);
    // attribute values inside markup (<tweet id="…">), bylined headlines and titles are not speech
    if (e <= s || notSpeech(text, q, s, e)) continue;
    const title = !p.heading && looksLikeTitle(text, s, e, q);
    const s1 = sentenceAt(p, q.open);
    const s2 = sentenceAt(p, Math.max(q.open, q.end - 1));
    if (!s1 || !s2) continue;
    const qFrom = firstTokenAtOrAfter(p.tokens, q.open);
    const qTo = firstTokenAtOrAfter(p.tokens, q.end); // first token after the quotation
    let limit = s2.to - 1;
    for (let k = qTo; k < s2.to; k++) {
      if (p.inQuote[k]) {
        limit = k - 1;
        break;
      }
    }
    // a signature after the quotation may stand in the next sentence ("…” ― Carla Sanchez"): read to the next quotation
    let paraLimit = qTo;
    while (paraLimit < p.tokens.length && !p.inQuote[paraLimit]) paraLimit++;
    // a headline "Name: …" names its speaker before anything after the quotation could
    const lead = p.heading ? colonLeadSpeaker(p.tokens, qFrom) : null;
    let attr: Attribution | null = lead ?? dashSignature(p.tokens, qTo, paraLimit - 1, p.inQuote) ?? (qTo <= limit ? findAgent(p.tokens, qFrom, qTo, limit, s1.from) : null);
    const after = qTo <= limit && !lead ? findAfter(p.tokens, qTo, limit, p.inQuote, q.closed) : null;
    // a cue inside a leading subordinate clause does not reach a quotation after its comma
    const leadComma = leadingClauseComma(p.tokens, s1.from, qFrom, p.inQuote);
    const outsideLead = (a: Attribution | null): Attribution | null => (a && leadComma >= 0 && a.cueTo < leadComma ? null : a);
    const before = outsideLead(findBefore(p.tokens, qFrom - 1, s1.from, p.inQuote, false));
    if (!attr && after) attr = after;
    if (!attr) {
      let end = s2.to - 1;
      while (end > s2.from && p.tokens[end]!.punct) end--;
      const tail = qTo <= end ? findTail(p.tokens, qTo, end, p.inQuote) : null;
      const tailCue = tail ? p.tokens[tail.cueFrom]!.lower : '';
      attr = tail && (tailCue !== 'according' || !before) ? tail : before;
    }
    attr = attr ?? outsideLead(findBefore(p.tokens, qFrom - 1, s1.from, p.inQuote, true));
    if (!attr) attr = parenthetical(p.tokens, s1.from, s2.to, p.inQuote) ?? asPutIt(p.tokens, s1.from, s2.to, p.inQuote);
    if (!attr && qTo >= s2.to) attr = nextSentence(p, s2, q.closed);
    if (!attr && p.heading) attr = headlineSubject(p.tokens, qFrom) ?? headlineTail(p.tokens, qTo, s2.to - 1);
    // a lead line "Sanders: Clinton needs to ‘get away …’" in the first sentence of a paragraph
    if (!attr && !p.heading && s1 === p.sentences[0]) attr = colonLeadSpeaker(p.tokens, qFrom);
    // title case makes every word look like a name: no subject fallbacks in headings
    // "…, and then Wallnau continues: “…”": a colon introduction beats the sentence's first subject
    if (!attr && !p.heading && p.tokens[qFrom - 1]?.w === ':') attr = colonIntroduction(p.tokens, qFrom - 1, s1.from, p.inQuote);
    if (!attr && !p.heading) attr = subjectFallback(p.tokens, s1.from, qFrom, p.inQuote);
    // "Hillary shot back, “…”": a clause introducing the quotation with a comma, any verb
    if (!attr && !p.heading && (p.tokens[qFrom - 1]?.w === ',' || p.tokens[qFrom - 1]?.w === ':') && wordCount(text, s, e) >= 3) attr = clauseSubjectVerb(p.tokens, s1.from, qFrom - 1, p.inQuote);
    if (!attr) attr = colonIntroduction(p.tokens, qFrom - 1, s1.from, p.inQuote);
    // a capitalised name in quotation marks is a title, unless reported speech owns it (titles.ts)
    if (title && skipTitle(text, p, q, qFrom, attr, out)) continue;
    // a sentence-level "according to X" reports the speaker too: X is the outermost source.
    // Only over a speaker named after the words ("…,” Walker said, according to AP.") or from a
    // sentence-opening "According to X, …"; "Kovalenko said the city “…” the talks, according to
    // news agencies" keeps the speaker who framed the reported clause.
    if (attr && attr.cueFrom >= 0 && p.tokens[attr.cueFrom]!.lower !== 'according') {
      const acc = accordingIndex(p.tokens, s1.from, s2.to, p.inQuote);
      const framed = acc === s1.from || (acc > 0 && attr.cueFrom > qFrom);
      const outer = framed ? findAfter(p.tokens, acc, s2.to - 1, p.inQuote) : null;
      if (outer && outer.cueFrom === acc) attr = outer;
    }
    const poll = attr && attr.cueFrom >= 0 ? pollFrame(p.tokens, s1.from, qFrom) : null;
    if (attr && poll && attr.cueFrom > poll.comma) attr = { ...attr, np: poll.np };
    const kind = kindOf(text, q, s1.start, attr, p);
    if (kind !== 'partial' && attr && attr.cueFrom >= 0 && attr.cueTo < qFrom) {
      const outer = findOutermost(p.tokens, qFrom - 1, s1.from, p.inQuote, true);
      if (outer && nestsInside(p.tokens, outer, attr)) attr = outer;
    } else if (attr && attr.cueFrom >= 0 && attr.cueTo < qFrom) {
      // a fragment belongs to the outermost reported speech of its sentence
      const outer = findOutermost(p.tokens, qFrom - 1, s1.from, p.inQuote, true);
      if (outer && outer.cueFrom < attr.cueFrom) attr = outer;
      else {
        // "Ban condemned what he called a “brazen breach”": the pronoun of a free relative stands for
        // the subject of the sentence, which owns the words
        const np = attr.np;
        const rel = p.tokens[np.from - 1]?.lower ?? '';
        if (np.kind === 'pronoun' && np.from === attr.cueFrom - 1 && RELATIVE_WORDS.has(rel)) {
          const main = subjectWithVerb(p.tokens, s1.from, np.from - 1, p.inQuote);
          if (main && main.to < np.from - 1) attr = { ...attr, np: main };
        }
      }
    }
    if (attr && attr.cueFrom >= 0 && attr.cueTo < qFrom) attr = namingParticiple(p.tokens, attr, s1.from, qFrom, p.inQuote);
    if (attr && attr.cueFrom >= 0 && attr.cueTo < qFrom) attr = coordinatedSubject(p.tokens, attr, qFrom, p.inQuote) ?? attr;
    // "over her remark that “…”": the owner of a noun of saying beats a cue before the noun
    const owner = p.heading ? null : possessiveSource(p.tokens, s1.from, qFrom, p.inQuote);
    // only over a clause verb that is no reporting verb: "Aides suggested Sanders's call for …" stays the aides'
    if (owner && (!attr || (attr.cueFrom >= 0 && attr.cueTo < owner.cueFrom && !isCue(p.tokens[attr.cueFrom]!, true)))) attr = owner;
    // "… are “safe” in his eyes": a viewpoint adjunct over a clause verb or no attribution
    // ("She raged, in her view …" keeps the pronoun subject: the same person)
    const viewpoint = p.heading || (attr && (attr.cueFrom < 0 || attr.np.kind === 'pronoun' || isCue(p.tokens[attr.cueFrom]!, true))) ? null : viewpointAdjunct(p.tokens, s1.from, s2.to, p.inQuote);
    if (viewpoint) attr = viewpoint;
    const words = wordCount(text, s, e);
    const startsParagraph = q.open === p.start || (prevOpen && out.length === 0 && q.open - p.start < 3);
    let inherit: FoundSpeech['inherit'] = 'none';
    if (!attr) {
      // Unattributed: keep whole utterances (they continue the previous speaker), drop fragments.
      // Measured on PolNeAR train: unattributed one-word quotes are mostly scare quotes,
      // while fragments of two or more words mostly belong to reported speech.
      if (words < 2 && !startsParagraph) continue;
      // a fragment inside a clause of its own is the clause subject's ("The ad targets a “rigged economy.”")
      if (kind === 'partial' && !p.heading) attr = clauseSubjectVerb(p.tokens, s1.from, qFrom, p.inQuote);
      // "To Sharp, Trump is the “kind-hearted” man …": the viewpoint is the source
      const view = kind === 'partial' ? leadingViewpoint(p.tokens, s1.from, qFrom - 1) : null;
      if (view) attr = { cueFrom: s1.from, cueTo: s1.from, np: view.np };
      if (!attr) inherit = 'previous';
    }
    out.push({ start: s, end: e, kind, attribution: attr, para: p, inherit, open: !q.closed, sentenceStart: s1.start });
    links.push({ qFrom, qTo, sentenceStart: s1.start, attribution: attr });
  }
  for (const [i, a] of chainedAttributions(p.tokens, links)) out[i] = { ...out[i]!, attribution: a, inherit: 'none' };
  return out;
}
