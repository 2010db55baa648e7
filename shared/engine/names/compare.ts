// Comparison of name parts and whole names. A merge needs more than one agreeing
// signal: the given name AND the surname must both match, and weak matches (a
// far transliteration, a phonetic-only or edit-distance match) need extra support
// from context (the same role) or from further matching parts.
import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import { confusableKey, skeleton, type ParsedName } from './normalize';

export type MatchLevel = 'exact' | 'confusable' | 'translit' | 'phonetic' | 'initial' | 'fuzzy' | 'none';

/** How similar two normalised name parts are, strongest rule first. */
export function compareParts(a: string, b: string): MatchLevel {
  if (a === b) return 'exact';
  if (!a || !b) return 'none';
  const short = Math.min(a.length, b.length);
  if (short === 1) return a.charAt(0) === b.charAt(0) ? 'initial' : 'none';
  if (short >= 3 && confusableKey(a) === confusableKey(b)) return 'confusable';
  // Below four letters skeletons and phonetic codes are too coarse (Wang Yi / Wang Yu).
  if (short < 4) return 'none';
  if (skeleton(a) === skeleton(b)) return 'translit';
  const d = distance(a, b);
  if (phoneticOverlap(a, b) && d <= Math.ceil(Math.max(a.length, b.length) / 2)) return 'phonetic';
  if ((short >= 5 && d <= 1) || (short >= 8 && d <= 2)) return 'fuzzy';
  return 'none';
}

function phoneticOverlap(a: string, b: string): boolean {
  const [a1, a2] = doubleMetaphone(a);
  const [b1, b2] = doubleMetaphone(b);
  return a1 === b1 || a1 === b2 || a2 === b1 || a2 === b2;
}

/**
 * Weight of a part match as evidence. A transliteration with few edits (Andrey/Andrei,
 * Yevgeny/Evgeny) is good evidence; a far one (Oleksiy/Aleksei: the Ukrainian and Russian
 * forms of a name) is weak and needs the surname and context to agree.
 */
export function matchStrength(level: MatchLevel, a: string, b: string): number {
  switch (level) {
    case 'exact':
      return 3;
    case 'confusable':
      return 2;
    case 'translit':
      return distance(a, b) / Math.max(a.length, b.length) <= 0.34 ? 2 : 1;
    case 'phonetic':
    case 'initial':
    case 'fuzzy':
      return 1;
    case 'none':
      return 0;
  }
}

export interface NameMatch {
  same: boolean;
  score: number;
  /** the agreeing signals, for the reason shown to the reviewer */
  signals: string[];
}

const NO_MATCH: NameMatch = { same: false, score: 0, signals: [] };
/** Score needed for a merge: two good part matches (2+2), or a weaker pair plus context. */
export const MERGE_SCORE = 4;

/**
 * Are two multi-part personal names the same person? Parts of the shorter name must
 * match parts of the longer one in order; parts only the longer has must be droppable
 * (middle names, patronymics, a family name after a particle), never a plain surname.
 * `sameRole` is the context signal (both spellings carry the same role).
 */
export function compareNames(a: ParsedName, b: ParsedName, sameRole: boolean): NameMatch {
  if (a.parts.length < 2 || b.parts.length < 2) return NO_MATCH;
  // Jr. against Sr. is two people; Jr. against nothing may be the same one written short, if the role agrees.
  if (a.suffix && b.suffix && a.suffix !== b.suffix) return NO_MATCH;
  if ((a.suffix ?? '') !== (b.suffix ?? '') && !sameRole) return NO_MATCH;
  const joinedA = a.parts.map((p) => p.norm).join('');
  const joinedB = b.parts.map((p) => p.norm).join('');
  // Same letters, different word breaks: "Kim Jong Un" / "Kim Jong-un", "Xi Jin Ping" / "Xi Jinping".
  if (joinedA === joinedB) return { same: true, score: 6, signals: ['same letters'] };

  const [short, long] = a.parts.length <= b.parts.length ? [a, b] : [b, a];
  const g0 = short.parts[0];
  const g1 = long.parts[0];
  if (!g0 || !g1) return NO_MATCH;
  const givenLevel = compareParts(g0.norm, g1.norm);
  const given = matchStrength(givenLevel, g0.norm, g1.norm);
  if (given === 0) return NO_MATCH;

  const signals = [`given name ${givenLevel}`];
  let cursor = 1;
  let weakest = Infinity;
  let extra = 0;
  for (let i = 1; i < short.parts.length; i++) {
    const sp = short.parts[i];
    if (!sp) continue;
    let found = -1;
    let best = 0;
    let bestLevel: MatchLevel = 'none';
    for (let j = cursor; j < long.parts.length; j++) {
      const lp = long.parts[j];
      if (!lp) continue;
      const level = compareParts(sp.norm, lp.norm);
      const s = matchStrength(level, sp.norm, lp.norm);
      if (s > best) {
        best = s;
        found = j;
        bestLevel = level;
      }
    }
    if (found < 0) return NO_MATCH;
    // Parts skipped over in the longer name must be droppable.
    for (let j = cursor; j < found; j++) if (!droppable(long, j)) return NO_MATCH;
    cursor = found + 1;
    if (weakest !== Infinity && best === 3) extra++;
    weakest = Math.min(weakest, best);
    signals.push(`${sp.kind === 'surname' ? 'surname' : 'name part'} ${bestLevel}`);
  }
  for (let j = cursor; j < long.parts.length; j++) if (!droppable(long, j)) return NO_MATCH;
  if (weakest === Infinity) return NO_MATCH;
  let score = given + weakest + Math.min(extra, 1);
  if (sameRole) {
    score += 1;
    signals.push('same role');
  }
  // Each of the two name signals must be good on its own, or be backed by the same role:
  // "Ivana"/"Ivanka Smith" (one edit) and "John Gorra"/"John Kerry" (sound-alike) stay apart.
  const strongBoth = given >= 2 && weakest >= 2;
  return { same: score >= MERGE_SCORE && (strongBoth || sameRole), score, signals };
}

/** A part that one spelling may leave out: middle names, patronymics, a family name after al/el/de. */
function droppable(name: ParsedName, index: number): boolean {
  const p = name.parts[index];
  if (!p) return true;
  return p.kind === 'middle' || p.kind === 'patronymic' || p.kind === 'family';
}
