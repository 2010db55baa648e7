// The attribution that follows a stretch of speech: "…,” he said", "…,” said Novak", "…,”
// Reyes, who …, told AP", "…,” the report stated", "…, according to X", and a sentence-final
// attribution that covers the whole sentence ("…, said Ana Reyes, head of the fund.").
import { cueAt, filler, isPunctW, type Attribution } from './attrib';
import { INVERTED_SAYING } from './content';
import { npAfter, VERB_FILLERS, WEEKDAYS, type NP } from './phrases';
import type { Token } from './tokens';

const PP_START = new Set(['in', 'of', 'for', 'at', 'from', 'with', 'on', 'and']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * From the word after a speaker phrase to where its verb should stand, over what may come between:
 * a parenthesis ("Rep. John Mica (R-Fla.) said"), a short prepositional phrase ("Mr. Morgan of the
 * Sierra Club said", "a voice-over in the ad states") and up to two appositions set off by commas.
 * A name takes longer ones ("Jeffrey Lewis of the James Martin Center for Nonproliferation Studies
 * wrote", "Cecelia Purner, 67, a retired nurse in Allentown, Pa., said"): a name after the words is
 * a speaker far more often than a description, so the longer reach costs little.
 */
function skipToVerb(tokens: readonly Token[], j0: number, limit: number, inQuote: Uint8Array, kind: NP['kind']): number {
  let j = j0;
  if (tokens[j]?.w === '(') {
    let k = j + 1;
    while (k <= limit && k - j < 10 && tokens[k]!.w !== ')') k++;
    if (k <= limit && tokens[k]!.w === ')') j = k + 1;
  }
  // "the Vermont senator and Democratic candidate told", "Trump and Ryan said": a coordinated phrase too
  if (PP_START.has(tokens[j]?.lower ?? '') && (kind === 'description' || tokens[j]!.lower === 'of' || tokens[j]!.lower === 'and')) {
    let k = j + 1;
    while (k <= limit && k - j < (kind === 'name' ? 12 : 7) && !tokens[k]!.punct && !cueAt(tokens, k, false)) k++;
    if (k <= limit && cueAt(tokens, k, false)) j = k;
  }
  // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said"
  const most = kind === 'name' ? 3 : 2;
  for (let n = 0; n < most && isPunctW(tokens[j], ',') && !cueAt(tokens, j + 1, false); n++) {
    let k = j + 1;
    while (k <= limit && k - j < 30 && tokens[k]!.w !== ',' && !inQuote[k]) k++;
    if (k > limit || tokens[k]!.w !== ',') break;
    j = cueAt(tokens, k + 1, false) || n === most - 1 ? k + 1 : k;
  }
  return j;
}

/** Attribution after the speech: tokens from `a` to `limit` (inclusive). */
export function findAfter(tokens: readonly Token[], a: number, limit: number, inQuote: Uint8Array, loose = false): Attribution | null {
  let i = a;
  while (i <= limit && tokens[i]!.punct && !inQuote[i]) i++;
  if (i > limit || inQuote[i]) return null;
  const t = tokens[i]!;
  // a participle is never inverted ("…, claiming the quarantine violated …" has no speaker after it)
  if (cueAt(tokens, i, false) && t.lower !== 'according' && !t.lower.endsWith('ing')) {
    // inverted: "said Novak", "said a statement from the campaign"
    let j = i + 1;
    while (j <= limit && WEEKDAYS.has(tokens[j]!.lower)) j++;
    const np = npAfter(tokens, j, limit);
    // "…,” portrayed his own party's nominee as …": after a verb that is no plain saying-verb a
    // possessive opens the verb's object; "…,” said his spokesman" stays an inverted speaker
    if (np && np.from === j && POSSESSIVES.has(tokens[j]!.lower) && !INVERTED_SAYING.has(t.lower)) return null;
    return np ? { cueFrom: i, cueTo: i, np } : null;
  }
  // right after a closed quotation, any past-tense verb may be inverted: "…,” remembered Roy Verley"
  if (loose && ((looseVerb(t) && /ed$/.test(t.lower)) || t.w === 'read')) {
    const np = npAfter(tokens, i + 1, limit);
    if (np && np.from === i + 1 && np.kind !== 'pronoun') return { cueFrom: i, cueTo: i, np };
  }
  if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
    const np = npAfter(tokens, i + 2, limit) ?? bareSource(tokens, i + 2, limit);
    return np ? { cueFrom: i, cueTo: i + 1, np } : null;
  }
  // "…,” it added.": "it" speaks for a document or an organisation only right before a cue
  let afterIt = i + 1;
  while (afterIt < limit && VERB_FILLERS.has(tokens[afterIt]!.lower)) afterIt++;
  const readAt = documentRead(tokens, t.lower === 'it' ? i - 1 : i, limit);
  let np: NP | null =
    t.lower === 'it' && afterIt <= limit && (cueAt(tokens, afterIt, false) || readAt === i + 1)
      ? { from: i, to: i, kind: 'pronoun' as const, definite: true }
      : npAfter(tokens, i, readAt > 0 ? readAt - 1 : limit);
  if (!np) return null;
  for (let k = i; k < np.from; k++) if (tokens[k]!.punct) return null;
  const j0 = np.to + 1;
  let j = skipToVerb(tokens, j0, limit, inQuote, np.kind);
  if (j === j0 && np.kind === 'name' && /['\u2019]s$/.test(tokens[np.to]!.w)) {
    // "Obama's former campaign strategist said": the possessive name opens a description
    let k = j0;
    while (k <= limit && k - j0 < 5 && !tokens[k]!.punct && !tokens[k]!.cap && !cueAt(tokens, k, false)) k++;
    if (k > j0 && k <= limit && cueAt(tokens, k, false)) {
      np = { from: np.from, to: k - 1, kind: 'description', definite: true };
      j = k;
    } else if (k > j0 && tokens[k]?.w === ',') {
      // "Ms. Merkel's spokesman, Steffen Seibert, wrote": the name in apposition is the mention
      const named = npAfter(tokens, k + 1, limit);
      if (named && named.kind === 'name' && named.from === k + 1 && tokens[named.to + 1]?.w === ',' && named.to + 2 <= limit && cueAt(tokens, named.to + 2, false)) {
        np = named;
        j = named.to + 2;
      }
    }
  }
  while (j <= limit && filler(tokens[j]!)) j++;
  if (j > limit || isPunctW(tokens[j], '.!?')) {
    // a bare name after the speech ("…,” Novak.): speaker without a verb
    return np.kind === 'name' && np.from === i && j === np.to + 1 ? { cueFrom: -1, cueTo: -1, np } : null;
  }
  const v = tokens[j]!;
  if (cueAt(tokens, j, true) && v.lower !== 'according') return { cueFrom: j, cueTo: j, np };
  // "…,” the email read.": a document's text, past tense of "reads"
  if (v.lower === 'read' && !v.cap && isPunctW(tokens[j + 1], '.,;')) return { cueFrom: j, cueTo: j, np };
  // right after a closed quotation, a name or pronoun and a past or present verb is its
  // attribution even when the verb is no saying-word ("“Go home,” Trump barked.")
  // (also after a determiner and adjectives: "an angry Hollande retaliated")
  const lead = np.from === i || (/^(?:a|an|the)$/.test(tokens[i]!.lower) && tokens.slice(i + 1, np.from).every((u) => !u.punct && !u.cap));
  // a description too when the clause ends with the verb ("“Mexico!” the audience screamed back.")
  if (loose && lead && looseVerb(v) && (np.kind !== 'description' || clauseEndsAfter(tokens, j + 1, limit))) return { cueFrom: j, cueTo: j, np };
  return null;
}

const PARTICLES = new Set(['back', 'out', 'on', 'in', 'up', 'again', 'loudly']);
/** Only a particle or punctuation follows the verb: "shot back.", "went on,", "cried out". */
function clauseEndsAfter(tokens: readonly Token[], k: number, limit: number): boolean {
  if (k <= limit && PARTICLES.has(tokens[k]!.lower)) k++;
  return k > limit || tokens[k]!.punct;
}

/**
 * A source without determiner or name after "according to" ("exit polling data", "state corporate
 * records"): lowercase words up to a preposition, clause word or punctuation, as a description.
 */
function bareSource(tokens: readonly Token[], from: number, limit: number): NP | null {
  let e = from;
  while (e <= limit && e - from < 6 && !tokens[e]!.punct && !BARE_STOP.has(tokens[e]!.lower)) e++;
  return e > from ? { from, to: e - 1, kind: 'description', definite: false } : null;
}
const BARE_STOP = new Set(['of', 'for', 'by', 'in', 'on', 'at', 'from', 'with', 'that', 'who', 'which', 'released', 'published', 'conducted', 'obtained']);

/** "the email read.": index of a clause-final "read" within a few words after `i`, else -1. */
function documentRead(tokens: readonly Token[], i: number, limit: number): number {
  for (let k = i + 1; k <= Math.min(limit, i + 6); k++) {
    if (tokens[k]!.punct) return -1;
    if (tokens[k]!.w === 'read' && isPunctW(tokens[k + 1], '.,;')) return k;
  }
  return -1;
}

const NOT_LOOSE = new Set(['was', 'is', 'has', 'does', 'its', 'this', 'his', 'as', 'us', 'yes', 'thus', 'less', 'unless', 'plus', 'bus', 'news', 'ms', 'mrs']);
/** irregular past forms that introduce speech as a clause of their own ("Trump shot back", "he went on") */
const IRREGULAR_LOOSE = new Set(['shot', 'went', 'spoke', 'began', 'broke', 'swore', 'sang', 'cut', 'bit']);
function looseVerb(v: Token): boolean {
  if (v.punct || v.cap) return false;
  if (IRREGULAR_LOOSE.has(v.lower)) return true;
  return /^[a-z]+(?:ed|s)$/.test(v.w) && v.w.length > 3 && !NOT_LOOSE.has(v.lower);
}

/** A sentence-final attribution ("…, said Ana Reyes, head of the fund.") covering the whole sentence. */
export function findTail(tokens: readonly Token[], from: number, end: number, inQuote: Uint8Array): Attribution | null {
  for (let k = end; k > from && end - k < 32; k--) {
    if (inQuote[k]) return null;
    if (tokens[k]!.w !== ',') continue;
    // "…, said David Wasserman, an elections analyst at …": an inverted name may take a long apposition
    const inverted = cueAt(tokens, k + 1, false) && tokens[k + 1]!.lower !== 'according';
    if (end - k >= 18 && !inverted) continue;
    const a = findAfter(tokens, k + 1, end, inQuote);
    if (a && a.cueFrom >= 0 && (end - Math.max(a.cueTo, a.np.to) <= 8 || (inverted && a.np.kind === 'name' && tokens[a.np.to + 1]?.w === ','))) return a;
  }
  return null;
}

