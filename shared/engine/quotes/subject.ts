// The grammatical subject of a clause that holds a quoted fragment but no reporting verb:
// "At one point, Cruz coached Trump to “breathe.”", "The ad targets a “rigged economy.”",
// "Podliska’s most explosive claim is that the panel is a “witch hunt.”". In news prose the
// subject of such a clause is the one whose words the fragment repeats (PolNeAR annotates it
// as the source), so it is a better speaker than the previous paragraph's speaker.
import type { Attribution } from './attrib';
import { NOT_NAMES, PERSON_PRONOUNS } from './lexicon';
import { VERB_FILLERS } from './phrases';
import type { NP } from './phrases';
import type { Token } from './tokens';

/** Words that open a leading adverbial ("At one point, …", "While …, …"): the subject follows its comma. */
const OPENERS = new Set(
  'in on at after before during while when as since although though if because with for despite amid ahead following speaking asked last this earlier later still meanwhile however instead yet also then now once until unlike like by from under over among even here there alongside besides beyond across inside outside within'.split(
    ' ',
  ),
);
const CONJUNCTIONS = new Set(['and', 'but', 'so', 'yet', 'or', 'still', 'now', 'then', 'also']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'one', 'some', 'many', 'several', 'both', 'another', 'each', 'most', 'other', 'two', 'three']);
const QUANTIFIERS = new Set(['few', 'more', 'most', 'all', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'millions']);
const DEFINITE = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);
/** Auxiliaries: "the claim is that …", "he has called …". */
const AUX = new Set('is was are were has had have will would can could should may might must does did do keeps kept'.split(' '));
/** Irregular past forms and auxiliaries that can follow a subject directly. */
const IRREGULAR = new Set(
  'went shot spoke took gave made put set led ran sent held kept got began wrote drew threw told said saw thought felt knew brought bought sought fought struck stood hit let cast came became left meant'.split(
    ' ',
  ),
);
const NOT_VERB = new Set(['news', 'this', 'his', 'its', 'as', 'us', 'was', 'thus', 'plus', 'less', 'unless', 'is', 'has', 'does', 'series', 'species', 'always', 'perhaps', 'ms', 'mrs', 'bus', 'process', 'success', 'congress', 'access', 'address', 'business', 'press']);

/** A word that can be the finite verb right after a subject. */
export function verbLike(t: Token): boolean {
  if (t.punct || t.cap) return false;
  const l = t.lower;
  if (AUX.has(l) || IRREGULAR.has(l)) return true;
  return /^[a-z]+(?:ed|s)$/.test(t.w) && l.length > 3 && !NOT_VERB.has(l) && !/(?:ss|us|is|ous)$/.test(l);
}

function nameLike(t: Token | undefined): boolean {
  return t !== undefined && !t.punct && t.cap && !/^\d/.test(t.w) && !NOT_NAMES.has(t.lower);
}

/** The first token of the clause: after a leading conjunction and a leading adverbial up to its comma. */
function clauseStart(tokens: readonly Token[], floor: number, ceil: number): number {
  let s = floor;
  while (s < ceil && CONJUNCTIONS.has(tokens[s]!.lower)) s++;
  const first = tokens[s];
  // a dateline ("WASHINGTON (AFP) – …", "NEW YORK, Dec. 8 (UPI) — …") ends at its dash
  const dash = datelineEnd(tokens, s, ceil);
  if (dash > s) return clauseStart(tokens, dash, ceil);
  if (first && (OPENERS.has(first.lower) || (first.lower.endsWith('ly') && !first.cap) || leadingFrame(tokens, s, ceil))) {
    // the adverbial may hold commas itself ("At an event in Ames, Iowa, on Sunday, Clinton …"):
    // it ends at the first comma that a subject and its verb follow
    let firstComma = -1;
    for (let k = s + 1; k < ceil && k - s < 25; k++) {
      if (tokens[k]!.w !== ',') continue;
      if (firstComma < 0) firstComma = k + 1;
      if (subjectThenVerb(tokens, k + 1, ceil)) return k + 1;
    }
    if (firstComma >= 0) return firstComma;
  }
  return s;
}

/**
 * Openers that OPENERS cannot list: a participle ("Facing mounting criticism, Trump …", "Speaking
 * on Fox, …") and a time phrase ending in later/earlier/ago ("Hours later, Trump …"). A name that
 * ends in -ing ("Manning said") is followed by its verb, not by lower-case words and a comma.
 */
function leadingFrame(tokens: readonly Token[], s: number, ceil: number): boolean {
  const first = tokens[s]!;
  const next = tokens[s + 1];
  if (first.cap && first.lower.length > 5 && first.lower.endsWith('ing') && next && !next.punct && !next.cap && !verbLike(next)) return true;
  for (let k = s + 1; k < ceil && k - s <= 3; k++) {
    if (tokens[k]!.w === ',') return TIME_ENDS.has(tokens[k - 1]!.lower);
  }
  return false;
}
const TIME_ENDS = new Set(['later', 'earlier', 'ago', 'before', 'after']);

/** Index after the dash of a dateline: capitalised words, a date, an agency in parentheses. */
function datelineEnd(tokens: readonly Token[], s: number, ceil: number): number {
  const first = tokens[s];
  if (!first || !/^[A-Z]{3,}$/.test(first.w)) return -1;
  for (let k = s + 1; k < ceil && k - s <= 10; k++) {
    const t = tokens[k]!;
    if (t.w === '\u2014' || t.w === '\u2013' || t.w === '-' || t.w === '--') return k + 1;
    if (!t.punct && !t.cap && !/^\d/.test(t.w)) return -1;
  }
  return -1;
}

