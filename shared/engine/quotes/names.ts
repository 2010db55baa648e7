// In-article proper names, for resolving speakers: capitalised chunks with titles removed,
// the fullest form of each surname ("Novak" -> "Pavel Novak"), and a gender estimate
// from honorifics, role nouns and which pronouns follow the name (he/his vs she/her).
import { FEMALE_ROLES, MALE_ROLES, NAME_PARTICLES, NOT_NAMES, ORG_WORDS, TITLE_WORDS } from './lexicon';
import type { Token } from './tokens';

export type Gender = 'm' | 'f' | 'u';

export interface NameHit {
  start: number;
  end: number;
  /** name without titles, possessive removed */
  name: string;
  org: boolean;
  /** a title or role word stood right before it: certainly a person */
  titled: boolean;
  gender: Gender;
}

export interface Person {
  full: string;
  org: boolean;
  titled: boolean;
  he: number;
  she: number;
  fixed: Gender;
}

const NAME_HYPHEN = /^(?:al|el|bin|ibn|abu|ben)-[A-Z]/;

function nameLike(t: Token): boolean {
  return !t.punct && (t.cap || NAME_HYPHEN.test(t.w)) && !/^\d/.test(t.w);
}

function strip(w: string): string {
  return w.replace(/['\u2019]s$/i, '');
}

/** Finds proper-name chunks in tokens (one sentence or paragraph). */
export function nameHits(tokens: readonly Token[]): NameHit[] {
  const hits: NameHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!nameLike(t)) {
      i++;
      continue;
    }
    let j = i;
    const parts: Token[] = [];
    while (j < tokens.length) {
      const u = tokens[j]!;
      if (nameLike(u)) {
        parts.push(u);
        j++;
        if (/['\u2019]s$/i.test(u.w)) break; // possessive ends the name
        continue;
      }
      if (!u.punct && NAME_PARTICLES.has(u.lower) && j + 1 < tokens.length && nameLike(tokens[j + 1]!) && parts.length > 0) {
        parts.push(u);
        j++;
        continue;
      }
      break;
    }
    const before = i > 0 ? tokens[i - 1]! : undefined;
    let k = 0;
    let titled = before !== undefined && !before.punct && TITLE_WORDS.has(before.lower);
    let gender: Gender = 'u';
    if (before && FEMALE_ROLES.has(before.lower)) gender = 'f';
    if (before && MALE_ROLES.has(before.lower)) gender = 'm';
    // drop sentence-initial function words and titles ("The", "Foreign Minister")
    let lastTitle = -1;
    for (let p = 0; p < parts.length; p++) {
      const lw = parts[p]!.lower;
      if (TITLE_WORDS.has(lw) || TITLE_WORDS.has(lw.replace(/\.$/, ''))) lastTitle = p;
      if (FEMALE_ROLES.has(lw)) gender = 'f';
      if (MALE_ROLES.has(lw)) gender = 'm';
    }
    while (k < parts.length && NOT_NAMES.has(parts[k]!.lower)) k++;
    if (lastTitle >= k && lastTitle < parts.length - 1) {
      k = lastTitle + 1;
      titled = true;
    }
    const core = parts.slice(k);
    if (core.length > 0 && !(core.length === 1 && (NOT_NAMES.has(core[0]!.lower) || TITLE_WORDS.has(core[0]!.lower)))) {
      const last = core[core.length - 1]!;
      const name = core.map((c, idx) => (idx === core.length - 1 ? strip(c.w) : c.w)).join(' ');
      hits.push({ start: core[0]!.start, end: last.end - (last.w.length - strip(last.w).length), name, org: ORG_WORDS.has(strip(last.lower)), titled, gender });
    }
    i = Math.max(j, i + 1);
  }
  return hits;
}

/** Article-wide table of persons keyed by surname (last name token, lowercase). */
export class NameTable {
  private bySurname = new Map<string, Person>();

  key(name: string): string {
    const parts = name.toLowerCase().split(' ');
    return parts[parts.length - 1] ?? '';
  }

  add(hit: NameHit): void {
    const k = this.key(hit.name);
    const p = this.bySurname.get(k);
    if (!p) {
      this.bySurname.set(k, { full: hit.name, org: hit.org, titled: hit.titled, he: 0, she: 0, fixed: hit.gender });
      return;
    }
    // keep the first fullest form as the article gives it
    if (hit.name.split(' ').length > p.full.split(' ').length) p.full = hit.name;
    if (hit.titled) p.titled = true;
    if (hit.gender !== 'u') p.fixed = hit.gender;
  }

  get(name: string): Person | undefined {
    return this.bySurname.get(this.key(name));
  }

  full(name: string): string {
    return this.get(name)?.full ?? name;
  }

  countPronoun(name: string, g: 'm' | 'f'): void {
    const p = this.get(name);
    if (!p) return;
    if (g === 'm') p.he++;
    else p.she++;
  }

  gender(name: string): Gender {
    const p = this.get(name);
    if (!p) return 'u';
    if (p.fixed !== 'u') return p.fixed;
    if (p.he >= 2 * p.she + 1) return 'm';
    if (p.she >= 2 * p.he + 1) return 'f';
    return 'u';
  }
}
