// Decide what one run of capitalised words is: an organisation, a person (full name
// or a single word with a title), or neither (place, event, sentence start), and
// find the title or role written around a person's name.
import {
  DEMONYMS,
  GIVEN_NAME_HONORIFICS,
  HONORIFICS,
  NOT_NAME,
  NOT_PERSON_HEAD,
  NOT_PERSON_TAIL,
  ORG_CUE_BEFORE,
  ORG_HEAD,
  ORG_HEAD_ALONE,
  ORG_TAIL,
  PLACE_PREPOSITIONS,
  ROLE_STOP,
  ROLE_WORDS,
  SPEECH_VERBS,
  NAME_SUFFIXES,
  isParticle,
} from './lexicon';
import type { Tok } from './tokens';

export type RunClass =
  | { kind: 'org'; first: number; last: number }
  | {
      kind: 'person';
      /** name tokens, titles excluded */
      first: number;
      last: number;
      /** number of name parts that are not particles */
      parts: number;
      role: string | null;
      /** a title stands before the name ("President", "Prince", "Mr.") */
      titled: boolean;
      /** the title lets a given name alone stand for the person ("Prince Khalid") */
      givenTitle: boolean;
      /** followed by a verb of saying */
      speaks: boolean;
    };

const isWordKey = (t: Tok | undefined, words: ReadonlySet<string>): boolean => !!t && t.word && words.has(t.key);
const isRoleTok = (t: Tok): boolean => HONORIFICS.has(t.key) || ROLE_WORDS.has(t.key) || DEMONYMS.has(t.key);

function previousWord(toks: readonly Tok[], i: number): Tok | undefined {
  const t = toks[i - 1];
  return t?.word ? t : undefined;
}

export function classifyRun(toks: readonly Tok[], first: number, last: number, text: string): RunClass | null {
  const head = toks[first];
  const tail = toks[last];
  if (!head || !tail) return null;
  const prev = previousWord(toks, first);
  let start = first;
  // A sentence-initial function word is not part of the run ("The", "In").
  while (start <= last && toks[start]?.sentStart && isWordKey(toks[start], NOT_NAME)) start++;
  if (start > last) return null;
  const size = last - start + 1;

  if (isOrganisation(toks, start, last, prev)) {
    // A cue word alone ("the Commission", "the Post") is a back-reference, not a name.
    const generic = size === 1 && ORG_TAIL.has(head.key) && !STANDALONE_INSTITUTIONS.has(head.key) && !(prev && ORG_CUE_BEFORE.has(prev.key));
    return size <= 8 && !generic ? { kind: 'org', first: start, last } : null;
  }

  let k = start;
  while (k <= last && toks[k] && isRoleTok(toks[k] as Tok)) k++;
  // "Secretary of State": skip "of" + role words inside the title.
  while (k < last && toks[k]?.key === 'of' && toks[k + 1] && isRoleTok(toks[k + 1] as Tok)) {
    k += 2;
    while (k <= last && toks[k] && isRoleTok(toks[k] as Tok)) k++;
  }
  // A title further inside the run ("Ohio Gov. Jane Doe", "Oversight Chairman John Roe").
  for (let x = last - 1; x >= k; x--) {
    // Royal titles double as name parts ("bin Sultan"), so only office titles count here.
    const key = (toks[x] as Tok).key;
    if (HONORIFICS.has(key) && !GIVEN_NAME_HONORIFICS.has(key) && !NAME_SUFFIXES.has((toks[last] as Tok).key)) {
      k = x + 1;
      break;
    }
  }
  if (k > last) return null;
  const nameFirst = toks[k];
  if (!nameFirst || nameFirst.key === 'of') return null;
  let parts = 0;
  for (let x = k; x <= last; x++) {
    const t = toks[x] as Tok;
    if (t.allCaps || t.key === 'of' || NOT_NAME.has(t.key) || CONTRACTION.test(t.key)) return null;
    if (!isParticle(t.key)) parts++;
  }
  if (parts === 0 || parts > 5) return null;
  if (NOT_NAME.has(nameFirst.key) || NOT_PERSON_HEAD.has(nameFirst.key) || DEMONYMS.has(nameFirst.key)) return null;
  if (NOT_PERSON_TAIL.has(tail.key) || ORG_TAIL.has(tail.key) || NOT_NAME.has(tail.key)) return null;
  for (let x = k; x <= last; x++) if (DEMONYMS.has((toks[x] as Tok).key)) return null;

  // Only an honorific makes a single word a person ("President Novak"); a nationality ("South Africa") does not.
  let titled = false;
  for (let x = start; x < k; x++) if (HONORIFICS.has((toks[x] as Tok).key)) titled = true;
  const hasPrefix = k > start;
  let givenTitle = false;
  for (let x = start; x < k; x++) if (GIVEN_NAME_HONORIFICS.has((toks[x] as Tok).key)) givenTitle = true;
  if (!hasPrefix && prev && (prev.key === 'the' || PLACE_PREPOSITIONS.has(prev.key))) return null;
  const after = toks[last + 1];
  const speaks = !!after && after.word && SPEECH_VERBS.has(after.key);
  // A single word after an honorific keeps the honorific as its role, so it is known to be a person.
  const role = roleAround(toks, start, k, last, text) ?? (parts === 1 && titled ? clean(text.slice((toks[start] as Tok).start, (toks[k - 1] as Tok).end)) : null);
  return { kind: 'person', first: k, last, parts, role, titled, givenTitle, speaks };
}

