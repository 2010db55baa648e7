// Normalised forms of a personal name: what is compared across articles.
// A spelling as written ("Tamim bin Hamad Al-Thani") becomes ordered parts with
// kinds (given, patronymic, family, surname...) in ASCII lower case, so that case,
// accents, hyphens, particles and titles never make two spellings look different.
import anyAscii from 'any-ascii';
import {
  HONORIFICS,
  HYPHEN_PARTICLES,
  NAME_SUFFIXES,
  PATRONYMIC_PARTICLES,
  isParticle,
} from './lexicon';

export type PartKind = 'given' | 'middle' | 'patronymic' | 'family' | 'surname';

export interface NamePart {
  /** ASCII lower case, no punctuation */
  norm: string;
  kind: PartKind;
}

export interface ParsedName {
  /** non-particle parts in order; the first is the given name, the last the surname */
  parts: NamePart[];
  /** "jr", "sr", "ii"... or null */
  suffix: string | null;
}

const APOSTROPHES = /['’‘`ʼ]/g;
const DOTS = /\./g;
const RUSSIAN_PATRONYMIC = /(?:ovich|evich|yevich|ich|ovna|evna|yevna|ichna|ogly|oglu|kyzy)$/;

/** ASCII lower case with apostrophes and dots removed; hyphens and spaces kept. */
export function fold(text: string): string {
  return anyAscii(text).toLowerCase().replace(APOSTROPHES, '').replace(DOTS, '');
}

/**
 * Words of a name after folding. A hyphen after a particle splits ("al-thani" -> al thani),
 * any other hyphen joins ("jin-ping" -> jinping, "abdul-rahman" -> abdulrahman), because
 * outlets write the latter with or without the hyphen but never as two names.
 */
export function nameWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of fold(text).split(/[\s,]+/)) {
    if (!raw) continue;
    const pieces = raw.split('-').filter(Boolean);
    let i = 0;
    while (i < pieces.length - 1 && HYPHEN_PARTICLES.has(pieces[i] ?? '')) out.push(pieces[i++] ?? '');
    const rest = pieces.slice(i).join('');
    if (rest) out.push(rest);
  }
  return out;
}

/** Words without leading honorifics ("Prince", "Mr.") that may precede any name. */
function stripHonorifics(words: string[]): string[] {
  let i = 0;
  while (i < words.length - 1 && HONORIFICS.has(words[i] ?? '')) i++;
  return words.slice(i);
}

export function parseName(text: string): ParsedName {
  const words = stripHonorifics(nameWords(text));
  let suffix: string | null = null;
  const last = words[words.length - 1];
  if (last && words.length > 1 && NAME_SUFFIXES.has(last)) {
    suffix = last;
    words.pop();
  }
  const parts: NamePart[] = [];
  let pending: 'patronymic' | 'family' | null = null;
  for (const w of words) {
    if (isParticle(w)) {
      // A particle before the first part is a family article ("Al Nahyan" as a name start), not a nasab.
      pending = PATRONYMIC_PARTICLES.has(w) && parts.length > 0 ? 'patronymic' : 'family';
      continue;
    }
    parts.push({ norm: w, kind: pending ?? 'middle' });
    pending = null;
  }
  const first = parts[0];
  if (first && first.kind === 'middle') first.kind = 'given';
  const lastPart = parts[parts.length - 1];
  if (lastPart && parts.length > 1 && lastPart.kind === 'middle') lastPart.kind = 'surname';
  for (let i = 1; i < parts.length - 1; i++) {
    const p = parts[i];
    if (p && p.kind === 'middle' && RUSSIAN_PATRONYMIC.test(p.norm)) p.kind = 'patronymic';
  }
  return { parts, suffix };
}

/** Normalised spelling key: what a reviewer tag points at. Case, accents, hyphens and dots do not matter; letters do. */
export function spellingKey(text: string): string {
  return nameWords(text).filter((w) => !HONORIFICS.has(w)).join(' ');
}

/** Key of an organisation name: folded words without a leading article. */
export function orgKey(text: string): string {
  const words = nameWords(text);
  if (words[0] === 'the') words.shift();
  return words.join(' ');
}

/**
 * Transliteration skeleton of one name part: variant romanisations of the same sound
 * collapse (Andrey/Andrei, Mohammed/Muhammad, Iouri/Yury, Syrskyi/Syrsky).
 * Vowels are dropped after the first letter because romanisation systems disagree most on vowels.
 */
export function skeleton(part: string): string {
  const s = part
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck|q|c(?=[aou])|c$/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    // Doubled letters collapse before vowels go, so that letters across a vowel stay two (Qiang / Keqiang).
    .replace(/(.)\1+/g, '$1');
  const head = /^[aeiou]/.test(s) ? '*' : s.charAt(0);
  return head + s.slice(1).replace(/[aeiou]/g, '');
}

/**
 * Misreadings between similar-looking letters, folded together: l/1/I -> i, rn -> m, vv -> w, 0 -> o.
 * Applied to the folded (lower-case) text, where capital I and small l already look alike in print.
 */
export function confusableKey(part: string): string {
  return part.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/[l1|]/g, 'i').replace(/0/g, 'o');
}
