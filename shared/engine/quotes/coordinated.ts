// A coordinated or subordinate clause with a pronoun subject between a report and the quoted
// words ("Khan said …, and he accused Mr. Trump of running a campaign “of hatred”", "Reid said
// …, but he gave the Texan a compliment: “…”"): the words are that clause's, whose subject PolNeAR
// marks as the source, even when its verb is no reporting verb.
import { isCue, type Attribution } from './attrib';
import { PERSON_PRONOUNS } from './lexicon';
import { verbLike } from './subject';
import type { Token } from './tokens';

const AUXILIARIES = new Set('is was are were has had have will would can could should may might must does did do'.split(' '));
const JOINS = new Set(['and', 'but', 'although', 'though', 'while', 'yet']);

/** The nearest ", and he VERB" clause (VERB no reporting verb or auxiliary) after the cue of `attr` and before the quotation at `qFrom`, as an attribution. */
export function coordinatedSubject(tokens: readonly Token[], attr: Attribution, qFrom: number, inQuote: Uint8Array): Attribution | null {
  for (let k = qFrom - 3; k > attr.cueTo; k--) {
    if (inQuote[k]) return null;
    if (!JOINS.has(tokens[k]!.lower) || tokens[k - 1]?.w !== ',') continue;
    const who = tokens[k + 1]!;
    const verb = tokens[k + 2]!;
    if (inQuote[k + 1] || inQuote[k + 2] || who.lower === 'it' || who.lower === 'who' || !PERSON_PRONOUNS.has(who.lower) || !verbLike(verb)) continue;
    // a reporting or belief verb ("but she knows that “…”") is the outermost report's business; an
    // auxiliary ("and he had total access to …") more often goes on with the reported content
    if (isCue(verb, true) || AUXILIARIES.has(verb.lower)) return null;
    return { cueFrom: k + 2, cueTo: k + 2, np: { from: k + 1, to: k + 1, kind: 'pronoun', definite: true } };
  }
  return null;
}
