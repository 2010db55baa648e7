// Small clause-frame checks shared by the speaker finders: a noun phrase that is the object of
// a preposition standing between the subject and its verb ("Trump at the time said", "Beck, who
// has in the past described …") is not the speaker; the subject stands before the preposition.
import { cueAt, filler, type Attribution } from './attrib';
import { SAYING } from './content';
import { npAfter, type NP } from './phrases';
import { openingSubject } from './subject';
import type { Token } from './tokens';

/**
 * Prepositions that open an adjunct between a subject and its verb. Not "of" ("the head of the
 * party said") and not "after"/"before"/"since", which open clauses ("after Trump told …").
 */
const ADJUNCT_PREPS = new Set(['at', 'in', 'on', 'during', 'over', 'throughout', 'under', 'via', 'through']);

/**
 * When `np` (found right before a verb) is the object of an adjunct preposition, the speaker is
 * the phrase before that preposition: `before(p)` finds the subject ending before token p.
 * Keeps `np` when nothing is found there (the preposition opens the sentence, for one).
 */
export function skipAdjunctObject(tokens: readonly Token[], np: NP | null, floor: number, before: (p: number) => NP | null): NP | null {
  if (!np || np.kind === 'pronoun' || np.antecedent) return np;
  const p = np.from - 1;
  const prep = tokens[p];
  if (p <= floor || !prep || !ADJUNCT_PREPS.has(prep.lower) || np.to - np.from > 5) return np;
  const prevTok = tokens[p - 1]!;
  if (prevTok.punct) return np;
  // only a name or pronoun there is a subject: "made revitalizing the city a priority in his first
  // term" has an object before the preposition, not a speaker
  const subject = before(p);
  return subject && subject.kind !== 'description' ? subject : np;
}

/**
 * "“…,” Walker said, according to an Associated Press account." and "According to the playbook,
 * his salespersons were told, “…”": the source named by "according to" reports the whole
 * sentence, speaker and words alike, so it is the outermost attribution (PolNeAR marks it as the
 * source). Returns the index of "according" outside quotations in the sentence, or -1.
 */
export function accordingIndex(tokens: readonly Token[], from: number, to: number, inQuote: Uint8Array): number {
  for (let k = from; k < to; k++) {
    if (!inQuote[k] && tokens[k]!.lower === 'according' && tokens[k + 1]?.lower === 'to' && (k === from || tokens[k - 1]!.punct)) return k;
  }
  return -1;
}

/**
 * A parenthetical attribution anywhere in the sentence, set off by commas: "“Most of it derives
 * from efforts to measure” income, he said, rather than from deductions." The speaker is a
 * pronoun or a short name; the cue must close the aside (comma or sentence end after it).
 */
export function parenthetical(tokens: readonly Token[], from: number, to: number, inQuote: Uint8Array): Attribution | null {
  for (let k = from; k < to; k++) {
    if (tokens[k]!.w !== ',' || inQuote[k]) continue;
    const np = npAfter(tokens, k + 1, to);
    if (!np || np.from !== k + 1 || np.kind === 'description' || np.to - np.from > 3 || inQuote[np.from]) continue;
    let j = np.to + 1;
    while (j < to && filler(tokens[j]!)) j++;
    if (j >= to || inQuote[j] || !cueAt(tokens, j, false) || tokens[j]!.lower === 'according') continue;
    const after = tokens[j + 1];
    if (!after || j + 1 >= to || (after.punct && after.w !== '"' && after.w !== '\u201c')) return { cueFrom: j, cueTo: j, np };
  }
  return null;
}

/**
 * "Cory James, 22, of Flint, Mich., said …", "Clinton, during a town hall in Columbus, Ohio,
 * said …": when several commas stand between the verb and a name that opens the clause, the
 * asides (age, place, occasion) all belong to that name, which is the speaker. `comma` is the
 * comma right before the verb.
 */
