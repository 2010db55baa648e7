// Attributed-quote extraction: direct, partial and indirect speech with exact offsets,
// the cue, the speaker mention as written and the speaker resolved in the article.
// Paragraphs and headings are read (headlines quote their subject); captions, credits and
// furniture carry no quotes.
import type { NameMention, ParsedArticle, Quote, TextMention } from '../../types';
import { readableArticle } from './archive';
import type { Attribution } from './attrib';
import { buildParagraphs, type Paragraph } from './context';
import { findSpeech, type FoundSpeech } from './direct';
import { findIndirect } from './indirect';
import { colonIntroduction, signatureParagraph } from './signature';
import { NOT_NAMES, ORG_WORDS, TITLE_WORDS } from './lexicon';
import { descriptionGender, type Resolver } from './resolve';
import { doubleMarkStyle, isSubhead } from './subheads';

interface Speaker {
  mention: TextMention | null;
  name: string | null;
}

const TITLE_STOP = new Set(['this', 'that', 'these', 'those', 'their', 'former', 'current', 'senior', 'chief', 'head', 'official', 'spokesman', 'spokeswoman', 'spokesperson']);

function resolveAttribution(text: string, a: Attribution, sp: FoundSpeech, resolver: Resolver): Speaker {
  const ante = a.np.antecedent;
  if (ante) {
    const who = sp.para.tokens[a.np.from]!;
    const inner = resolveAttribution(text, { ...a, np: ante }, sp, resolver);
    return { mention: { start: who.start, end: who.end, text: who.w }, name: inner.name };
  }
  const toks = sp.para.tokens;
  let from = a.np.from;
  // the mention of a name leaves out titles before it ("Prime Minister Lena Strand" -> "Lena Strand")
  if (a.np.kind === 'name') while (from < a.np.to && (TITLE_WORDS.has(toks[from]!.lower) || NOT_NAMES.has(toks[from]!.lower))) from++;
  const first = toks[from]!;
  const last = toks[a.np.to]!;
  let end = last.end;
  const raw = text.slice(first.start, end);
  const possessive = /['\u2019]s$/.test(raw);
  if (possessive) end -= 2;
  const mention: TextMention = { start: first.start, end, text: text.slice(first.start, end) };
  const excluded = (pos: number): boolean => {
    for (const q of sp.para.spans) if (pos >= q.open && pos < q.end) return true;
    return pos >= sp.start && pos < sp.end;
  };
  switch (a.np.kind) {
    case 'name': {
      const lastWord = mention.text.split(' ').pop()?.toLowerCase() ?? '';
      const org = ORG_WORDS.has(lastWord) || resolver.table.get(mention.text) === undefined;
      return { mention, name: resolver.fullName(mention.text, org) };
    }
    case 'pronoun': {
      const l = first.lower;
      if (l !== 'he' && l !== 'she') return { mention, name: null };
      return { mention, name: resolver.antecedent(first.start, l === 'he' ? 'm' : 'f', sp.sentenceStart, excluded, null) };
    }
    case 'description': {
      const words = toks.slice(from, a.np.to + 1).map((t) => t.lower);
      // "a spokeswoman" introduces someone new; "the ministry" is an organisation, not a person
      if (!a.np.definite || ORG_WORDS.has(words[words.length - 1] ?? '')) return { mention, name: null };
      const content = words.filter((w) => w.length > 3 && !TITLE_STOP.has(w));
      return { mention, name: resolver.antecedent(first.start, descriptionGender(words), sp.sentenceStart, excluded, content) };
    }
  }
}

function cueText(text: string, a: Attribution, p: Paragraph): string | null {
  if (a.cueFrom < 0) return null;
  return text.slice(p.tokens[a.cueFrom]!.start, p.tokens[a.cueTo]!.end);
}

/** Quotes of one article; `_mentions` are the article's people from the names stage (speaker resolution). */
export function extractQuotes(original: ParsedArticle, _mentions: readonly NameMention[] = []): Quote[] {
  const article = readableArticle(original);
  const { text } = article;
  const { paragraphs, resolver } = buildParagraphs(article);
  const found: Array<{ sp: FoundSpeech; speaker: Speaker; cue: string | null }> = [];
  let last: { speaker: Speaker; para: number; open: boolean } | null = null;
  let prevOpen = false;
  const doubleMarks = doubleMarkStyle(paragraphs);
  paragraphs.forEach((p, pi) => {
    // a subhead closes any quotation left open and breaks the chain of speakers
    if (isSubhead(text, p, doubleMarks)) {
      prevOpen = false;
      return;
    }
    const speeches = [...findSpeech(text, p, prevOpen), ...findIndirect(p)].sort((x, y) => x.start - y.start);
    const nextPara = paragraphs[pi + 1];
    const signature = nextPara ? signatureParagraph(nextPara) : null;
    for (const sp of speeches) {
      let speaker: Speaker = { mention: null, name: null };
      let cue: string | null = null;
      if (signature && nextPara && !sp.attribution && sp.kind !== 'indirect') {
        // a quoted paragraph signed by the next one ("- Bernie Sanders.")
        speaker = resolveAttribution(text, signature, { ...sp, para: nextPara }, resolver);
        if (speaker.name) resolver.record(sp.start, speaker.name);
      } else if (sp.attribution) {
        speaker = resolveAttribution(text, sp.attribution, sp, resolver);
        cue = cueText(text, sp.attribution, p);
        if (speaker.name) resolver.record(sp.start, speaker.name);
      } else if (last && (last.para === pi || (last.para === pi - 1 && (last.open || sp.start - p.start < 3)))) {
        // split quotes and quote-only paragraphs continue the last speaker
        speaker = last.speaker;
      }
      found.push({ sp, speaker, cue });
      // the last speaker of direct or reported speech carries over to a following quotation
      if (speaker.mention || speaker.name) last = { speaker, para: pi, open: sp.open };
      else if (sp.kind !== 'indirect' && last) last = { ...last, para: pi, open: sp.open };
    }
    prevOpen = p.spans.some((s) => !s.closed);
    const colon = colonAttribution(text, p, resolver);
    if (colon) last = { speaker: colon, para: pi, open: true };
  });
  // multi-paragraph quotes attributed only at their end: carry the speaker back
  for (let i = found.length - 2; i >= 0; i--) {
    const f = found[i]!;
    const next = found[i + 1]!;
    if (!f.speaker.mention && f.sp.open && next.sp.para !== f.sp.para && next.speaker.mention && next.sp.kind !== 'indirect') f.speaker = next.speaker;
  }
  // a quotation in a headline that names no speaker is a title, slogan or teaser ("‘Missing’ White
  // Voters Might Help Trump"), not someone's words: headlines quote their subject when they quote
  const said = found.filter(({ sp, speaker }) => !(sp.para.heading && sp.kind !== 'indirect' && !speaker.mention && !speaker.name));
  return said.map(({ sp, speaker, cue }, n) => ({
    id: `${article.id}:q${n + 1}`,
    article: article.id,
    start: sp.start,
    end: sp.end,
    text: original.text.slice(sp.start, sp.end),
    kind: sp.kind,
    cue,
    speaker: speaker.name,
    speakerMention: speaker.mention,
  }));
}

/** "Moreau told reporters:" at a paragraph end introduces the quotation in the next paragraph. */
function colonAttribution(text: string, p: Paragraph, resolver: Resolver): Speaker | null {
  let e = p.end;
  while (e > p.start && /\s/.test(text[e - 1]!)) e--;
  if (text[e - 1] !== ':') return null;
  const sp = findIndirect(p, true)[0];
  if (sp?.attribution) return resolveAttribution(text, sp.attribution, sp, resolver);
  // no reporting verb ("Trump issued the following statement:"): the subject of the last sentence
  const s = p.sentences[p.sentences.length - 1];
  const colon = p.tokens.length - 1;
  const a = s ? colonIntroduction(p.tokens, colon, s.from, p.inQuote) : null;
  if (!s || !a) return null;
  const at: FoundSpeech = { start: s.end, end: s.end, kind: 'indirect', attribution: a, para: p, inherit: 'none', open: true, sentenceStart: s.start };
  return resolveAttribution(text, a, at, resolver);
}