/** A name, pronoun or determiner at `s` with a verb-like word within the next few words. */
function subjectThenVerb(tokens: readonly Token[], s: number, ceil: number): boolean {
  const t = tokens[s];
  if (!t || t.punct || !(nameLike(t) || DETERMINERS.has(t.lower) || (PERSON_PRONOUNS.has(t.lower) && t.lower !== 'who'))) return false;
  for (let k = s + 1; k < ceil && k - s <= 6; k++) {
    const u = tokens[k]!;
    if (u.w === ',') return false;
    if (u.punct) return false;
    if (verbLike(u) && !DETERMINERS.has(tokens[k - 1]!.lower)) return true;
  }
  return false;
}

/**
 * The noun phrase that opens the clause starting at `floor` (after a leading conjunction and
 * adverbial), with the index of the word after it (where its verb should stand), or null.
 */
export function openingSubject(tokens: readonly Token[], floor: number, ceil: number, inQuote: Uint8Array): { np: NP; next: number } | null {
  const s = clauseStart(tokens, floor, ceil);
  const t = tokens[s];
  if (!t || s >= ceil || inQuote[s] || t.punct) return null;
  const pron = PERSON_PRONOUNS.get(t.lower);
  if (pron !== undefined && t.lower !== 'it' && t.lower !== 'who') return { np: { from: s, to: s, kind: 'pronoun', definite: true }, next: s + 1 };
  if (!nameLike(t) && !DETERMINERS.has(t.lower)) return null;
  // walk to the first verb-like word, over at most 8 words; a possessive name ends a name mention
  let e = s;
  let nameEnd = nameLike(t) ? s : -1;
  while (e + 1 < ceil && e - s < 8) {
    const u = tokens[e + 1]!;
    if (inQuote[e + 1]) return null;
    // right after a determiner or a number a word ending in -s or -ed is a noun or adjective ("two years", "the proposed plan")
    const prev = tokens[e]!;
    const nounSlot = DETERMINERS.has(prev.lower) || QUANTIFIERS.has(prev.lower) || /^\d/.test(prev.w);
    if ((!nounSlot && verbLike(u)) || VERB_FILLERS.has(u.lower)) break;
    if (u.punct && u.w !== '-' && u.w !== '.') break;
    if (nameEnd === e && nameLike(u) && !/['\u2019]s?$/.test(tokens[e]!.w)) nameEnd = e + 1;
    e++;
  }
  if (nameLike(t) && nameEnd >= s) return { np: { from: s, to: nameEnd, kind: 'name', definite: true }, next: e + 1 };
  // "The coach, Lee Park, spoke …": a name in apposition is the better mention
  if (tokens[e + 1]?.w === ',' && nameLike(tokens[e + 2])) {
    let n = e + 2;
    while (n + 1 < ceil && nameLike(tokens[n + 1])) n++;
    if (tokens[n + 1]?.w === ',') return { np: { from: e + 2, to: n, kind: 'name', definite: true }, next: n + 2 };
  }
  return { np: { from: s, to: e, kind: 'description', definite: DEFINITE.has(t.lower) }, next: e + 1 };
}

/** The first token from `from` (before `ceil`) that is not an adverb-like filler ("also", "then"); auxiliaries stop it. */
function pastFillers(tokens: readonly Token[], from: number, ceil: number): number {
  let v = from;
  while (v < ceil && VERB_FILLERS.has(tokens[v]!.lower) && !AUX.has(tokens[v]!.lower)) v++;
  return v;
}

/**
 * Subject and verb of the clause that contains the token `qFrom` (the quotation), or null when
 * no noun phrase followed by a verb opens it. The verb becomes the cue.
 */
export function clauseSubjectVerb(tokens: readonly Token[], floor: number, qFrom: number, inQuote: Uint8Array): Attribution | null {
  const o = openingSubject(tokens, floor, qFrom, inQuote);
  if (!o) return null;
  const v = pastFillers(tokens, o.next, qFrom);
  const verb = tokens[v];
  if (!verb || v >= qFrom || inQuote[v] || !verbLike(verb)) return null;
  return { cueFrom: v, cueTo: v, np: o.np };
}

/** The opening noun phrase when a verb (or an apposition's comma) follows it: the clause subject. */
export function subjectWithVerb(tokens: readonly Token[], floor: number, ceil: number, inQuote: Uint8Array): NP | null {
  const o = openingSubject(tokens, floor, ceil, inQuote);
  if (!o) return null;
  const v = pastFillers(tokens, o.next, ceil);
  const t = tokens[v];
  return t && v < ceil && !inQuote[v] && (verbLike(t) || (t.w === ',' && o.np.kind === 'name')) ? o.np : null;
}

const IRREGULAR_PAST = new Set(['sent', 'put', 'made', 'wrote', 'gave', 'took', 'got', 'held', 'ran', 'did', 'had', 'read', 'left', 'brought']);
const NOT_VERB_BEFORE = new Set(['as', 'is', 'was', 'its', 'his', 'this', 'has', 'us']);
/** The word before a phrase makes it an object: a verb ("issued a statement"), a particle ("sent out a release") or "to". */
export function objectOfVerb(tokens: readonly Token[], k: number, floor: number): boolean {
  const t = tokens[k];
  if (k < floor || t === undefined || t.punct || t.cap) return false;
  if (t.lower === 'out' || t.lower === 'to' || t.lower === 'up' || IRREGULAR_PAST.has(t.lower)) return true;
  return /^[a-z]+(?:ed|s)$/.test(t.w) && t.w.length > 3 && !NOT_VERB_BEFORE.has(t.lower);
}