export function openingNameBeforeAsides(tokens: readonly Token[], floor: number, comma: number, inQuote: Uint8Array): NP | null {
  const o = openingSubject(tokens, floor, comma, inQuote);
  if (!o || o.np.kind !== 'name' || tokens[o.np.to + 1]?.w !== ',' || comma - o.np.to > 25) return null;
  let commas = 0;
  for (let k = o.np.to + 1; k <= comma; k++) {
    // a period may end a state abbreviation ("Mich.,"), never a sentence here
    const abbreviation = tokens[k]!.w === '.' && tokens[k + 1]?.w === ',';
    if (inQuote[k] || (tokens[k]!.punct && /[.;:!?"\u201c\u201d]/.test(tokens[k]!.w) && !abbreviation)) return null;
    if (tokens[k]!.w === ',') commas++;
    else if (cueAt(tokens, k, true)) return null;
  }
  return commas >= 3 ? o.np : null;
}

/**
 * "As Akhil Amar put it, “…”", "as a Homeland Security memo puts it": the phrase between "as"
 * and "put it" is the source of the words the sentence quotes. The cue is "put it".
 */
export function asPutIt(tokens: readonly Token[], from: number, to: number, inQuote: Uint8Array): Attribution | null {
  for (let k = from; k < to - 2; k++) {
    if (tokens[k]!.lower !== 'as' || inQuote[k]) continue;
    const np = npAfter(tokens, k + 1, to);
    if (!np || np.from !== k + 1 || inQuote[np.to]) continue;
    // the phrase may carry an apposition: "As Akhil Amar, professor of law at Yale, put it"
    let j = np.to + 1;
    if (tokens[j]?.w === ',') {
      while (j < to && j - np.to < 25 && !inQuote[j] && !(tokens[j]!.lower === 'put' || tokens[j]!.lower === 'puts')) j++;
      if (tokens[j - 1]?.w !== ',') continue;
    }
    while (j < to && filler(tokens[j]!)) j++;
    if ((tokens[j]?.lower === 'put' || tokens[j]?.lower === 'puts') && tokens[j + 1]?.lower === 'it') return { cueFrom: j, cueTo: j + 1, np };
  }
  return null;
}

/**
 * "Lynch said she recalled thinking, “…”", "Trump said he thought that drugs were a “…”": the
 * inner report's speaker opens the content of an outer saying verb, so the whole quotation is
 * the outer speaker's report (PolNeAR marks the outermost source). Only a saying verb frames a
 * report, with the inner subject right after it (or after "that").
 */
export function nestsInside(tokens: readonly Token[], outer: Attribution, inner: Attribution): boolean {
  if (outer.cueTo >= inner.cueFrom || !SAYING.has(tokens[outer.cueTo]!.lower)) return false;
  const next = outer.cueTo + 1;
  return inner.np.from === next || (tokens[next]?.lower === 'that' && inner.np.from === next + 1);
}

const POLL_WORDS = new Set(['poll', 'polls', 'survey', 'surveys']);
const POLL_AFTER = new Set(['released', 'conducted', 'published', 'taken', 'by', 'of', 'for', 'from', 'last', 'this', 'in']);
/**
 * "In a September Post-ABC News poll, 75 percent of Republicans said “…”": the respondents speak
 * through the poll, which is the outer source. Returns the poll phrase of a sentence-opening
 * "In a … poll …," and the index of its comma, or null.
 */
export function pollFrame(tokens: readonly Token[], from: number, to: number): { np: NP; comma: number } | null {
  if (tokens[from]?.lower !== 'in' || !/^(?:a|an|the)$/.test(tokens[from + 1]?.lower ?? '')) return null;
  let poll = false;
  for (let k = from + 2; k < to && k - from <= 15; k++) {
    // the poll must head the phrase: "a memo released as polls closed" is no poll
    if (POLL_WORDS.has(tokens[k]!.lower) && (tokens[k + 1]?.w === ',' || POLL_AFTER.has(tokens[k + 1]?.lower ?? ''))) poll = true;
    if (tokens[k]!.w === ',') return poll ? { np: { from: from + 1, to: k - 1, kind: 'description', definite: false }, comma: k } : null;
  }
  return null;
}

const LEADING_SUBORDINATORS = new Set(['with', 'while', 'although', 'though', 'because', 'since', 'after', 'before', 'when', 'if', 'whereas']);
/**
 * "With Democratic leaders worried about turnout, Obama is rolling out a message: “…”": a report
 * inside a sentence-opening subordinate clause does not reach past the clause's comma. Returns
 * the index of that comma, or -1. ("As X put it, …" is left out: it does introduce the words.)
 */
export function leadingClauseComma(tokens: readonly Token[], from: number, to: number, inQuote: Uint8Array): number {
  if (!LEADING_SUBORDINATORS.has(tokens[from]?.lower ?? '')) return -1;
  for (let k = from + 1; k < to && k - from < 30; k++) {
    if (inQuote[k]) return -1;
    if (tokens[k]!.w === ',') return k;
  }
  return -1;
}

const VIEW_NOUNS = new Set(['view', 'views', 'eyes', 'words', 'opinion', 'estimation', 'telling', 'account', 'mind']);
/**
 * "in Bolton's view", "in his eyes", "in Forbes' words": an adjunct that names whose view or words
 * the sentence gives. Returns the possessor as the speaker phrase (the cue is the noun), or null.
 */
export function viewpointAdjunct(tokens: readonly Token[], from: number, to: number, inQuote: Uint8Array): Attribution | null {
  for (let k = from; k + 2 < to; k++) {
    // not the object of a verb: "believed in her account"
    if (inQuote[k] || tokens[k]!.lower !== 'in' || /^[a-z]+ed$/.test(tokens[k - 1]?.w ?? '')) continue;
    const owner = tokens[k + 1]!;
    const noun = tokens[k + 2]!;
    if (inQuote[k + 2] || noun.punct || !VIEW_NOUNS.has(noun.lower)) continue;
    if (/^(?:his|her|their)$/.test(owner.lower)) return { cueFrom: k + 2, cueTo: k + 2, np: { from: k + 1, to: k + 1, kind: 'pronoun', definite: true } };
    if (owner.cap && /['\u2019]s?$/.test(owner.w) && owner.w.length > 2) {
      let s = k + 1;
      while (s - 1 > k && tokens[s - 1]!.cap) s--;
      return { cueFrom: k + 2, cueTo: k + 2, np: { from: s, to: k + 1, kind: 'name', definite: true } };
    }
  }
  return null;
}
