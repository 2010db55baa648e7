// Speakers of quotations in headlines and in "Name: …" lead lines, which carry no reporting verb:
//   "Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance"  -> Graham
//   "Obama on Climate Change: The Trends Are ‘Terrifying.’"                  -> Obama
//   "Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over …"              -> Chris Christie
// In title case every word is capitalised, so the headline's subject is the run of words before
// its first verb (a reporting or stance verb, a copula or "to").
import { BELIEF_VERBS, NAMING_VERBS, NOT_NAMES, SPEECH_VERBS } from './lexicon';
import type { Attribution } from './attrib';
import type { NP } from './phrases';
import { MORE_STANCE } from './stance';
import type { Token } from './tokens';

const HEADLINE_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'will', 'would', 'to', 'on', 'at', 'as', 'over', 'rips', 'rip', 'slams', 'slam', 'sees', 'speaks', 'gets', 'takes', 'makes', 'goes', 'can', 'could', 'should', 'may', 'might', 'must', 'doesn’t', "doesn't", 'isn’t', "isn't"]);

function verbWord(t: Token): boolean {
  const l = t.lower;
  return HEADLINE_VERBS.has(l) || SPEECH_VERBS.has(l) || BELIEF_VERBS.has(l) || NAMING_VERBS.has(l) || MORE_STANCE.has(l);
}

/** The leading capitalised words before `stop` (at most five), as a name. */
function leadingName(tokens: readonly Token[], stop: number): NP | null {
  let e = 0;
  while (e < stop && e < 5 && !tokens[e]!.punct && /^[A-Z]/.test(tokens[e]!.w) && !verbWord(tokens[e]!)) e++;
  if (e === 0 || NOT_NAMES.has(tokens[0]!.lower)) return null;
  return { from: 0, to: e - 1, kind: 'name', definite: true };
}

/** "Name: …" before the quotation, in a headline or a paragraph's first sentence. */
export function colonLeadSpeaker(tokens: readonly Token[], qFrom: number): Attribution | null {
  for (let k = 1; k < Math.min(qFrom, 8); k++) {
    const t = tokens[k]!;
    if (t.w === ':') {
      const np = leadingName(tokens, k);
      return np ? { cueFrom: -1, cueTo: -1, np } : null;
    }
    if (t.punct && t.w !== '.' && t.w !== '-') return null;
  }
  return null;
}

/** The subject of a title-case headline, when the quotation comes after its verb. */
export function headlineSubject(tokens: readonly Token[], qFrom: number): Attribution | null {
  const np = leadingName(tokens, qFrom);
  if (!np || np.to + 1 >= qFrom || !verbWord(tokens[np.to + 1]!)) return null;
  return { cueFrom: np.to + 1, cueTo: np.to + 1, np };
}

/**
 * A title-case headline signed at its end: "‘ISIS Truther’ Trump Is Like A Lawyer’s Client,
 * Trevor Noah Says." The capitalised words after the last comma up to a final saying verb are
 * the speaker. `end` is the last token of the sentence.
 */
export function headlineTail(tokens: readonly Token[], qTo: number, end: number): Attribution | null {
  let v = end;
  while (v > qTo && tokens[v]!.punct) v--;
  if (v <= qTo || !SPEECH_VERBS.has(tokens[v]!.lower)) return null;
  let s = v - 1;
  while (s >= qTo && !tokens[s]!.punct && /^[A-Z]/.test(tokens[s]!.w) && v - s <= 5) s--;
  if (s === v - 1 || tokens[s]?.w !== ',') return null;
  return { cueFrom: v, cueTo: v, np: { from: s + 1, to: v - 1, kind: 'name', definite: true } };
}