function isOrganisation(toks: readonly Tok[], first: number, last: number, prev: Tok | undefined): boolean {
  const head = toks[first] as Tok;
  const tail = toks[last] as Tok;
  if (ORG_TAIL.has(tail.key)) return true;
  if (ORG_HEAD_ALONE.has(head.key) && first < last) return true;
  if (ORG_HEAD.has(head.key) && toks.slice(first, last + 1).some((t) => t.key === 'of')) return true;
  if (prev && !prev.cap && ORG_CUE_BEFORE.has(prev.key) && !isRoleTok(head)) return true;
  return false;
}

/**
 * The title or role of a person: title words inside the run ("Russian Foreign Minister"),
 * lower-case role words just before it ("the ministry's legal adviser, Jan Novak"),
 * or an appositive after it ("Jane Doe, the head of the Fund").
 */
function roleAround(toks: readonly Tok[], runStart: number, nameStart: number, nameEnd: number, text: string): string | null {
  let from = nameStart > runStart ? runStart : -1;
  let to = nameStart > runStart ? nameStart - 1 : -1;
  let x = runStart - 1;
  if (toks[x]?.text === ',' && isWordKey(toks[x - 1], ROLE_WORDS) && !toks[x - 1]?.cap) x--;
  let sawRoleWord = false;
  let steps = 0;
  while (x >= 0 && steps < 7) {
    const t = toks[x];
    if (!t || !t.word) break;
    if (t.possessive) {
      if (!sawRoleWord) break;
      from = x;
      break;
    }
    // Role words, nationalities, and adjectives inside a role once its noun is seen ("senior legal adviser").
    const adjective = sawRoleWord && !t.cap && ROLE_ADJECTIVE.test(t.key);
    if (!(ROLE_WORDS.has(t.key) || DEMONYMS.has(t.key) || adjective)) break;
    if (!ROLE_STOP.has(t.key)) sawRoleWord = true;
    from = x;
    if (to < 0) to = x;
    x--;
    steps++;
  }
  while (from >= 0 && from < nameStart && EDGE_WORDS.has((toks[from] as Tok).key)) from++;
  let meaningful = false;
  for (let y = Math.max(from, 0); y <= to; y++) if (!ROLE_STOP.has((toks[y] as Tok).key)) meaningful = true;
  if (from >= 0 && to >= from && meaningful) return clean(text.slice((toks[from] as Tok).start, (toks[to] as Tok).end));
  return appositive(toks, nameEnd, text);
}

function appositive(toks: readonly Tok[], nameEnd: number, text: string): string | null {
  if (toks[nameEnd + 1]?.text !== ',') return null;
  let x = nameEnd + 2;
  if (isWordKey(toks[x], ROLE_STOP)) x++;
  const first = toks[x];
  if (!first || !isWordKey(first, ROLE_WORDS) || ROLE_STOP.has(first.key)) return null;
  let y = x;
  while (y + 1 < toks.length && y - x < 10 && toks[y + 1]?.word && !APPOSITIVE_END.has((toks[y + 1] as Tok).key)) y++;
  return clean(text.slice(first.start, (toks[y] as Tok).end));
}

/** Words that end an appositive role: a relative clause or a verb of saying follows. */
const APPOSITIVE_END = new Set(['who', 'which', 'that', 'whose', 'where', 'when', 'and', 'said', 'says', 'told', 'was', 'is', 'has', 'had', 'will']);

/** Suffixes of adjectives that qualify a role (legal, economic, executive, military...). */
const ROLE_ADJECTIVE = /(?:al|ic|ive|ary|ior|ous|ent|ant|ian)$/;

/** Function words that never begin a role. */
const EDGE_WORDS = new Set(['of', 'the', 'for', 'and', 'to', 'a', 'an']);

/** "We're", "It'll": a contraction is never a name. */
const CONTRACTION = /['’](?:re|m|ll|ve|d|t)$/;

/** Institutions whose cue word is also their name. */
const STANDALONE_INSTITUTIONS = new Set(['congress', 'senate', 'parliament', 'cabinet', 'pentagon']);

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();
