// A noun of saying owned by its speaker: "her remark that “…”", "Mr. Comey's most surprising
// suggestion was that …", "his call for “a total ban”". The owner of the noun is the source of
// the words in its complement (PolNeAR marks the possessive as the Source), not the subject of
// the clause the noun sits in ("Albright fanned controversy over her remark that …").
import { cueAt, type Attribution } from './attrib';
import { npBefore, type NP } from './phrases';
import type { Token } from './tokens';

/** Nouns that name something said or written. A general lexicon, not tuned to articles. */
const SPEECH_NOUNS = new Set(
  `claim claims remark remarks comment comments warning warnings suggestion suggestions assertion assertions statement statements
call calls promise promises pledge pledges description conclusion assumption words tweet tweets post posts vow vows insistence
charge charges accusation accusations declaration prediction predictions argument arguments contention message speech
answer response reply retort quip boast complaint complaints criticism denial admission demand demands proposal plea
characterization dictum observation refrain mantra slogan insult insults attack attacks broadside threat threats`.split(/\s+/),
);
const PRONOUN_OWNERS = new Map<string, string>([
  ['his', 'his'],
  ['her', 'her'],
  ['their', 'their'],
]);
/** Words that may stand between the noun and the quotation: the start of its complement. */
const COMPLEMENT_OPENERS = new Set(['that', 'of', 'for', 'against']);
/** Nouns whose complement may be an infinitive: "his call to end …" (not "his speech to offer …"). */
const INFINITIVE_NOUNS = new Set(['call', 'calls', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'threat', 'threats', 'demand', 'demands', 'plea']);
const FINITE = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have']);
const COMPLEMENT_STOP = new Set([';', ':', '(', ')', '?', '!']);

function possessiveToken(t: Token | undefined): boolean {
  return t !== undefined && !t.punct && t.cap && /['\u2019]s?$/.test(t.w) && t.w.length > 2;
}

/**
 * The owner of a noun of saying whose complement holds the quotation starting at token `qFrom`,
 * as an attribution whose cue is the noun; null when there is none. The noun stands at most six
 * tokens before the quotation, with no reporting verb between (that verb's subject would own the
 * words: "his claim that Trump said “…”"), and at most three modifiers stand between the owner
 * and the noun ("Mr. Obama's patronizing suggestion", "her March comment").
 */
export function possessiveSource(tokens: readonly Token[], floor: number, qFrom: number, inQuote: Uint8Array): Attribution | null {
  for (let n = qFrom - 1; n >= floor && qFrom - n <= 7; n--) {
    const t = tokens[n]!;
    if (inQuote[n] || COMPLEMENT_STOP.has(t.w)) return null;
    if (cueAt(tokens, n, false) && !SPEECH_NOUNS.has(t.lower)) return null;
    if (t.punct || t.cap || !SPEECH_NOUNS.has(t.lower)) continue;
    // the complement opens with a clause or preposition; a quotation right after the noun is
    // what a verb names the noun ("called Trump's comments “racist”"), not the noun's content
    const opener = tokens[n + 1]?.lower ?? '';
    if (!COMPLEMENT_OPENERS.has(opener) && !(opener === 'to' && INFINITIVE_NOUNS.has(t.lower)) && !(/^(?:is|was)$/.test(opener) && tokens[n + 2]?.lower === 'that')) return null;
    // "his call for reform was “overdue”": a verb after a prepositional complement ends the noun's
    // phrase (a "that"-clause holds verbs of its own)
    if (opener !== 'that' && tokens[n + 2]?.lower !== 'that') for (let k = n + 2; k < qFrom; k++) if (FINITE.has(tokens[k]!.lower)) return null;
    const np = ownerBefore(tokens, n - 1, floor);
    if (np) return { cueFrom: n, cueTo: n, np };
  }
  return null;
}

/** The possessive phrase ending at most four tokens before the noun (over its modifiers). */
function ownerBefore(tokens: readonly Token[], k: number, floor: number): NP | null {
  for (let j = k; j >= floor && k - j < 4; j--) {
    const t = tokens[j]!;
    if (t.punct && t.w !== '-') return null;
    if (PRONOUN_OWNERS.has(t.lower)) return { from: j, to: j, kind: 'pronoun', definite: true };
    if (possessiveToken(t)) {
      const np = npBefore(tokens, j, floor);
      return np && np.kind === 'name' ? np : null;
    }
    // a determiner or a clause word ends the modifiers: "the comment", "that claim"
    if (/^(?:the|a|an|this|that|these|those|and|or|of|to|in|on|by)$/.test(t.lower)) return null;
  }
  return null;
}
