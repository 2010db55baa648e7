// A participle of naming after a noun ("a film called “Tenemos Familias”", "the loophole called
// an “inversion”") names a thing: the phrase before it is the named thing, not a speaker. The
// words are the quoting clause's, so its subject is the source.
import { subjectOnly, type Attribution } from './attrib';
import { npBefore } from './phrases';
import type { Token } from './tokens';

const NAMING_PARTICIPLES = new Set(['called', 'named', 'dubbed', 'titled', 'entitled', 'nicknamed', 'labeled', 'labelled', 'branded']);
const BEFORE_NAME = new Set(['the', 'a', 'an', 'as']);

/**
 * A reading of `attr` as a noun followed by a participle of naming right before the quotation
 * `qFrom`; returns the clause subject instead (null when it has none: no speaker), or `attr`
 * unchanged when the cue is a finite verb ("The senator called Haley “weak”", "what he called “…”").
 */
export function namingParticiple(tokens: readonly Token[], attr: Attribution, floor: number, qFrom: number, inQuote: Uint8Array): Attribution | null {
  const cue = tokens[attr.cueFrom];
  if (!cue || attr.cueFrom !== attr.cueTo || !NAMING_PARTICIPLES.has(cue.lower)) return attr;
  // only a description stands before a participle of naming; a name or pronoun is a subject
  if (attr.np.kind !== 'description' || attr.np.to !== attr.cueFrom - 1) return attr;
  for (let k = attr.cueTo + 1; k < qFrom; k++) if (!BEFORE_NAME.has(tokens[k]!.lower)) return attr;
  // the named phrase is an object ("shared a syllabus for a class called …", "oppose a formula
  // called …"), not a subject opening a clause ("…, and the campaign called “…”")
  const before = tokens[attr.np.from - 1];
  if (attr.np.from - 1 < floor || !before || before.punct || before.cap || CLAUSE_OPENERS.has(before.lower)) return attr;
  // the verb whose object the phrase is: right before it, or before a prepositional phrase
  // ("shared a syllabus for a class called …")
  let verb = attr.np.from - 1;
  if (PREPOSITIONS.has(before.lower)) {
    const object = npBefore(tokens, verb - 1, floor);
    verb = object ? object.from - 1 : -1;
  }
  const np = verb > floor && !tokens[verb]!.punct ? subjectOnly(tokens, verb, floor, inQuote) : null;
  return np ? { cueFrom: attr.cueFrom, cueTo: attr.cueTo, np } : null;
}
const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'so', 'yet', 'that', 'which', 'who', 'when', 'as', 'because', 'while', 'after', 'before', 'if', 'since', 'though', 'although', 'where', 'then']);
const PREPOSITIONS = new Set(['for', 'of', 'on', 'in', 'to', 'with', 'about', 'against', 'from', 'at', 'over']);
