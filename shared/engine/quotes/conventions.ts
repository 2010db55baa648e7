// Reporting conventions without a reporting verb, for reported speech (no quotation marks):
//   "Sanders: Clinton Email Story Has Moved"  /  "Q: How did things go for you?"
//       a short name before a colon at the start of a paragraph speaks the rest of the sentence
//   "Asked whether he would run, Ban demurred."
//       the question put to someone is reported speech of its asker, whoever that is
//   "To Sharp, Trump is a kind man." / "In Trump's mind, …" / "Under Florida law, …"
//       a leading viewpoint phrase names the source of the rest of the sentence
//   "Trump leads by 57 percent to 33 percent in the 50-state poll."
//       a finding "in" a poll or survey is the poll's
import type { Attribution } from './attrib';
import type { Paragraph, SentenceTokens } from './context';
import type { NP } from './phrases';
import type { Token } from './tokens';

/** Capitalised labels before a colon that introduce no speaker. */
const NOT_SPEAKER_LABELS = new Set(['note', 'update', 'updated', 'photo', 'photos', 'video', 'watch', 'read', 'related', 'correction', 'editor', 'source', 'sources', 'credit', 'warning', 'disclosure', 'full', 'text', 'more', 'also', 'see', 'listen', 'subscribe', 'follow', 'contributing', 'by', 'transcript', 'advertisement', 'breaking', 'exclusive', 'analysis', 'opinion', 'here', 'this', 'that', 'the', 'why', 'how', 'what', 'when', 'where', 'who']);

export interface ConventionSpeech {
  from: number;
  to: number;
  a: Attribution;
}

/** "Name: content" at the start of the paragraph's first sentence (at most four name words). */
export function colonLabel(p: Paragraph, s: SentenceTokens, end: number): ConventionSpeech | null {
  const { tokens } = p;
  if (s !== p.sentences[0]) return null;
  let k = s.from;
  while (k < end && k - s.from < 5 && tokens[k]!.w !== ':') {
    const t = tokens[k]!;
    if (t.punct && t.w !== '.' && t.w !== '-') return null;
    if (!t.punct && !(t.cap || /^[A-Z]/.test(t.w)) && !/['\u2019]s$/.test(t.w)) return null;
    k++;
  }
  if (k === s.from || tokens[k]?.w !== ':' || NOT_SPEAKER_LABELS.has(tokens[s.from]!.lower.replace(/['\u2019]s$/, ''))) return null;
  if (k + 1 > end) return null;
  const np: NP = { from: s.from, to: k - 1, kind: 'name', definite: true };
  return { from: k + 1, to: end, a: { cueFrom: k, cueTo: k, np } };
}

const SURVEY_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'polling', 'study', 'studies', 'census', 'tally', 'count', 'analysis', 'average', 'averages']);

/** "content in (the …) poll" at the end of a sentence: the content before "in". */
export function inSurvey(tokens: readonly Token[], first: number, end: number): ConventionSpeech | null {
  for (let k = end - 1; k > first + 2 && end - k <= 10; k--) {
    if (tokens[k]!.lower !== 'in') continue;
    let h = k + 1;
    while (h <= end && h - k <= 8 && !tokens[h]!.punct && !SURVEY_NOUNS.has(tokens[h]!.lower)) h++;
    if (h > end || !SURVEY_NOUNS.has(tokens[h]!.lower)) continue;
    const np: NP = { from: k + 1, to: h, kind: 'description', definite: false };
    return { from: first, to: k - 1, a: { cueFrom: k, cueTo: k, np } };
  }
  return null;
}

const WH = new Set(['if', 'whether', 'why', 'how', 'what', 'who', 'whom', 'which', 'when', 'where', 'about']);

/** "Asked whether …, X said": the question from its wh-word to the comma (or the sentence end). */
export function askedClause(tokens: readonly Token[], first: number, end: number): { from: number; to: number } | null {
  for (let k = first; k < end - 1; k++) {
    if (tokens[k]!.lower !== 'asked') continue;
    let w = k + 1;
    // "Asked during a January debate why …": a short adjunct before the question word
    while (w <= end && w - k <= 6 && !WH.has(tokens[w]!.lower) && !tokens[w]!.punct) w++;
    if (w > end || !WH.has(tokens[w]!.lower)) continue;
    const from = tokens[w]!.lower === 'about' ? w + 1 : w;
    let to = from;
    while (to + 1 <= end && tokens[to + 1]!.w !== ',') to++;
    return to > from ? { from, to } : null;
  }
  return null;
}

const VIEW_NOUNS = new Set(['view', 'views', 'mind', 'opinion', 'eyes', 'words', 'estimation', 'judgment', 'judgement', 'telling', 'account', 'assessment', 'analysis', 'reading', 'experience']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us']);

/**
 * "To Sharp, …", "In Trump's mind, …", "In his view, …", "Under Florida law, …": the source and the
 * index of the comma that ends the phrase, when the sentence opens with one.
 */
export function leadingViewpoint(tokens: readonly Token[], first: number, end: number): { np: NP; comma: number } | null {
  const t = tokens[first];
  if (!t) return null;
  let comma = first + 1;
  while (comma <= end && comma - first < 8 && tokens[comma]!.w !== ',') comma++;
  if (comma > end || tokens[comma]!.w !== ',' || comma === first + 1) return null;
  const last = tokens[comma - 1]!;
  if (t.lower === 'to') {
    // "To Sharp," / "To him," — a person, not "To be sure," or "To the north,"
    const ok = comma === first + 2 ? OBJECT_PRONOUNS.has(last.lower) || /^[A-Z]/.test(last.w) : tokens.slice(first + 1, comma).every((u) => /^[A-Z]/.test(u.w));
    return ok ? { np: { from: first + 1, to: comma - 1, kind: OBJECT_PRONOUNS.has(last.lower) ? 'pronoun' : 'name', definite: true }, comma } : null;
  }
  if (t.lower === 'in' && VIEW_NOUNS.has(last.lower) && comma - first <= 5) {
    const owner = tokens[first + 1]!;
    if (!/['\u2019]s?$/.test(owner.w) && !/^(?:his|her|their|its|our|my)$/.test(owner.lower)) return null;
    return { np: { from: first + 1, to: comma - 2, kind: /^[A-Z]/.test(owner.w) ? 'name' : 'pronoun', definite: true }, comma };
  }
  if (t.lower === 'under' && last.lower === 'law' && /^[A-Z]/.test(tokens[first + 1]!.w)) {
    return { np: { from: first + 1, to: comma - 1, kind: 'description', definite: true }, comma };
  }
  return null;
}
