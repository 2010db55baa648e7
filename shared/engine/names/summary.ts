// What a fact-checker reads about one entity: its spellings, which outlets used
// which, whether they conflict, and which spelling to use. Pure functions over
// spellings, shared by the engine's linking and the reviewer tags.
import type { Entity, EntityType, Spelling, TextMention } from '../../types';
import { ROLE_STOP, ROLE_WORDS } from './lexicon';
import { parseName, spellingKey, type ParsedName } from './normalize';

/** A mention inside an entity, remembering the spelling (article-level full name) it belongs to. */
export interface SpelledMention extends TextMention {
  article: string;
  spelling: string;
  role: string | null;
}

/**
 * Do two spellings differ materially? Not when one only adds or drops parts (a title,
 * a patronymic, a family name), not for a surname alone, not for case, accents,
 * hyphens or word breaks; yes when a part is spelled with other letters.
 */
export function materiallyDifferent(a: string, b: string): boolean {
  if (spellingKey(a) === spellingKey(b)) return false;
  const pa = parseName(a);
  const pb = parseName(b);
  if (pa.parts.length < 2 || pb.parts.length < 2) return false;
  const join = (p: ParsedName): string => p.parts.map((x) => x.norm).join('');
  if (join(pa) === join(pb)) return false;
  const [short, long] = pa.parts.length <= pb.parts.length ? [pa, pb] : [pb, pa];
  // An initial stands for any part with that first letter ("Alicia M." / "Alicia Machado").
  const fits = (p: string, q: string | undefined): boolean => p === q || (!!q && (p.length === 1 || q.length === 1) && p.charAt(0) === q.charAt(0));
  let j = 0;
  for (const part of short.parts) {
    while (j < long.parts.length && !fits(part.norm, long.parts[j]?.norm)) j++;
    if (j >= long.parts.length) return true;
    j++;
  }
  return false;
}

export function hasSpellingConflict(spellings: readonly string[]): boolean {
  for (let i = 0; i < spellings.length; i++)
    for (let j = i + 1; j < spellings.length; j++) if (materiallyDifferent(spellings[i] ?? '', spellings[j] ?? '')) return true;
  return false;
}

/**
 * The spelling to suggest: the one used by the most independent source groups,
 * then the fullest form, then the one in most articles, then the first seen.
 * Variants differing only in case or hyphens ("al-Thani" / "Al-Thani") count together.
 */
export function preferSpelling(details: readonly Spelling[], type: EntityType): { spelling: string; reason: string } {
  const totalGroups = new Set(details.flatMap((d) => d.sourceGroups)).size;
  const size = (s: string): number => (type === 'person' ? parseName(s).parts.length : s.length);
  const byKey = new Map<string, { spelling: string; groups: Set<string>; articles: Set<string>; order: number; best: number }>();
  details.forEach((d, order) => {
    const key = type === 'person' ? spellingKey(d.spelling) : d.spelling.toLowerCase();
    const cur = byKey.get(key);
    if (!cur) {
      byKey.set(key, { spelling: d.spelling, groups: new Set(d.sourceGroups), articles: new Set(d.articles), order, best: d.sourceGroups.length });
      return;
    }
    for (const g of d.sourceGroups) cur.groups.add(g);
    for (const a of d.articles) cur.articles.add(a);
    if (d.sourceGroups.length > cur.best) {
      cur.spelling = d.spelling;
      cur.best = d.sourceGroups.length;
    }
  });
  const ranked = [...byKey.values()]
    .map((v) => ({ ...v, n: v.groups.size, size: size(v.spelling) }))
    // A surname alone is never suggested over a full name.
    .sort((x, y) => Number(y.size >= 2) - Number(x.size >= 2) || y.n - x.n || y.size - x.size || y.articles.size - x.articles.size || x.order - y.order);
  const best = ranked[0];
  if (!best) return { spelling: '', reason: '' };
  if (ranked.length === 1) return { spelling: best.spelling, reason: 'only spelling used' };
  const second = ranked[1];
  const groupsText = `used by ${best.n} of ${totalGroups} independent source group${totalGroups === 1 ? '' : 's'}`;
  if (second && second.n === best.n && best.size > second.size) return { spelling: best.spelling, reason: `${groupsText}; fullest form` };
  // A true tie: say so, so the reviewer knows the suggestion is only the earlier spelling.
  if (second && second.n === best.n) return { spelling: best.spelling, reason: `${groupsText}, as many as "${second.spelling}"; suggested because it appears first` };
  return { spelling: best.spelling, reason: `${groupsText}, more than any other spelling` };
}

/** Merge spelling rows with the same spelling text. */
export function mergeDetails(rows: readonly Spelling[]): Spelling[] {
  const out = new Map<string, Spelling>();
  for (const r of rows) {
    const cur = out.get(r.spelling);
    if (!cur) out.set(r.spelling, { spelling: r.spelling, articles: [...r.articles], sourceGroups: [...r.sourceGroups] });
    else {
      for (const a of r.articles) if (!cur.articles.includes(a)) cur.articles.push(a);
      for (const g of r.sourceGroups) if (!cur.sourceGroups.includes(g)) cur.sourceGroups.push(g);
    }
  }
  return [...out.values()];
}

/**
 * Is a role worth listing for one person? Not a bare honorific ("Mr.") and not a
 * plural title shared with someone else ("Presidents" in "Presidents X and Y").
 */
function describesOne(role: string): boolean {
  const words = role.toLowerCase().replace(/\./g, '').split(/\s+/).filter(Boolean);
  if (words.every((w) => ROLE_STOP.has(w))) return false;
  const last = words[words.length - 1] ?? '';
  const plural = last.endsWith('s') && !last.endsWith('ss') && ROLE_WORDS.has(last.slice(0, -1));
  return !plural;
}

/** Assemble an entity from its spelling rows and mentions (already in first-mention order). */
export function assembleEntity(id: string, type: EntityType, details: readonly Spelling[], mentions: readonly SpelledMention[]): Entity {
  const spellingDetails = mergeDetails(details);
  const spellings = spellingDetails.map((d) => d.spelling);
  const preferred = preferSpelling(spellingDetails, type);
  const roles: string[] = [];
  for (const m of mentions) if (m.role && describesOne(m.role) && !roles.includes(m.role)) roles.push(m.role);
  return {
    id,
    name: preferred.spelling,
    type,
    spellings,
    spellingConflict: type === 'person' && hasSpellingConflict(spellings),
    spellingDetails,
    preferred,
    roles,
    mentions: [...mentions],
  };
}
